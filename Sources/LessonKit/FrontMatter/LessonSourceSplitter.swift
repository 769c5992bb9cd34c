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
        var text = text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
        text.makeContiguousUTF8()
        let contiguous = text.utf8.withContiguousStorageIfAvailable { split(text, bytes: $0) }
        return contiguous ?? Array(text.utf8).withUnsafeBufferPointer { split(text, bytes: $0) }
    }

    /// Splits `text`, whose UTF-8 is `bytes`, without copying it: the parts are made from the
    /// text's own storage (both start after a `\n`, so on a character boundary).
    private static func split(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> (LessonSource?, [Diagnostic]) {
        let start = SourceLocation(line: 1, column: 1)
        let note = CatalogueText(.checkOpeningNote)
        guard !bytes.isEmpty else {
            return (nil, [.error(CatalogueText(.checkFileEmpty), at: start, notes: [note])])
        }
        var line = nextLine(in: bytes, from: 0)
        guard isDelimiter(bytes[line.contentStart..<line.contentEnd], allowingDots: false) else {
            return (nil, [.error(CatalogueText(.checkNoOpeningLine), at: start, notes: [note])])
        }
        let frontMatterStart = line.next
        var lineNumber = 1
        while line.next < bytes.count {
            line = nextLine(in: bytes, from: line.next)
            lineNumber += 1
            if isDelimiter(bytes[line.contentStart..<line.contentEnd], allowingDots: true) {
                let utf8 = text.utf8
                let index = { (offset: Int) in utf8.index(utf8.startIndex, offsetBy: offset) }
                let source = LessonSource(
                    text: text,
                    frontMatter: String(Substring(utf8[index(frontMatterStart)..<index(line.contentStart)])),
                    frontMatterFirstLine: 2,
                    body: String(Substring(utf8[index(line.next)...])),
                    bodyFirstLine: lineNumber + 1
                )
                return (source, [])
            }
        }
        return (
            nil,
            [
                .error(CatalogueText(.checkNeverClosed), at: start, notes: [CatalogueText(.checkNeverClosedNote)])
            ]
        )
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
