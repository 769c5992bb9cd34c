/// The checks the readers make of a mapping's form and keys, worded the same way everywhere.
enum MappingKeys {
    /// The node's mapping, or nil after reporting that `subject` must be keys and values.
    ///
    /// `subject` names the value in the message (`'cost'`, `a question`); `example` is a note
    /// showing one written correctly.
    static func mapping(of node: YAMLNode, subject: CatalogueText, example: CatalogueText, diagnostics: inout DiagnosticList)
        -> YAMLMapping?
    {
        guard let mapping = node.mapping else {
            diagnostics.append(
                .error(
                    CatalogueText(.checkNotMapping, nested: ["subject": subject, "kind": node.kindText]), at: node.location,
                    notes: [example]))
            return nil
        }
        return mapping
    }

    /// Reports every key not among `known`, at the key, with the notes of `notes(forUnknown:)`;
    /// returns whether every key was known.
    ///
    /// `message` words the error for an unknown key; `listing` opens the note that lists the
    /// known keys.
    @discardableResult
    static func reportUnknown(
        in mapping: YAMLMapping, known: [String], listing: TextKey, diagnostics: inout DiagnosticList,
        message: (String) -> CatalogueText
    ) -> Bool {
        var allKnown = true
        for entry in mapping.entries where !known.contains(entry.key.text) {
            let key = entry.key.text
            diagnostics.append(.error, at: entry.key.location) {
                .error(message(key), at: entry.key.location, notes: notes(forUnknown: key, known: known, listing: listing))
            }
            allKnown = false
        }
        return allKnown
    }

    /// The notes for a word that is not among `known`: "did you mean" when a known word is close,
    /// then `listing` with every known word as its `names`.
    static func notes(forUnknown word: String, known: [String], listing: TextKey) -> [CatalogueText] {
        var notes = [CatalogueText(listing, ["names": known.joined(separator: ", ")])]
        if let suggestion = FrontMatterReader.closest(to: word, in: known) {
            notes.insert(CatalogueText(.checkDidYouMean, ["word": suggestion]), at: 0)
        }
        return notes
    }
}
