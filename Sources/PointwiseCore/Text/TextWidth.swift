/// How many terminal columns text takes, without asking the terminal or the C library.
///
/// The layout is a pure function, so it cannot call `wcwidth` (which depends on the process
/// locale). The width of each scalar comes from `UnicodeWidthTable`, generated from Unicode's
/// own data by `scripts/generate-width-table.py` (it agrees with glibc's `wcwidth` on every
/// scalar glibc knows; `UnicodeWidthTests` checks that). A cluster is measured as terminals draw
/// it: an emoji cluster (a flag, a ZWJ or modifier sequence, a base with U+FE0F) is two columns;
/// any other cluster is the sum of its scalars, so a prepended mark such as U+0600 keeps its own
/// column and never hides the character after it.
public enum TextWidth {
    /// Columns taken by one character (a grapheme cluster), as terminals draw it.
    public static func columns(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // Most of a frame is digits, letters, box drawing and arrows: answer those without the
        // table lookup, which dominated the cost of drawing a frame.
        if isNarrowWithoutLookup(first), scalars.count == 1 { return 1 }
        if let emoji = emojiColumns(scalars) { return emoji }
        var total = 0
        for scalar in scalars { total += columns(of: scalar) }
        return total
    }

    /// Columns taken by one scalar on its own: 0, 1 or 2 (controls count 0: they are never drawn).
    public static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if value < 0xA0 { return 0 }
        if value < 0x300 { return 1 }
        if contains(UnicodeWidthTable.zeroWidth, value) { return 0 }
        if value >= 0x1100, contains(UnicodeWidthTable.wide, value) { return 2 }
        return 1
    }

    /// True for a Grapheme_Cluster_Break=Prepend scalar (U+0600–0605, U+06DD, U+070F, U+110BD…):
    /// Unicode joins it to the next character, terminals draw it in a column of its own.
    public static func isPrepended(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x600 && contains(UnicodeWidthTable.prepend, scalar.value)
    }

    /// The parts a terminal draws a cluster as, each in cells of its own, or nil when the cluster
    /// is drawn as one (most are: a letter with its marks, an emoji sequence, a wide character).
    ///
    /// A cluster whose scalars each take columns — a prepended mark and the letter after it
    /// (`U+0600 L`), a letter and a spacing vowel sign — is drawn by terminals scalar by scalar;
    /// one screen cell holds one part: a scalar that takes columns and the zero-width ones after it.
    public static func drawingUnits(of character: Character) -> [String]? {
        let scalars = character.unicodeScalars
        guard scalars.count > 1, emojiColumns(scalars) == nil else { return nil }
        var units: [String] = []
        for scalar in scalars {
            if columns(of: scalar) > 0 || units.isEmpty {
                units.append(String(scalar))
            } else {
                units[units.count - 1].unicodeScalars.append(scalar)
            }
        }
        return units.count > 1 ? units : nil
    }

    /// Two columns for an emoji cluster drawn as one picture, nil for any other cluster.
    ///
    /// A pair of regional indicators is a flag; an Extended_Pictographic base followed by U+FE0F,
    /// a zero-width joiner or a skin-tone modifier is one emoji. A lone regional indicator is a
    /// letter-like box, one column, as `wcwidth` says.
    private static func emojiColumns(_ scalars: Character.UnicodeScalarView) -> Int? {
        guard let first = scalars.first, first.value >= 0x203C else { return nil }
        let value = first.value
        if (0x1F1E6...0x1F1FF).contains(value) { return scalars.count >= 2 ? 2 : 1 }
        guard scalars.count > 1, contains(UnicodeWidthTable.extendedPictographic, value) else { return nil }
        for scalar in scalars.dropFirst() {
            switch scalar.value {
            case 0xFE0F, 0x200D, 0x1F3FB...0x1F3FF: return 2
            default: continue
            }
        }
        return nil
    }

    /// Columns taken by a string; text of simple narrow scalars (most of a frame: digits, box
    /// drawing, arrows) is counted on its bytes, without decoding characters.
    public static func columns(of text: String) -> Int {
        measure(text).columns
    }

    /// Columns taken by a string, and whether it is all simple narrow scalars (one column each,
    /// `simpleNarrowCount`): a caller that keeps the answer can have the screen draw the text
    /// without scanning it again.
    public static func measure(_ text: String) -> (columns: Int, isSimpleNarrow: Bool) {
        var utf8 = text
        if let count = utf8.withUTF8({ bytes in simpleNarrowCount(utf8: bytes) }) { return (count, true) }
        return (columns(of: text[...]), false)
    }

    /// The number of scalars in UTF-8 text when every one is printable, narrow and known without
    /// a lookup (`isNarrowWithoutLookup`), so each is a one-column character of its own; nil
    /// otherwise.
    ///
    /// One pass over the bytes: the screen measures and draws thousands of short strings a frame,
    /// and finding their characters (or even their scalars) through `String` cost more than the
    /// drawing itself. The text is valid UTF-8 (a `String`'s), so a lead byte gives the length.
    public static func simpleNarrowCount(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        var count = 0
        let end = bytes.count
        while index < end {
            let lead = bytes[index]
            let length = utf8Length(lead: lead)
            guard length > 0, index + length <= end else { return nil }
            if length == 1 {
                guard lead >= 0x20, lead < 0x7F else { return nil }
            } else {
                guard length < 4, isNarrowWithoutLookup(scalarValue(bytes, at: index, length: length)) else { return nil }
            }
            index += length
            count += 1
        }
        return count
    }

    /// The length of the UTF-8 sequence a byte starts: 1–4, or 0 for a continuation byte.
    public static func utf8Length(lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead < 0xC0 { return 0 }
        if lead < 0xE0 { return 2 }
        return lead < 0xF0 ? 3 : 4
    }

    /// The scalar value of the UTF-8 sequence of `length` (2 or 3) bytes at `index`.
    private static func scalarValue(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt32 {
        if length == 2 { return UInt32(bytes[index] & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F) }
        return UInt32(bytes[index] & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
    }

    /// Columns taken by a string, as shown (unsafe characters as `InertText`'s stand-ins).
    public static func columns(of text: some StringProtocol) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        if isSimpleNarrow(text) { return text.unicodeScalars.count }
        var total = 0
        for character in text { total += shownColumns(of: character) }
        return total
    }

    /// Columns the character takes as shown: itself when safe, else `InertText`'s stand-in.
    public static func shownColumns(of character: Character) -> Int {
        InertText.isSafe(character) ? columns(of: character) : InertText.shown(character).utf8.count
    }

    /// The longest prefix of `text` that fits in `width` columns, never cutting a wide character.
    public static func prefix(of text: String, fitting width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let columns = shownColumns(of: character)
            if used + columns > width { break }
            result.append(character)
            used += columns
        }
        return result
    }

    /// True when every scalar of the text is a printable narrow one known without a lookup
    /// (ASCII, Latin, punctuation, arrows, math, box drawing).
    ///
    /// None of these combines with its neighbours, so each scalar is then a character of its own,
    /// one column wide: such text, most of every frame, is measured and drawn scalar by scalar,
    /// without the cost of finding character boundaries.
    public static func isSimpleNarrow(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy(isNarrowWithoutLookup)
    }

    /// Printable scalars known to take one column and never to combine: ASCII, Latin-1 to
    /// spacing modifiers (short of the soft hyphen's neighbours nothing there is special), general
    /// punctuation before the line separators, arrows and mathematical operators, box drawing
    /// and geometric shapes (short of the two wide squares at U+25FD).
    private static func isNarrowWithoutLookup(_ scalar: Unicode.Scalar) -> Bool {
        isNarrowWithoutLookup(scalar.value)
    }

    /// `isNarrowWithoutLookup` of a scalar value.
    private static func isNarrowWithoutLookup(_ value: UInt32) -> Bool {
        switch value {
        case 0x20..<0x7F, 0xA0..<0x300, 0x2010...0x2027, 0x2190...0x22FF, 0x2500...0x25FC: return true
        default: return false
        }
    }

    /// Binary search of sorted, disjoint closed ranges.
    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound { high = middle - 1 } else if value > range.upperBound { low = middle + 1 } else { return true }
        }
        return false
    }
}
