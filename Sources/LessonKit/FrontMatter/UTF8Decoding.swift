/// Turns a lesson file's bytes into text, refusing anything that is not valid UTF-8.
public enum UTF8Decoding {
    /// Decodes `bytes` as UTF-8, or reports the line and column of the first invalid byte.
    ///
    /// Nothing is replaced silently: invalid input gives `nil` and one error located at the
    /// first bad byte (its column counts the Characters of the valid text before it on its line).
    /// To show that line in the rendered diagnostic, render against
    /// `String(decoding: bytes, as: UTF8.self)`, whose replacement character stands at the same
    /// column.
    public static func decode(_ bytes: [UInt8]) -> (String?, [Diagnostic]) {
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, [])
        }
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        var firstBad: (offset: Int, length: Int)?
        var badSequences = 0
        decoding: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .error(let length):
                if firstBad == nil { firstBad = (offset, length) }
                badSequences += 1
                offset += length
            case .emptyInput:
                break decoding
            }
        }
        guard let firstBad else { return (String(decoding: bytes, as: UTF8.self), []) }
        var lineStart = 0
        var line = 1
        for index in 0..<firstBad.offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<firstBad.offset], as: UTF8.self).count + 1
        let shownBytes = bytes[firstBad.offset..<(firstBad.offset + firstBad.length)]
            .map { "0x" + String($0, radix: 16, uppercase: true) }
            .joined(separator: " ")
        var notes = [CatalogueText(.utf8InvalidNote)]
        if badSequences > 1 {
            notes.append(CatalogueText(.utf8InvalidCount, ["count": String(badSequences)]))
        }
        let message = CatalogueText(.utf8Invalid, ["bytes": shownBytes])
        return (nil, [.error(message, at: SourceLocation(line: line, column: column), notes: notes)])
    }
}
