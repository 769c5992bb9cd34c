import Testing

@testable import LessonKit

/// The reader's byte scans (32 bytes a step, then 8, then one) against the plain byte-by-byte
/// answer: a line break, a control character, a DEL or a non-ASCII byte at any offset, on either
/// side of a step's edge, must be found exactly where it is, and never past `end`.
@Suite("Byte scans find the first byte of interest wherever it lies")
struct ByteScanTests {
    /// Printable ASCII of `length` bytes with `byte` put at `position` (when it is inside).
    private static func text(length: Int, byte: UInt8, at position: Int) -> [UInt8] {
        var bytes = (0..<length).map { UInt8(0x20 + ($0 * 7) % 0x5F) }
        if position < length { bytes[position] = byte }
        return bytes
    }

    @Test("every offset and every kind of byte, from several starts and to several ends")
    func agreesWithOneByteAtATime() {
        let special: [UInt8] = [0x0A, 0x00, 0x09, 0x1F, 0x7F, 0x80, 0xC3, 0xFF]
        for length in [0, 1, 7, 8, 31, 32, 33, 64, 95, 100] {
            for byte in special {
                for position in 0...length {
                    let bytes = Self.text(length: length, byte: byte, at: position)
                    for start in Set([0, 1, 5, min(length, 33)]) where start <= length {
                        for end in Set([length, max(start, length - 3)]) where end >= start {
                            bytes.withUnsafeBufferPointer { buffer in
                                let newline = (start..<end).first { bytes[$0] == 0x0A } ?? end
                                let printable = (start..<end).first { bytes[$0] < 0x20 || bytes[$0] >= 0x7F } ?? end
                                let ascii = (start..<end).first { bytes[$0] >= 0x80 } ?? end
                                #expect(ByteScan.newline(in: buffer, from: start, to: end) == newline)
                                #expect(ByteScan.printableASCIIEnd(in: buffer, from: start, to: end) == printable)
                                #expect(ByteScan.asciiEnd(in: buffer, from: start, to: end) == ascii)
                            }
                        }
                    }
                }
            }
        }
    }
}
