/// A catalogue entry with its arguments, rendered in any language when it is shown.
///
/// A diagnostic is made once, when a lesson is read, but shown in the language of whoever reads
/// it: `check` in the locale's, the reload panel in the lesson's. So it keeps the key and the
/// arguments, not a finished sentence. An argument may itself be an entry (`nested`), for the
/// parts of a sentence that are themselves worded per language ("3 weights", "the input has 2
/// channels").
public struct CatalogueText: Sendable, Equatable {
    /// The entry.
    public let key: TextKey
    /// Values that read the same in every language: numbers, names, the file's own text.
    public let arguments: [String: String]
    /// Values that are worded per language.
    public let nested: [String: CatalogueText]

    public init(_ key: TextKey, _ arguments: [String: String] = [:], nested: [String: CatalogueText] = [:]) {
        self.key = key
        self.arguments = arguments
        self.nested = nested
    }

    /// The text in `language`, every parameter filled.
    public func text(_ language: InterfaceLanguage) -> String {
        var all = arguments
        for (name, part) in nested { all[name] = part.text(language) }
        return Catalogue.text(key, language, all)
    }
}
