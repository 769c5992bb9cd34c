/// Turns a lesson file's bytes into text, refusing anything that is not valid UTF-8.
public enum UTF8Decoding {
    /// Whether `bytes` are well-formed UTF-8, found without making a text, so a caller can check
    /// first and make the one text it keeps later.
    ///
    /// The rules are the Unicode standard's (table 3-7: no overlong forms, no surrogates, nothing
    /// past U+10FFFF), so the answer is the standard library's; ASCII, nearly every byte of a
    /// lesson, is passed over eight bytes at a time (the library's own check costs 9 instructions
    /// a byte, as much as reading a lesson's numbers).
    public static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValid($0) }
    }

    /// Whether the bytes in `buffer` are well-formed UTF-8; as `isValid(_:)` on an array.
    public static func isValid(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = buffer.count
        var index = 0
        while true {
            index = ByteScan.asciiEnd(in: buffer, from: index, to: count)
            guard index < count else { return true }
            let lead = buffer[index]
            // The second byte's range depends on the lead; every later byte is 0x80…0xBF.
            let length: Int
            var second: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; second = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; second = 0x80...0x9F
            case 0xF0: length = 4; second = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; second = 0x80...0x8F
            default: return false
            }
            guard index + length <= count, second.contains(buffer[index + 1]) else { return false }
            for next in (index + 2)..<(index + length) where buffer[next] & 0xC0 != 0x80 { return false }
            index += length
        }
    }

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
