/// Scans of a file's bytes eight at a time, for the few questions the reader asks of every byte.
///
/// A lesson is nearly all printable ASCII on long lines (a layer written out is a few lines of
/// thousands of bytes each), so finding the next line break or the next byte that needs a closer
/// look one word at a time makes the per-byte cost a fraction of an instruction.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The offset of the first `\n` at or after `start` (before `end`), or `end`.
    static func newline(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        if let base = buffer.baseAddress {
            while index + 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ (ones &* 0x0A)
                // A zero byte in `word` is a `\n` in the text (exact as a yes or no).
                if (word &- ones) & ~word & highBits != 0 { break }
                index += 8
            }
        }
        while index < end && buffer[index] != UInt8(ascii: "\n") { index += 1 }
        return index
    }

    /// The offset of the first byte at or after `start` (before `end`) that is not printable
    /// ASCII (`0x20…0x7E`): a line break, a control character or part of a non-ASCII character.
    static func printableASCIIEnd(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        if let base = buffer.baseAddress {
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
            while index + 8 <= end, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & highBits == 0 { index += 8 }
        }
        while index < end && buffer[index] < 0x80 { index += 1 }
        return index
    }
}
