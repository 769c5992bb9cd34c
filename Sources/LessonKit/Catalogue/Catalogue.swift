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

    /// Each language's parts (command line, screen) as one table.
    private static let allEnglish = english.merging(screenEnglish) { first, _ in first }
        .merging(diagnosticsEnglish) { first, _ in first }.merging(tutorEnglish) { first, _ in first }
        .merging(syntaxEnglish) { first, _ in first }.merging(dataFileEnglish) { first, _ in first }
        .merging(viewsEnglish) { first, _ in first }
    private static let allTraditionalChinese = traditionalChinese.merging(screenTraditionalChinese) { first, _ in first }
        .merging(diagnosticsTraditionalChinese) { first, _ in first }.merging(tutorTraditionalChinese) { first, _ in first }
        .merging(syntaxTraditionalChinese) { first, _ in first }
        .merging(dataFileTraditionalChinese) { first, _ in first }
        .merging(viewsTraditionalChinese) { first, _ in first }

    /// The text for `key` in `language`, its `{parameters}` replaced by `arguments`.
    ///
    /// A key missing from a language falls back to English (the catalogue test makes sure none
    /// is missing); a parameter without an argument is left as written, so it shows in tests.
    public static func text(_ key: TextKey, _ language: InterfaceLanguage, _ arguments: [String: String] = [:]) -> String {
        let message = messages(language)[key] ?? allEnglish[key] ?? .text(key.rawValue)
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
    static func fill(_ text: String, _ arguments: [String: String]) -> String {
        guard !arguments.isEmpty, text.contains("{") else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = arguments[String(after[..<close])] {
                result += value
                rest = after[after.index(after: close)...]
            } else {
                result += "{"
                rest = after
            }
        }
        return result + rest
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
