/// Finds `{placeholder}`s in one line of section text and reports the ones that cannot work.
enum TemplateParser {
    /// Splits a line into segments; `line` and `columnOffset` place diagnostics in the file.
    static func parse(
        _ text: Substring, line: Int, columnOffset: Int = 0, section: SectionKind, diagnostics: inout DiagnosticList
    ) -> [Template.Segment] {
        var segments: [Template.Segment] = []
        var literal = ""
        var column = 1 + columnOffset
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "{", next < text.endIndex, text[next] == "{" {
                literal.append("{")
                index = text.index(after: next)
                column += 2
                continue
            }
            if character == "}", next < text.endIndex, text[next] == "}" {
                literal.append("}")
                index = text.index(after: next)
                column += 2
                continue
            }
            guard character == "{" else {
                literal.append(character)
                index = next
                column += 1
                continue
            }
            // A placeholder: up to the closing brace on the same line.
            guard let close = text[next...].firstIndex(of: "}") else {
                diagnostics.append(
                    .error(
                        CatalogueText(.checkPlaceholderNotClosed), at: SourceLocation(line: line, column: column),
                        notes: [CatalogueText(.checkLiteralBrace)]))
                literal += text[index...]
                break
            }
            let name = text[next..<close].trimmingCharacters(in: " ")
            let width = text.distance(from: index, to: close) + 1
            if let placeholder = Placeholder(rawValue: name) {
                if section.availablePlaceholders.contains(placeholder) {
                    if !literal.isEmpty { segments.append(.text(literal)); literal = "" }
                    segments.append(.placeholder(placeholder))
                } else {
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
            index = text.index(after: close)
            column += width
        }
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
