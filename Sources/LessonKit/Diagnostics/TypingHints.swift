/// Notes for two slips that are easy to make and hard to see: a decimal comma (`0,5`) and the
/// full-width characters a Chinese input method types (`，` `１` `：`).
///
/// They are added to an error's notes when the line it points at holds such a slip, since the
/// error itself (a count that does not match, "not a number", a missing `:`) rarely says why.
enum TypingHints {
    /// The notes for a line, in the order the slips are found; empty when it has none.
    static func notes(forLine line: Substring) -> [CatalogueText] {
        var notes: [CatalogueText] = []
        if let comma = decimalComma(in: line) {
            notes.append(CatalogueText(.checkDecimalCommaHint, ["comma": comma, "point": comma.replacing(",", with: ".")]))
        }
        var seen: [Character] = []
        for character in line where !seen.contains(character) {
            guard let ascii = asciiEquivalent(of: character) else { continue }
            seen.append(character)
            notes.append(CatalogueText(.checkFullWidthHint, ["character": String(character), "ascii": String(ascii)]))
        }
        return notes
    }

    /// The first `digit,digit` written without a space, as in `0,5`, with its digits around.
    static func decimalComma(in line: Substring) -> String? {
        let characters = Array(line)
        for index in characters.indices.dropFirst().dropLast() where characters[index] == "," {
            guard characters[index - 1].isASCIIDigit, characters[index + 1].isASCIIDigit else { continue }
            var start = index - 1
            while start > 0, characters[start - 1].isASCIIDigit || characters[start - 1] == "." { start -= 1 }
            var end = index + 1
            while end + 1 < characters.count, characters[end + 1].isASCIIDigit { end += 1 }
            return String(characters[start...end])
        }
        return nil
    }

    /// The ASCII character a full-width one stands for: `：` → `:`, `１` → `1`, the ideographic
    /// space → a space; nil for every other character.
    static func asciiEquivalent(of character: Character) -> Character? {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return nil }
        if scalar.value == 0x3000 { return " " }
        if scalar.value == 0x3001 || scalar.value == 0x3002 { return scalar.value == 0x3001 ? "," : "." }
        guard (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) else { return nil }
        return Character(ascii)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
