import PointwiseCore

/// Reads a lesson's Markdown body into its named sections.
///
/// A line `## name` starts section `name` (see `SectionKind`); the text up to the next such line
/// belongs to it. Text before the first section is a note for whoever reads the file and is not
/// shown. Within a section, lines join into paragraphs as in Markdown (a blank line starts a new
/// paragraph, and so does a `- ` list item), so a teacher can wrap lines anywhere; the screen
/// re-wraps to its own width. Inline markers are read later, from the filled text (`RichText`).
enum LessonBodyParser {
    /// The sections found, and the line of each one's heading.
    struct ParsedBody {
        var sections: [SectionKind: Template]
        var headingLines: [SectionKind: Int]
    }

    /// Sections found in the body; `firstLine` is the body's first line number in the file.
    static func parse(_ body: String, firstLine: Int, diagnostics: inout DiagnosticList) -> ParsedBody {
        var sections: [SectionKind: Template] = [:]
        var headingLines: [SectionKind: Int] = [:]
        var current: SectionKind?
        var currentLine = 0
        var segments: [Template.Segment] = []
        var paragraphOpen = false
        var pendingBreak = false
        var lastCharacter: Character?
        var sectionCharacters = 0
        var sectionBytes = 0

        func finish() {
            guard let section = current else { return }
            // A section refused for its length already has its error: it is not "empty".
            let wasRefused = sectionCharacters > LessonLimits.maximumSectionCharacters || sectionBytes > LessonLimits.maximumSectionBytes
            if segments.isEmpty, !wasRefused {
                diagnostics.append(
                    .warning(
                        CatalogueText(.checkSectionEmpty, ["section": section.rawValue]), at: SourceLocation(line: currentLine, column: 1)))
            } else if !segments.isEmpty {
                sections[section] = Template(segments: segments)
            }
        }

        var lineNumber = firstLine - 1
        for rawLine in lines(of: body) {
            lineNumber += 1
            let cleaned = rawLine.utf8.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine
            // Headings are found on the bytes, and lines outside any section are skipped before
            // any text is built: a file of millions of `##` lines costs no string work per line.
            let bytes = cleaned.utf8
            var isHeading = bytes.starts(with: "##".utf8) && (bytes.count == 2 || bytes.dropFirst(2).first == UInt8(ascii: " "))
            // A mark after "## " joins the space into another character: not a heading, as before.
            if isHeading, let fourth = bytes.dropFirst(3).first, fourth >= 0x80 { isHeading = cleaned.hasPrefix("## ") }
            if !isHeading, current == nil { continue }
            // Unsafe characters are made visible here, once, so no output can carry them raw.
            // (Printable ASCII, most lines, is recognised on its bytes here, without a generic call.)
            let isPrintableASCII = cleaned.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
            let line = isPrintableASCII || InertText.isSafe(cleaned) ? cleaned : Substring(InertText.escape(String(cleaned)))
            if isHeading {
                finish()
                segments = []
                paragraphOpen = false
                pendingBreak = false
                lastCharacter = nil
                sectionCharacters = 0
                sectionBytes = 0
                let rest = line.dropFirst(2)
                let name = rest.utf8.allSatisfy({ $0 == UInt8(ascii: " ") }) ? "" : rest.trimmingCharacters(in: " ").lowercased()
                currentLine = lineNumber
                guard !name.isEmpty, let section = SectionKind(rawValue: name) else {
                    current = nil
                    let location = SourceLocation(line: lineNumber, column: 4)
                    diagnostics.append(.error, at: location) {
                        .error(
                            CatalogueText(.checkUnknownSection, ["name": name]), at: location,
                            notes: (LessonBodyParser.suggestion(for: name).map { [CatalogueText(.checkDidYouMean, ["word": $0])] } ?? [])
                                + [
                                    CatalogueText(
                                        .checkKnownSections, ["names": SectionKind.allCases.map(\.rawValue).joined(separator: ", ")])
                                ])
                    }
                    continue
                }
                if let first = headingLines[section] {
                    current = nil
                    diagnostics.append(
                        .error(
                            CatalogueText(.checkSectionTwice, ["section": name]), at: SourceLocation(line: lineNumber, column: 4),
                            notes: [CatalogueText(.checkFirstWrittenAt, ["line": String(first)])]))
                    continue
                }
                headingLines[section] = lineNumber
                current = section
                continue
            }
            guard let section = current else { continue }
            // The line without its leading and trailing spaces: printable ASCII is cut on its
            // bytes (a character a byte), other text character by character.
            let trimmedLine: Substring
            if isPrintableASCII {
                let bytes = line.utf8
                let first = bytes.firstIndex { $0 != UInt8(ascii: " ") } ?? bytes.endIndex
                let end = bytes[first...].lastIndex { $0 != UInt8(ascii: " ") }.map { bytes.index(after: $0) } ?? first
                trimmedLine = line[first..<end]
            } else {
                trimmedLine = Substring(line.trimmingCharacters(in: " "))
            }
            let trimmed = String(trimmedLine)
            // Bounded text: past the limit, one located error and the rest of the section ignored.
            let limit = LessonLimits.maximumSectionCharacters
            if sectionCharacters > limit || sectionBytes > LessonLimits.maximumSectionBytes { continue }
            // Characters are counted only as far as one past the limit: finding the boundaries of
            // a line of millions of combining marks is the costly part of reading it.
            sectionCharacters +=
                isPrintableASCII
                ? min(trimmed.utf8.count, limit - sectionCharacters + 1) : trimmed.prefix(limit - sectionCharacters + 1).count
            sectionBytes += trimmed.utf8.count
            if sectionCharacters > limit || sectionBytes > LessonLimits.maximumSectionBytes {
                let what =
                    sectionCharacters > limit
                    ? CatalogueText(.checkCharacters, ["count": String(limit)])
                    : CatalogueText(.checkUTF8Bytes, ["count": String(LessonLimits.maximumSectionBytes)])
                diagnostics.append(
                    .error(
                        CatalogueText(.checkSectionTooLong, ["section": section.rawValue], nested: ["limit": what]),
                        at: SourceLocation(line: lineNumber, column: 1),
                        notes: [CatalogueText(.checkSectionTooLongNote)]))
                continue
            }
            if !isPrintableASCII, let offset = LessonLimits.overloadedCharacter(in: line) {
                diagnostics.append(
                    .error(
                        CatalogueText(.checkOverloadedCharacter, ["limit": String(LessonLimits.maximumScalarsPerCharacter)]),
                        at: SourceLocation(line: lineNumber, column: offset + 1),
                        notes: [CatalogueText(.checkOverloadedCharacterNote)]))
                sectionCharacters = limit + 1
                continue
            }
            if trimmed.isEmpty {
                if paragraphOpen { pendingBreak = true }
                continue
            }
            // Join this line to the paragraph: a new paragraph, or a space between words
            // (none next to a CJK character: Chinese is written without spaces at line ends).
            // A `- ` list item starts a block of its own, as in Markdown, blank line or not.
            if paragraphOpen {
                if pendingBreak || isListItem(trimmed) {
                    segments.append(.text("\n"))
                } else if let lastCharacter, let firstCharacter = trimmed.first,
                    !isCJK(lastCharacter), !isCJK(firstCharacter)
                {
                    segments.append(.text(" "))
                }
            }
            pendingBreak = false
            paragraphOpen = true
            let leading: Int
            let content: Substring
            if isPrintableASCII {
                leading = line.utf8.distance(from: line.startIndex, to: trimmedLine.startIndex)
                content = trimmedLine
            } else {
                leading = line.prefix { $0 == " " }.count
                content = line.dropFirst(leading).dropLast(line.count - leading - trimmed.count)
            }
            segments += TemplateParser.parse(content, line: lineNumber, columnOffset: leading, section: section, diagnostics: &diagnostics)
            lastCharacter = trimmed.last
        }
        finish()
        return ParsedBody(sections: sections, headingLines: headingLines)
    }

    /// The lines of `text` without their `\n`, one at a time (a body of millions of lines is
    /// never held as an array); `"a\n"` is `"a"` and `""`, as `split(omittingEmptySubsequences: false)`.
    private static func lines(of text: String) -> Lines {
        Lines(text: text, start: text.startIndex)
    }

    /// The lines of a text, found one at a time on its bytes (a plain iterator: a type-erased
    /// one cost its generic box's first use at every start).
    private struct Lines: Sequence, IteratorProtocol {
        let text: String
        var start: String.Index?

        mutating func next() -> Substring? {
            guard let lineStart = start else { return nil }
            guard let newline = text.utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) else {
                start = nil
                return text[lineStart...]
            }
            start = text.utf8.index(after: newline)
            return text[lineStart..<newline]
        }
    }

    /// True for a line that is a Markdown list item: `- ` and some text (`RichText` reads it so).
    private static func isListItem(_ trimmed: String) -> Bool {
        trimmed.hasPrefix("- ") && trimmed.dropFirst(2).contains { $0 != " " }
    }

    /// Chinese, Japanese and Korean characters and punctuation, which join without a space.
    private static func isCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x20000...0x2FFFD: return true
        default: return false
        }
    }
}

extension LessonBodyParser {
    /// The section a misspelled or shortened heading most likely means: one at most two letters
    /// off (`introdution`), or one it begins (`intro`, three letters at least).
    static func suggestion(for name: String) -> String? {
        let names = SectionKind.allCases.map(\.rawValue)
        return FrontMatterReader.closest(to: name, in: names) ?? (name.count >= 3 ? names.first { $0.hasPrefix(name) } : nil)
    }
}
