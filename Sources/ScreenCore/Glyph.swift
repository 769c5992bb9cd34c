/// What one screen cell shows, kept inline as plain bits: the UTF-8 of a grapheme cluster of up
/// to 7 bytes, or the number of a longer cluster kept beside the screen.
///
/// A frame is tens of thousands of cells built afresh for every key press; a cell that held a
/// `String` made every copy, comparison and release of the screen touch a reference count. Bits
/// are copied, compared and freed as memory (see docs/DECISIONS.md, "cells are plain bits").
/// Almost every cluster on screen is one to four bytes; longer ones (a letter with marks, an
/// emoji with a modifier) are rare enough to live in `Screen`'s side list. One word rather than
/// two: a key press writes a whole frame of cells and compares it with the last, and after the
/// learner's pause that memory is cold, so every byte of a cell costs time.
struct Glyph: Hashable, Sendable {
    /// The UTF-8 in bytes 0–6 (or the side list's index, for a long cluster), and in the top
    /// byte the length (or `longMark`).
    private var bits: UInt64

    /// The most UTF-8 bytes kept inline.
    static let inlineCapacity = 7
    private static let longMark: UInt64 = 0xFF

    /// The empty glyph: the continuation cell of a wide character.
    static let empty = Glyph(bits: 0)
    /// One space, the blank cell.
    static let space = Glyph(scalar: " ")

    private init(bits: UInt64) {
        self.bits = bits
    }

    /// One scalar, encoded straight into the bits (no string is made).
    init(scalar: Unicode.Scalar) {
        var bits: UInt64 = 0
        var count = 0
        for unit in scalar.utf8 {
            bits |= UInt64(unit) << (8 * UInt64(count))
            count += 1
        }
        self.init(bits: bits | UInt64(count) << 56)
    }

    /// One ASCII character, from its byte.
    init(ascii byte: UInt8) {
        self.init(bits: UInt64(byte) | 1 << 56)
    }

    /// The one- to four-byte UTF-8 of a single scalar, from `bytes` at `index` (no string is made).
    init(utf8 bytes: UnsafeBufferPointer<UInt8>, at index: Int, count: Int) {
        var bits: UInt64 = 0
        for offset in 0..<count { bits |= UInt64(bytes[index + offset]) << (8 * UInt64(offset)) }
        self.init(bits: bits | UInt64(count) << 56)
    }

    /// A cluster of at most `inlineCapacity` bytes, inline; nil for a longer one.
    init?(inline text: String) {
        var bits: UInt64 = 0
        var count = 0
        for unit in text.utf8 {
            guard count < Self.inlineCapacity else { return nil }
            bits |= UInt64(unit) << (8 * UInt64(count))
            count += 1
        }
        self.init(bits: bits | UInt64(count) << 56)
    }

    /// A long cluster: its place in the screen's side list.
    init(longIndex: Int) {
        self.init(bits: UInt64(truncatingIfNeeded: longIndex) & 0x00FF_FFFF_FFFF_FFFF | Self.longMark << 56)
    }

    /// The side list's index of a long cluster, or nil for an inline one.
    var longIndex: Int? { bits >> 56 == Self.longMark ? Int(bits & 0x00FF_FFFF_FFFF_FFFF) : nil }

    /// UTF-8 bytes kept inline (0 for a continuation cell and for a long cluster).
    var inlineCount: Int { longIndex == nil ? Int(bits >> 56) : 0 }

    /// True for the continuation cell of a wide character.
    var isEmpty: Bool { bits == 0 }

    /// The byte of a one-byte printable ASCII glyph (space to `~`), or nil: one subtraction and
    /// one comparison, for the terminal edge's runs of plain text.
    var printableASCII: UInt8? {
        bits &- (1 << 56 | 0x20) < 0x7F - 0x20 ? UInt8(truncatingIfNeeded: bits) : nil
    }

    /// The inline byte at a position below `inlineCount`.
    func byte(_ index: Int) -> UInt8 { UInt8(truncatingIfNeeded: bits >> (8 * UInt64(index))) }

    /// The inline cluster as a string (empty for a long one: ask the screen).
    var inlineString: String {
        let count = inlineCount
        return String(unsafeUninitializedCapacity: count) { buffer in
            for index in 0..<count { buffer[index] = byte(index) }
            return count
        }
    }

    /// Appends the inline cluster's scalars (decoded from its UTF-8, which came from a `String`
    /// and so is valid) to `scalars`.
    func appendScalars(to scalars: inout [UInt32]) {
        let count = inlineCount
        var index = 0
        while index < count {
            let lead = UInt32(byte(index))
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            var value = length == 1 ? lead : lead & (0x7F >> UInt32(length))
            for offset in 1..<max(1, min(length, count - index)) { value = value << 6 | UInt32(byte(index + offset) & 0x3F) }
            scalars.append(value)
            index += length
        }
    }
}
