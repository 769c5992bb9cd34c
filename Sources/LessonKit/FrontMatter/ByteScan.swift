import Glibc

/// Scans of a file's bytes many at a time, for the few questions the reader asks of every byte.
///
/// A lesson is nearly all printable ASCII on long lines (a layer written out is a few lines of
/// thousands of bytes each), so finding the next line break or the next byte that needs a closer
/// look one word at a time makes the per-byte cost a fraction of an instruction.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The offset of the first `\n` at or after `start` (before `end`), or `end`.
    ///
    /// libc's `memchr` reads a vector register of bytes per step: for the lines of the 1.0 MB
    /// explicit-number lesson, 1.65 M instructions with a word at a time, 0.11 M with it.
    static func newline(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = buffer.baseAddress, start < end else { return start }
        guard let found = memchr(base + start, 0x0A, end - start) else { return end }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// The offset of the first byte at or after `start` (before `end`) that is not printable
    /// ASCII (`0x20…0x7E`): a line break, a control character or part of a non-ASCII character.
    static func printableASCIIEnd(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        if let base = buffer.baseAddress {
            // Thirty-two bytes a step in a vector register: a byte outside 0x20…0x7E is one that,
            // less 0x20, is 0x5F or more (bytes below 0x20 wrap round to 0xE0 and up).
            let low = SIMD32<UInt8>(repeating: 0x20)
            while index + 32 <= end {
                let bytes = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD32<UInt8>.self)
                if (bytes &- low).max() >= 0x5F { break }
                index += 32
            }
            while index + 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // A high bit in any term: a byte ≥ 0x80, a byte < 0x20, or a byte 0x7F. Borrows
                // only start at such a byte, so the answer is exact as a yes or no.
                let outside = word | (word &- ones &* 0x20) | ((word ^ (ones &* 0x7F)) &- ones)
                if outside & highBits != 0 { break }
                index += 8
            }
        }
        while index < end, buffer[index] >= 0x20, buffer[index] < 0x7F { index += 1 }
        return index
    }

    /// The offset of the first byte at or after `start` (before `end`) that is not ASCII (`≥ 0x80`).
    static func asciiEnd(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        if let base = buffer.baseAddress {
            while index + 32 <= end, UnsafeRawPointer(base + index).loadUnaligned(as: SIMD32<UInt8>.self).max() < 0x80 { index += 32 }
            while index + 8 <= end, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & highBits == 0 { index += 8 }
        }
        while index < end && buffer[index] < 0x80 { index += 1 }
        return index
    }
}
