/// How many terminal columns text takes, without asking the terminal or the C library.
///
/// The layout is a pure function, so it cannot call `wcwidth` (which depends on the process
/// locale). This follows Unicode's East Asian Width: wide and fullwidth characters (CJK
/// ideographs, kana, Hangul, fullwidth forms, most emoji) take two columns, combining marks and
/// zero-width characters none, everything else one.
public enum TextWidth {
    /// Columns taken by one character (a grapheme cluster): 0, 1 or 2.
    public static func columns(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        // Most of a frame is digits, letters, box drawing and arrows: answer those without the
        // Unicode property lookup, which dominated the cost of drawing a frame.
        if isNarrowWithoutLookup(first), character.unicodeScalars.count == 1 { return 1 }
        if isZeroWidth(first) { return 0 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return isWide(first) ? 2 : 1
    }

    /// Columns taken by a string; printable ASCII is counted without decoding characters.
    public static func columns(of text: String) -> Int {
        var utf8 = text
        return utf8.withUTF8 { bytes in
            bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } ? bytes.count : columns(of: text[...])
        }
    }

    /// Columns taken by a string.
    public static func columns(of text: some StringProtocol) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        if isSimpleNarrow(text) { return text.unicodeScalars.count }
        var total = 0
        for character in text { total += columns(of: displayable(character)) }
        return total
    }

    /// The character itself when it is safe to show, else a visible stand-in.
    ///
    /// Control characters (C0, DEL, C1) would move the cursor or start an escape sequence, so they
    /// never reach the terminal: a tab becomes a space and the others a replacement mark.
    public static func displayable(_ character: Character) -> Character {
        guard let first = character.unicodeScalars.first else { return character }
        let value = first.value
        if value == 0x09 { return " " }
        if value < 0x20 || (0x7F...0x9F).contains(value) { return "\u{FFFD}" }
        return character
    }

    /// The longest prefix of `text` that fits in `width` columns, never cutting a wide character.
    public static func prefix(of text: String, fitting width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let columns = columns(of: displayable(character))
            if used + columns > width { break }
            result.append(character)
            used += columns
        }
        return result
    }

    /// Printable scalars known to take one column: ASCII, Latin-1 to spacing modifiers, general
    /// punctuation before the line separators, arrows and mathematical operators, box drawing
    /// and geometric shapes (short of the two wide squares at U+25FD).
    /// True when every scalar of the text is a printable narrow one known without a lookup
    /// (ASCII, Latin, punctuation, arrows, math, box drawing).
    ///
    /// None of these combines with its neighbours, so each scalar is then a character of its own,
    /// one column wide: such text, most of every frame, is measured and drawn scalar by scalar,
    /// without the cost of finding character boundaries.
    public static func isSimpleNarrow(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy(isNarrowWithoutLookup)
    }

    /// `isSimpleNarrow` for a `String`, with printable ASCII checked on its bytes (a frame draws
    /// thousands of short strings, and the generic version is not specialised across modules).
    public static func isSimpleNarrow(_ text: String) -> Bool {
        var text = text
        let isPrintableASCII = text.withUTF8 { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
        return isPrintableASCII || text.unicodeScalars.allSatisfy(isNarrowWithoutLookup)
    }

    private static func isNarrowWithoutLookup(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0xA0..<0x300, 0x2010...0x2027, 0x2190...0x22FF, 0x2500...0x25FC: return true
        default: return false
        }
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return scalar.value != 0x00AD
        default: return scalar.value == 0x200B
        }
    }

    /// Wide (W) and fullwidth (F) ranges of Unicode's EastAsianWidth.txt, merged and simplified.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F251, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
        0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0,
        0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC,
        0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A,
        0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
        0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6EB...0x1F6EC,
        0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F93A, 0x1F93C...0x1F945,
        0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1100 { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound { high = middle - 1 } else if value > range.upperBound { low = middle + 1 } else { return true }
        }
        return false
    }
}
