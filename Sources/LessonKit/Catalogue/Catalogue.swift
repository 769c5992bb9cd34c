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

    /// Each language's parts (command line, screen) as one table; a key in two parts keeps the
    /// first part's text.
    private static let allEnglish = combined([
        english, screenEnglish, diagnosticsEnglish, tutorEnglish, syntaxEnglish, dataFileEnglish, viewsEnglish, builtInEnglish,
        systemEnglish,
    ])
    private static let allTraditionalChinese = combined([
        traditionalChinese, screenTraditionalChinese, diagnosticsTraditionalChinese, tutorTraditionalChinese,
        syntaxTraditionalChinese, dataFileTraditionalChinese, viewsTraditionalChinese, builtInTraditionalChinese,
        systemTraditionalChinese,
    ])

    /// The parts merged into one table made at its full size: merging them two at a time copied
    /// the growing table at every step, at the start of every run.
    private static func combined(_ parts: [[TextKey: Message]]) -> [TextKey: Message] {
        var all = [TextKey: Message](minimumCapacity: parts.reduce(0) { $0 + $1.count })
        for part in parts { all.merge(part) { first, _ in first } }
        return all
    }

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
