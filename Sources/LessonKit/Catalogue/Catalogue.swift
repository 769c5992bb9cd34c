/// Pointwise's own words, keyed, in every interface language.
///
/// Every user-facing sentence of the command line, the printout and the screen that is not the
/// lesson's own text lives here once per language, with named `{parameters}`. The screen picks
/// the language from the lesson's `language`; the command line from the locale
/// (`InterfaceLanguage(environment:)`). A test fails when a key lacks a language or when the
/// languages of a key take different parameters.
public enum Catalogue {
    /// The messages of a language.
    public static func messages(_ language: InterfaceLanguage) -> [TextKey: Message] {
        switch language {
        case .english: allEnglish
        case .traditionalChinese: allTraditionalChinese
        }
    }

    /// Each language's parts (command line, screen) as one table, made when first asked for
    /// (the tests and the check that every key has every language; `text` looks in the parts).
    private static let allEnglish = combined(parts(.english))
    private static let allTraditionalChinese = combined(parts(.traditionalChinese))

    /// The parts merged into one table made at its full size; a key in two parts (never, by
    /// the catalogue test) would keep the first part's text, as `message(_:_:)` finds it.
    private static func combined(_ parts: [[TextKey: Message]]) -> [TextKey: Message] {
        var all = [TextKey: Message](minimumCapacity: parts.reduce(0) { $0 + $1.count })
        for part in parts { all.merge(part) { first, _ in first } }
        return all
    }

    /// The message for `key` in `language`, looked up part by part, the screen's words first.
    ///
    /// A part's table is made when it is first looked in, so a run that only shows a lesson
    /// never makes the tables of `check`'s diagnostics; merging every part into one table was a
    /// twelfth of the instructions of `pointwise render intro`. No key is in two parts of a
    /// language (a catalogue test), so the order changes no text.
    static func message(_ key: TextKey, _ language: InterfaceLanguage) -> Message? {
        switch language {
        case .english:
            screenEnglish[key] ?? viewsEnglish[key] ?? tutorEnglish[key] ?? builtInEnglish[key] ?? systemEnglish[key] ?? english[key]
                ?? dataFileEnglish[key] ?? syntaxEnglish[key] ?? diagnosticsEnglish[key]
        case .traditionalChinese:
            screenTraditionalChinese[key] ?? viewsTraditionalChinese[key] ?? tutorTraditionalChinese[key]
                ?? builtInTraditionalChinese[key] ?? systemTraditionalChinese[key] ?? traditionalChinese[key]
                ?? dataFileTraditionalChinese[key] ?? syntaxTraditionalChinese[key] ?? diagnosticsTraditionalChinese[key]
        }
    }

    /// Each language's parts, in the order of `message(_:_:)`: for the catalogue tests.
    static func parts(_ language: InterfaceLanguage) -> [[TextKey: Message]] {
        switch language {
        case .english:
            [
                screenEnglish, viewsEnglish, tutorEnglish, builtInEnglish, systemEnglish, english, dataFileEnglish, syntaxEnglish,
                diagnosticsEnglish,
            ]
        case .traditionalChinese:
            [
                screenTraditionalChinese, viewsTraditionalChinese, tutorTraditionalChinese, builtInTraditionalChinese,
                systemTraditionalChinese, traditionalChinese, dataFileTraditionalChinese, syntaxTraditionalChinese,
                diagnosticsTraditionalChinese,
            ]
        }
    }

    /// The text for `key` in `language`, its `{parameters}` replaced by `arguments`.
    ///
    /// A key missing from a language falls back to English (the catalogue test makes sure none
    /// is missing); a parameter without an argument is left as written, so it shows in tests.
    public static func text(_ key: TextKey, _ language: InterfaceLanguage, _ arguments: [String: String] = [:]) -> String {
        let message = message(key, language) ?? message(key, .english) ?? .text(key.rawValue)
        let form: String
        switch message {
        case .text(let text):
            form = text
        case .plural(let count, let one, let other):
            form = arguments[count].flatMap { Int($0.filter { $0 != "," }) } == 1 ? one : other
        }
        return fill(form, arguments)
    }

    /// `text` with every `{name}` that has an argument replaced by it.
    ///
    /// Braces are found on the UTF-8 bytes (a `{` byte is never part of a longer character):
    /// searching by `Character` compared every Chinese character with `{` through Unicode
    /// normalisation, and a frame asks for dozens of texts, its too-small message hundreds.
    static func fill(_ text: String, _ arguments: [String: String]) -> String {
        let bytes = text.utf8
        let open = UInt8(ascii: "{")
        guard !arguments.isEmpty, bytes.contains(open) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        var index = bytes.startIndex
        while let brace = bytes[index...].firstIndex(of: open) {
            result += bytes[index..<brace]
            let nameStart = bytes.index(after: brace)
            if let close = bytes[nameStart...].firstIndex(of: UInt8(ascii: "}")),
                let value = arguments[String(decoding: bytes[nameStart..<close], as: UTF8.self)]
            {
                result += value.utf8
                index = bytes.index(after: close)
            } else {
                result.append(open)
                index = nameStart
            }
        }
        result += bytes[index...]
        return String(decoding: result, as: UTF8.self)
    }
}

extension InterfaceLanguage {
    /// The language of the command line's messages, from the locale as C programs read it:
    /// the first set of `LC_ALL`, `LC_MESSAGES` and `LANG`; Chinese (`zh…`) or else English.
    public init(environment: [String: String]) {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        self = locale.lowercased().hasPrefix("zh") ? .traditionalChinese : .english
    }
}
