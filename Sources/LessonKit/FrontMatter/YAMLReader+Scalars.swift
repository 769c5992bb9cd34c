/// Scalars: plain text, single-quoted and double-quoted values, each on one line.
extension YAMLReader {
    /// Reads the scalar at the position; `inFlow` also ends plain text at `,[]{}`.
    mutating func readScalar(inFlow: Bool) throws(YAMLReadFailure) -> YAMLScalar {
        switch current {
        case YAMLByte.singleQuote: try readSingleQuoted()
        case YAMLByte.doubleQuote: try readDoubleQuoted()
        default: try readPlain(inFlow: inFlow)
        }
    }

    /// Reads plain text up to the end of the line, ` #`, `: ` (or `:` at the end), and in flow
    /// context also `,[]{}` and `:` before one of them. Spaces around it are not part of it.
    mutating func readPlain(inFlow: Bool) throws(YAMLReadFailure) -> YAMLScalar {
        let start = position
        try countNode(at: start)
        var cursor = start
        var contentEnd = start
        let end = line.end
        scanning: while cursor < end {
            let byte = bytes[cursor]
            switch byte {
            case YAMLByte.space, YAMLByte.tab:
                if cursor + 1 < end && bytes[cursor + 1] == YAMLByte.hash { break scanning }
                cursor += 1
                continue scanning
            case YAMLByte.colon:
                if cursor + 1 >= end { break scanning }
                let next = bytes[cursor + 1]
                if next == YAMLByte.space || next == YAMLByte.tab || (inFlow && Self.isFlowIndicator(next)) {
                    break scanning
                }
            case YAMLByte.comma, YAMLByte.openBracket, YAMLByte.closeBracket, YAMLByte.openBrace, YAMLByte.closeBrace:
                if inFlow { break scanning }
            default:
                break
            }
            cursor += 1
            contentEnd = cursor
        }
        position = cursor
        let text = String(decoding: bytes[start..<contentEnd], as: UTF8.self)
        return YAMLScalar(text: text, style: .plain, location: location(at: start))
    }

    /// Reads `'text'`, where `''` stands for one quote; it must close on its line.
    mutating func readSingleQuoted() throws(YAMLReadFailure) -> YAMLScalar {
        let opener = position
        let openerLocation = location(at: opener)
        try countNode(at: opener)
        var value: [UInt8] = []
        var cursor = opener + 1
        var runStart = cursor
        while cursor < line.end {
            if bytes[cursor] == YAMLByte.singleQuote {
                value.append(contentsOf: bytes[runStart..<cursor])
                if cursor + 1 < line.end && bytes[cursor + 1] == YAMLByte.singleQuote {
                    value.append(YAMLByte.singleQuote)
                    cursor += 2
                    runStart = cursor
                    continue
                }
                position = cursor + 1
                return YAMLScalar(text: String(decoding: value, as: UTF8.self), style: .singleQuoted, location: openerLocation)
            }
            cursor += 1
        }
        try fail(
            CatalogueText(.yamlSingleQuoteNotClosed),
            at: openerLocation,
            notes: [CatalogueText(.yamlSingleQuoteNotClosedNote)]
        )
    }

    /// Reads `"text"` with the escapes `\\ \" \n \t \uXXXX \UXXXXXXXX`; it must close on its line.
    ///
    /// A bad escape is reported (at its backslash) and kept as written, so reading goes on.
    mutating func readDoubleQuoted() throws(YAMLReadFailure) -> YAMLScalar {
        let opener = position
        let openerLocation = location(at: opener)
        try countNode(at: opener)
        var value: [UInt8] = []
        var cursor = opener + 1
        var runStart = cursor
        let end = line.end
        while cursor < end {
            let byte = bytes[cursor]
            if byte == YAMLByte.doubleQuote {
                value.append(contentsOf: bytes[runStart..<cursor])
                position = cursor + 1
                return YAMLScalar(text: String(decoding: value, as: UTF8.self), style: .doubleQuoted, location: openerLocation)
            }
            guard byte == YAMLByte.backslash else {
                cursor += 1
                continue
            }
            value.append(contentsOf: bytes[runStart..<cursor])
            guard cursor + 1 < end else { break }
            let escape = bytes[cursor + 1]
            switch escape {
            case YAMLByte.backslash, YAMLByte.doubleQuote:
                value.append(escape)
                cursor += 2
            case UInt8(ascii: "n"):
                value.append(YAMLByte.newline)
                cursor += 2
            case UInt8(ascii: "t"):
                value.append(YAMLByte.tab)
                cursor += 2
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                let digits = escape == UInt8(ascii: "u") ? 4 : 8
                cursor = readUnicodeEscape(at: cursor, digits: digits, into: &value)
            default:
                let shown = String(decoding: bytes[(cursor + 1)..<nextCharacterEnd(after: cursor + 1)], as: UTF8.self)
                report(
                    CatalogueText(.yamlUnknownEscape, ["escape": shown]),
                    at: cursor,
                    notes: [CatalogueText(.yamlUnknownEscapeNote)]
                )
                value.append(YAMLByte.backslash)
                cursor += 1
            }
            runStart = cursor
        }
        try fail(
            CatalogueText(.yamlDoubleQuoteNotClosed),
            at: openerLocation,
            notes: [CatalogueText(.yamlDoubleQuoteNotClosedNote)]
        )
    }

    /// Decodes `\uXXXX` or `\UXXXXXXXX` at `backslash`, appending its UTF-8; returns where the
    /// escape ends. A malformed escape is reported and skipped.
    private mutating func readUnicodeEscape(at backslash: Int, digits: Int, into value: inout [UInt8]) -> Int {
        let first = backslash + 2
        var scalarValue: UInt32 = 0
        var cursor = first
        while cursor < line.end && cursor < first + digits, let digit = Self.hexValue(bytes[cursor]) {
            scalarValue = scalarValue << 4 | digit
            cursor += 1
        }
        let letter = digits == 4 ? "u" : "U"
        guard cursor == first + digits else {
            report(
                CatalogueText(.yamlHexDigits, ["letter": letter, "digits": String(digits)]),
                at: backslash,
                notes: [CatalogueText(.yamlHexDigitsNote)]
            )
            return cursor
        }
        guard let scalar = Unicode.Scalar(scalarValue) else {
            report(
                CatalogueText(.yamlNotUnicode, ["letter": letter, "code": String(scalarValue, radix: 16, uppercase: true)]),
                at: backslash,
                notes: [CatalogueText(.yamlNotUnicodeNote)]
            )
            return cursor
        }
        value.append(contentsOf: String(Character(scalar)).utf8)
        return cursor
    }

    /// The end of the UTF-8 sequence that starts at `offset`, for quoting one character.
    private func nextCharacterEnd(after offset: Int) -> Int {
        var end = offset + 1
        while end < line.end && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return end
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == YAMLByte.comma || byte == YAMLByte.openBracket || byte == YAMLByte.closeBracket
            || byte == YAMLByte.openBrace || byte == YAMLByte.closeBrace
    }
}
