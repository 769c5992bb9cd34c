/// The checks the readers make of a mapping's form and keys, worded the same way everywhere.
enum MappingKeys {
    /// The node's mapping, or nil after reporting that `subject` must be keys and values.
    ///
    /// `subject` names the value in the message (`'cost'`, `a question`); `example` is a note
    /// showing one written correctly.
    static func mapping(of node: YAMLNode, subject: String, example: String, diagnostics: inout DiagnosticList) -> YAMLMapping? {
        guard let mapping = node.mapping else {
            diagnostics.append(.error(
                "\(subject) must be keys and values, not \(node.kindDescription)", at: node.location,
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
        in mapping: YAMLMapping, known: [String], listing: String, diagnostics: inout DiagnosticList,
        message: (String) -> String
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
    /// then `listing` followed by every known word.
    static func notes(forUnknown word: String, known: [String], listing: String) -> [String] {
        var notes = [listing + known.joined(separator: ", ")]
        if let suggestion = FrontMatterReader.closest(to: word, in: known) { notes.insert("did you mean '\(suggestion)'?", at: 0) }
        return notes
    }
}
