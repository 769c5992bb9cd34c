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
        var text = text
        text.makeContiguousUTF8()
        let found =
            text.utf8.withContiguousStorageIfAvailable { Self.layout(of: $0) }
            ?? Array(text.utf8).withUnsafeBufferPointer { Self.layout(of: $0) }
        let layout: Layout
        switch found {
        case .parts(let parts): layout = parts
        case .problem(let problem): return (nil, [problem])
        }
        // The parts are made from the text's own storage (both start after a `\n`, so on a
        // character boundary); the byte order mark, when there is one, is left out of `text`.
        let utf8 = text.utf8
        let index = { (offset: Int) in utf8.index(utf8.startIndex, offsetBy: offset) }
        let source = LessonSource(
            text: layout.start > 0 ? String(Substring(utf8[index(layout.start)...])) : text,
            frontMatter: String(Substring(utf8[index(layout.frontMatter.lowerBound)..<index(layout.frontMatter.upperBound)])),
            frontMatterFirstLine: layout.frontMatterFirstLine,
            body: String(Substring(utf8[index(layout.bodyStart)...])),
            bodyFirstLine: layout.bodyFirstLine
        )
        return (source, [])
    }

    /// Where a lesson's parts lie in its UTF-8 bytes, found without copying them.
    struct Layout {
        /// Where the text starts: 3 when it opens with a byte order mark, else 0.
        var start: Int
        /// The front matter's bytes: from the line after the opening `---` to the closing line.
        var frontMatter: Range<Int>
        var frontMatterFirstLine: Int
        /// Where the body starts: the line after the closing line (the end when there is none).
        var bodyStart: Int
        var bodyFirstLine: Int
    }

    /// The parts found, or the one error that prevents finding them.
    enum Found {
        case parts(Layout)
        case problem(Diagnostic)
    }

    /// Finds the parts of the text whose UTF-8 is `bytes`, or the one error that prevents it.
    static func layout(of bytes: UnsafeBufferPointer<UInt8>) -> Found {
        let start = SourceLocation(line: 1, column: 1)
        let note = CatalogueText(.checkOpeningNote)
        let textStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard bytes.count > textStart else {
            return .problem(.error(CatalogueText(.checkFileEmpty), at: start, notes: [note]))
        }
        var line = nextLine(in: bytes, from: textStart)
        guard isDelimiter(bytes[line.contentStart..<line.contentEnd], allowingDots: false) else {
            return .problem(.error(CatalogueText(.checkNoOpeningLine), at: start, notes: [note]))
        }
        let frontMatterStart = line.next
        var lineNumber = 1
        while line.next < bytes.count {
            line = nextLine(in: bytes, from: line.next)
            lineNumber += 1
            if isDelimiter(bytes[line.contentStart..<line.contentEnd], allowingDots: true) {
                return .parts(
                    Layout(
                        start: textStart, frontMatter: frontMatterStart..<line.contentStart, frontMatterFirstLine: 2,
                        bodyStart: line.next, bodyFirstLine: lineNumber + 1))
            }
        }
        return .problem(.error(CatalogueText(.checkNeverClosed), at: start, notes: [CatalogueText(.checkNeverClosedNote)]))
    }

    private struct Line {
        var contentStart: Int
        var contentEnd: Int
        var next: Int
    }

    private static func nextLine(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Line {
        let index = ByteScan.newline(in: bytes, from: start, to: bytes.count)
        var contentEnd = index
        if contentEnd > start && bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
        return Line(contentStart: start, contentEnd: contentEnd, next: min(index + 1, bytes.count))
    }

    private static func isDelimiter(_ line: Slice<UnsafeBufferPointer<UInt8>>, allowingDots: Bool) -> Bool {
        var content = line
        while let last = content.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
            content = content.dropLast()
        }
        return content.elementsEqual("---".utf8) || (allowingDots && content.elementsEqual("...".utf8))
    }
}
