/// Bytes on their way out: one growing buffer that `print`, `print --json` and `export` write into,
/// handed to a drain (standard output, a test's collector) whenever it passes its threshold.
///
/// Text is appended as UTF-8 bytes and numbers are formatted straight into the buffer, so a
/// megabyte of output costs a few dozen system calls and no string per value.
public struct OutputBuffer {
    /// The bytes written and not yet drained.
    public private(set) var bytes: [UInt8]
    /// `flushIfFull()` drains once the buffer holds at least this many bytes.
    public let threshold: Int
    /// True once the drain refused bytes (a closed pipe, a full disk): nothing more is kept, and
    /// writers stop at their next line, so output nobody can receive is never computed.
    public private(set) var hasFailed = false
    private let drain: ([UInt8]) -> Bool

    /// A buffer that hands its bytes to `drain` in pieces of about `threshold` bytes.
    public init(threshold: Int = 1 << 16, drain: @escaping ([UInt8]) -> Void) {
        self.init(
            threshold: threshold,
            answeringDrain: {
                drain($0); return true
            })
    }

    /// A buffer whose `drain` answers false when it could not take the bytes (a closed pipe, a
    /// full disk); from then on the buffer is failed (`hasFailed`) and drops what is appended.
    public static func failable(threshold: Int = 1 << 16, drain: @escaping ([UInt8]) -> Bool) -> OutputBuffer {
        OutputBuffer(threshold: threshold, answeringDrain: drain)
    }

    private init(threshold: Int, answeringDrain drain: @escaping ([UInt8]) -> Bool) {
        self.threshold = max(1, threshold)
        self.drain = drain
        self.bytes = []
        // Room for a full buffer and the line that crosses the threshold; a collecting buffer
        // (`text`) just grows.
        bytes.reserveCapacity(self.threshold <= 1 << 20 ? self.threshold + 4096 : 256)
    }

    /// The whole text a writer produces, for tests and for callers that want a `String`.
    public static func text(_ write: (inout OutputBuffer) -> Void) -> String {
        var buffer = OutputBuffer(threshold: Int.max / 2) { _ in }
        write(&buffer)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    /// Drains the buffer when it holds at least `threshold` bytes; writers call it between lines.
    @inline(__always)
    public mutating func flushIfFull() {
        if bytes.count >= threshold { flush() }
    }

    /// Hands everything buffered to the drain now.
    public mutating func flush() {
        guard !bytes.isEmpty else { return }
        if !hasFailed, !drain(bytes) { hasFailed = true }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Lets a formatter append to the bytes directly.
    @inline(__always)
    mutating func withBytes(_ body: (inout [UInt8]) -> Void) {
        body(&bytes)
    }

    /// One byte, e.g. `UInt8(ascii: ",")`.
    @inline(__always)
    public mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// A string's UTF-8 bytes.
    @inline(__always)
    public mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A substring's UTF-8 bytes.
    public mutating func append(_ text: Substring) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A literal's UTF-8 bytes, without making a `String`.
    @inline(__always)
    public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Bytes already encoded as UTF-8.
    @inline(__always)
    public mutating func append(bytes more: some Sequence<UInt8>) {
        bytes.append(contentsOf: more)
    }

    /// A whole number in decimal with an ASCII minus, e.g. `-42`.
    public mutating func append(_ integer: Int) {
        if integer < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(UInt64(integer.magnitude))
    }

    /// A count with its digits in groups of three, e.g. `2,408,448`, as `print` writes counts:
    /// the same digits `GroupedDigits` gives, without building a string.
    public mutating func append(grouped integer: Int) {
        if integer < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = UInt64(integer.magnitude)
        guard magnitude >= 1000 else { return appendDigits(magnitude) }
        // At most 20 digits and 6 separators, written right to left on the stack.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 26) { buffer in
            var index = 26
            var rest = magnitude
            var digits = 0
            repeat {
                if digits > 0, digits % 3 == 0 {
                    index -= 1
                    buffer[index] = UInt8(ascii: ",")
                }
                index -= 1
                buffer[index] = UInt8(truncatingIfNeeded: rest % 10) &+ UInt8(ascii: "0")
                rest /= 10
                digits += 1
            } while rest > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<26]))
        }
    }

    /// The digits of a magnitude, without sign or padding.
    @inline(__always)
    mutating func appendDigits(_ magnitude: UInt64) {
        // At most 20 digits, written right to left on the stack, then appended in one piece.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            let first = DecimalDigits.write(magnitude, endingBefore: 20, in: buffer)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[first..<20]))
        }
    }
}

/// Decimal digits of unsigned integers, counted and written without allocating.
enum DecimalDigits {
    /// How many decimal digits `value` has (1 for 0).
    @inline(__always)
    static func count(_ value: UInt64) -> Int {
        var count = 1
        var rest = value
        while rest >= 10_000 { rest /= 10_000; count += 4 }
        while rest >= 10 { rest /= 10; count += 1 }
        return count
    }

    /// Writes the digits of `value` so that its last digit lands just before `end`; returns the
    /// index of its first digit. Positions to the left are not touched.
    @inline(__always)
    @discardableResult
    static func write(_ value: UInt64, endingBefore end: Int, in buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var index = end
        var rest = value
        repeat {
            index -= 1
            buffer[index] = UInt8(truncatingIfNeeded: rest % 10) &+ UInt8(ascii: "0")
            rest /= 10
        } while rest > 0
        return index
    }
}
