/// Finds `{placeholder}`s in one line of section text and reports the ones that cannot work.
enum TemplateParser {
    /// Splits a line into segments; `line` and `columnOffset` place diagnostics in the file.
    static func parse(
        _ text: Substring, line: Int, columnOffset: Int = 0, section: SectionKind, diagnostics: inout DiagnosticList
    ) -> [Template.Segment] {
        var segments: [Template.Segment] = []
        var literal = ""
        let bytes = text.utf8
        let end = text.endIndex
        let openBrace = UInt8(ascii: "{")
        let closeBrace = UInt8(ascii: "}")
        /// The column of a position, in characters as the line is counted everywhere else; counted
        /// on from the last position asked for (they only grow), so a line of many placeholders
        /// is counted once.
        var counted = (index: text.startIndex, column: 1 + columnOffset)
        func column(at index: Substring.Index) -> Int {
            counted.column += text.distance(from: counted.index, to: index)
            counted.index = index
            return counted.column
        }
        /// Whether the brace byte at `index` is a character of its own: not joined to a mark after
        /// it or a prepended sign before it (then it is text, as it always was).
        func isWholeCharacter(_ index: Substring.Index) -> Bool {
            let after = bytes.index(after: index)
            // Between ASCII neighbours it always is: no ASCII scalar extends the one before it or
            // is prepended to the one after. Only a non-ASCII neighbour needs the full rules.
            let asciiAfter = after == end || bytes[after] < 0x80
            let asciiBefore = index == text.startIndex || bytes[bytes.index(before: index)] < 0x80
            if asciiAfter && asciiBefore { return true }
            return String.Index(index, within: text) != nil && (after == end || String.Index(after, within: text) != nil)
        }
        // The line is scanned on its bytes for braces, and the text between them is taken whole:
        // walking it character by character was most of the cost of reading a lesson's text.
        var pending = text.startIndex  // the start of the text not yet added to `literal`
        var index = text.startIndex
        while let brace = bytes[index...].firstIndex(where: { $0 == openBrace || $0 == closeBrace }) {
            let next = bytes.index(after: brace)
            index = next
            guard isWholeCharacter(brace) else { continue }
            let byte = bytes[brace]
            if next < end, bytes[next] == byte, isWholeCharacter(next) {
                // `{{` and `}}` are a literal brace.
                literal += text[pending..<brace]
                literal.append(byte == openBrace ? "{" : "}")
                index = bytes.index(after: next)
                pending = index
                continue
            }
            guard byte == openBrace else { continue }  // a lone `}` is text
            // A placeholder: up to the closing brace on the same line.
            var found = bytes[next...].firstIndex(of: closeBrace)
            while let candidate = found, !isWholeCharacter(candidate) {
                found = bytes[bytes.index(after: candidate)...].firstIndex(of: closeBrace)
            }
            guard let close = found else {
                diagnostics.append(
                    .error(
                        CatalogueText(.checkPlaceholderNotClosed), at: SourceLocation(line: line, column: column(at: brace)),
                        notes: [CatalogueText(.checkLiteralBrace)]))
                break
            }
            literal += text[pending..<brace]
            let name = text[next..<close].trimmingCharacters(in: " ")
            if let placeholder = Placeholder(rawValue: name) {
                if section.availablePlaceholders.contains(placeholder) {
                    if !literal.isEmpty { segments.append(.text(literal)); literal = "" }
                    segments.append(.placeholder(placeholder))
                } else {
                    let column = column(at: brace)
                    // The values this section has; the screen-only markers work everywhere and are not values.
                    // Built only when kept: a file may hold thousands of such placeholders.
                    diagnostics.append(.error, at: SourceLocation(line: line, column: column)) {
                        let usable = section.availablePlaceholders.subtracting([.screenOnly, .screenOnlyEnd])
                            .sorted { $0.rawValue < $1.rawValue }.map { "{\($0.rawValue)}" }.joined(separator: " ")
                        return .error(
                            CatalogueText(.checkPlaceholderNoValue, ["name": name, "section": section.rawValue]),
                            at: SourceLocation(line: line, column: column),
                            notes: [CatalogueText(.checkSectionCanUse, ["section": section.rawValue, "names": usable])])
                    }
                }
            } else {
                let column = column(at: brace)
                // Built only when kept: the did-you-mean search is the costly part, and a hostile
                // file may hold thousands of unknown placeholders.
                diagnostics.append(.error, at: SourceLocation(line: line, column: column)) {
                    .error(
                        CatalogueText(.checkUnknownPlaceholder, ["name": name]), at: SourceLocation(line: line, column: column),
                        notes: (FrontMatterReader.closest(to: name, in: Placeholder.allCases.map(\.rawValue)).map {
                            [CatalogueText(.checkDidYouMean, ["word": "{" + $0 + "}"])]
                        } ?? [])
                            + [CatalogueText(.checkKnownPlaceholders, ["names": Placeholder.allNames]), CatalogueText(.checkLiteralBrace)])
                }
            }
            index = bytes.index(after: close)
            pending = index
        }
        literal += text[pending...]
        if !literal.isEmpty { segments.append(.text(literal)) }
        return segments
    }
}

extension Substring {
    /// The text without leading and trailing occurrences of one character.
    func trimmingCharacters(in character: Character) -> String {
        var slice = self[...]
        while slice.first == character { slice = slice.dropFirst() }
        while slice.last == character { slice = slice.dropLast() }
        return String(slice)
    }
}
