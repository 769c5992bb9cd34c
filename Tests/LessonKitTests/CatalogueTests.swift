import Testing

@testable import LessonKit

/// The catalogue of Pointwise's own words: complete in every language, parameters in step.
@Suite("The catalogue of user-facing text")
struct CatalogueTests {
    @Test("every key has a text in every language", arguments: InterfaceLanguage.allCases)
    func complete(language: InterfaceLanguage) {
        let messages = Catalogue.messages(language)
        for key in TextKey.allCases {
            #expect(messages[key] != nil, "\(key.rawValue) has no \(language.rawValue) text")
        }
        #expect(messages.count == TextKey.allCases.count)
    }

    @Test(
        "every key is in exactly one part of each language, so looking part by part finds the one text",
        arguments: InterfaceLanguage.allCases)
    func onePartPerKey(language: InterfaceLanguage) {
        let parts = Catalogue.parts(language)
        for key in TextKey.allCases {
            let holding = parts.indices.filter { parts[$0][key] != nil }
            #expect(holding.count == 1, "\(key.rawValue) is in \(holding.count) \(language.rawValue) parts (\(holding))")
            #expect(Catalogue.message(key, language) == Catalogue.messages(language)[key], "\(key.rawValue)")
        }
    }

    @Test("every language's text of a key takes the same named parameters")
    func parametersMatch() {
        let english = Catalogue.messages(.english)
        for language in InterfaceLanguage.allCases where language != .english {
            let other = Catalogue.messages(language)
            for key in TextKey.allCases {
                guard let base = english[key], let translated = other[key] else { continue }
                #expect(
                    base.parameterNames == translated.parameterNames,
                    "\(key.rawValue): en takes \(base.parameterNames.sorted()), \(language.rawValue) \(translated.parameterNames.sorted())")
            }
        }
    }

    @Test("each plural form names the same parameters as the others")
    func pluralFormsAgree() {
        for language in InterfaceLanguage.allCases {
            for (key, message) in Catalogue.messages(language) {
                guard case .plural(_, let one, let other) = message else { continue }
                #expect(Set(Message.parameters(in: one)) == Set(Message.parameters(in: other)), "\(key.rawValue) in \(language.rawValue)")
            }
        }
    }

    @Test("parameters are filled by name, and English picks the plural form by count")
    func filling() {
        #expect(Catalogue.text(.reloadMoreLines, .english, ["count": "1"]) == "1 more line")
        #expect(Catalogue.text(.reloadMoreLines, .english, ["count": "3"]) == "3 more lines")
        #expect(Catalogue.text(.reloadMoreLines, .traditionalChinese, ["count": "3"]) == "還有 3 行")
        #expect(Catalogue.text(.checkOKWithWarnings, .english, ["path": "a.md", "count": "2"]) == "a.md: ok (2 warnings)")
        #expect(Catalogue.text(.printStep, .traditionalChinese, ["step": "1", "steps": "54"]) == "[第 1 步，共 54 步]")
        #expect(Message.parameters(in: "{a} and {b_c}, {{ }} { } {a}") == ["a", "b_c"])
    }

    @Test("the command line's language follows LC_ALL, then LC_MESSAGES, then LANG")
    func locale() {
        #expect(InterfaceLanguage(environment: ["LANG": "zh_TW.UTF-8"]) == .traditionalChinese)
        #expect(InterfaceLanguage(environment: ["LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"]) == .traditionalChinese)
        #expect(InterfaceLanguage(environment: ["LC_ALL": "C", "LC_MESSAGES": "zh_TW.UTF-8"]) == .english)
        #expect(InterfaceLanguage(environment: ["LC_ALL": "", "LANG": "zh_HK.UTF-8"]) == .traditionalChinese)
        #expect(InterfaceLanguage(environment: [:]) == .english)
    }
}
