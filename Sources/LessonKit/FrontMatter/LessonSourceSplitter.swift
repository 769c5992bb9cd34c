/// Cuts a lesson's text into front matter and body at its `---` lines.
///
/// The rules, the static-site convention:
/// - The file starts with a line `---` (a UTF-8 byte order mark before it is skipped).
/// - The front matter ends at the next line that is `---` or `...`.
/// - Delimiter lines may carry trailing spaces or tabs; nothing else.
/// - Lines end at `\n` or `\r\n`.
public enum LessonSourceSplitter {
    /// Splits `text`, or reports why it cannot (no opening line, no closing line).
    ///
    /// Returns the parts and no diagnostics, or `nil` and at least one error.
    public static func split(_ text: String) -> (LessonSource?, [Diagnostic]) {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
        let bytes = Array(text.utf8)
        let start = SourceLocation(line: 1, column: 1)
        let note = "a lesson starts with its data between two '---' lines, then its text"
        guard !bytes.isEmpty else {
            return (nil, [.error("the file is empty; a lesson starts with a line '---'", at: start, notes: [note])])
        }
        var line = nextLine(in: bytes, from: 0)
        guard isDelimiter(bytes[line.contentStart..<line.contentEnd], allowingDots: false) else {
            return (nil, [.error("a lesson must start with a line '---' that opens the front matter", at: start, notes: [note])])
        }
        let frontMatterStart = line.next
        var lineNumber = 1
        while line.next < bytes.count {
            line = nextLine(in: bytes, from: line.next)
            lineNumber += 1
            if isDelimiter(bytes[line.contentStart..<line.contentEnd], allowingDots: true) {
                let source = LessonSource(
                    text: text,
                    frontMatter: String(decoding: bytes[frontMatterStart..<line.contentStart], as: UTF8.self),
                    frontMatterFirstLine: 2,
                    body: String(decoding: bytes[line.next...], as: UTF8.self),
                    bodyFirstLine: lineNumber + 1
                )
                return (source, [])
            }
        }
        return (nil, [
            .error(
                "the front matter opened here is never closed",
                at: start,
                notes: ["add a line '---' after the last line of data, before the lesson's text"]
            )
        ])
    }

    private struct Line {
        var contentStart: Int
        var contentEnd: Int
        var next: Int
    }

    private static func nextLine(in bytes: [UInt8], from start: Int) -> Line {
        var index = start
        while index < bytes.count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
        var contentEnd = index
        if contentEnd > start && bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
        return Line(contentStart: start, contentEnd: contentEnd, next: min(index + 1, bytes.count))
    }

    private static func isDelimiter(_ line: ArraySlice<UInt8>, allowingDots: Bool) -> Bool {
        var content = line
        while let last = content.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
            content = content.dropLast()
        }
        return content.elementsEqual("---".utf8) || (allowingDots && content.elementsEqual("...".utf8))
    }
}
