import Testing

@testable import LessonKit

/// The body's placeholder reader, which finds braces on the line's bytes, against the reading it
/// replaced (kept here as the reference: one character at a time), on lines made to trip a byte
/// scan: braces joined to combining marks or after a prepended sign, doubled braces, unclosed and
/// unknown placeholders after wide and combined characters.
@Suite("Placeholders are found on bytes exactly as character by character")
struct TemplateParserTests {
    /// The reading character by character, as it was before the byte scan.
    static func reference(
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

    static let lines: [String] = [
        "plain text without braces",
        "The sum is {sum} and {{literal}} braces, }} and {{ and a lone } here",
        "{x}{w}{product}{before}{sum}",
        "unknown {nonsense} then {row} and { spaced }",
        "unclosed {sum and more",
        "{\u{301}sum} a brace joined to a mark is text",
        "\u{600}{sum} a brace after a prepended sign is text",
        "{sum\u{301}} and {sum}\u{301} and }\u{301}} and {{\u{301}",
        "逐點卷積 {sum} 之後 {unknown} 與 {bias}",
        "👩‍👩‍👧‍👦 {outName} é́́ {oops",
        "{{{sum}}} {{{{ }}}} {}",
        "é{sum}à and 卷{x}積 and 👍{{ and }}\u{301} and \u{600}{{sum}}",
        "{", "}", "{{", "}}", "{}", "",
    ]

    @Test("segments and diagnostics agree in every section", arguments: SectionKind.allCases)
    func agrees(section: SectionKind) {
        for line in Self.lines {
            var fast = DiagnosticList()
            var slow = DiagnosticList()
            let text = Substring(line)
            let segments = TemplateParser.parse(text, line: 7, columnOffset: 3, section: section, diagnostics: &fast)
            let expected = Self.reference(text, line: 7, columnOffset: 3, section: section, diagnostics: &slow)
            #expect(segments == expected, "\(line)")
            #expect("\(fast.kept)" == "\(slow.kept)", "\(line)")
        }
    }
}
