/// Notes for two slips that are easy to make and hard to see: a decimal comma (`0,5`) and the
/// full-width characters a Chinese input method types (`，` `１` `：`).
///
/// They are added to an error's notes when the line it points at holds such a slip, since the
/// error itself (a count that does not match, "not a number", a missing `:`) rarely says why.
enum TypingHints {
    /// The notes for a line, in the order the slips are found; empty when it has none.
    ///
    /// The line is read by scalars and bytes, never by characters: a line of millions of
    /// combining marks costs one pass, not the work of finding character boundaries.
    static func notes(forLine line: Substring) -> [CatalogueText] {
        var notes: [CatalogueText] = []
        if let comma = decimalComma(in: line) {
            notes.append(CatalogueText(.checkDecimalCommaHint, ["comma": comma, "point": comma.replacing(",", with: ".")]))
        }
        var seen: Set<UInt32> = []
        for scalar in line.unicodeScalars {
            guard let ascii = asciiEquivalent(of: scalar), seen.insert(scalar.value).inserted else { continue }
            notes.append(CatalogueText(.checkFullWidthHint, ["character": String(scalar), "ascii": String(ascii)]))
        }
        return notes
    }

    /// The first `digit,digit` written without a space, as in `0,5`, with its digits around.
    /// Numbers that already have a point on either side (`1.5,2` or `1,2.5`) are a list written
    /// without spaces, not a decimal comma: "write it with a point" would give `1.5.2`.
    static func decimalComma(in line: Substring) -> String? {
        // Digits, the comma and the point are ASCII, so the bytes are enough.
        let bytes = Array(line.utf8)
        let comma = UInt8(ascii: ","), point = UInt8(ascii: ".")
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        for index in bytes.indices.dropFirst().dropLast() where bytes[index] == comma {
            guard isDigit(bytes[index - 1]), isDigit(bytes[index + 1]) else { continue }
            var start = index - 1
            while start > 0, isDigit(bytes[start - 1]) || bytes[start - 1] == point { start -= 1 }
            var end = index + 1
            while end + 1 < bytes.count, isDigit(bytes[end + 1]) { end += 1 }
            let hasPoint = bytes[start..<index].contains(point) || (end + 1 < bytes.count && bytes[end + 1] == point)
            if hasPoint { continue }
            return String(decoding: bytes[start...end], as: UTF8.self)
        }
        return nil
    }

    /// The ASCII character a full-width one stands for: `：` → `:`, `１` → `1`, the ideographic
    /// space → a space; nil for every other scalar.
    static func asciiEquivalent(of scalar: Unicode.Scalar) -> Character? {
        if scalar.value == 0x3000 { return " " }
        if scalar.value == 0x3001 || scalar.value == 0x3002 { return scalar.value == 0x3001 ? "," : "." }
        guard (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) else { return nil }
        return Character(ascii)
    }
}
