/// Bytes on their way out: one growing buffer that `print`, `print --json` and `export` write into,
/// handed to a drain (standard output, a test's collector) whenever it passes its threshold.
///
/// Text is appended as UTF-8 bytes and numbers are formatted straight into the buffer, so a
/// megabyte of output costs a few dozen system calls and no string per value. The bytes live in
/// memory of the buffer's own (`OutputStorage`), written in place: most appends are a few bytes
/// (a digit, `, `, ` = `), and an array's `append(contentsOf:)` cost more than the bytes did.
/// A copy of a buffer writes into the same storage; writers pass it `inout`, never copied.
public struct OutputBuffer {
    /// The bytes written and not yet drained.
    public var bytes: [UInt8] { storage.bytes }
    /// `flushIfFull()` drains once the buffer holds at least this many bytes.
    public let threshold: Int
    /// True once the drain refused bytes (a closed pipe, a full disk): nothing more is kept, and
    /// writers stop at their next line, so output nobody can receive is never computed.
    public private(set) var hasFailed = false
    private let drain: ([UInt8]) -> Bool
    private let storage: OutputStorage

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
        // Room for a full buffer and the line that crosses the threshold; a collecting buffer
        // (`text`) just grows.
        self.storage = OutputStorage(capacity: self.threshold <= 1 << 20 ? self.threshold + 4096 : 256)
    }

    /// The whole text a writer produces, for tests and for callers that want a `String`.
    public static func text(_ write: (inout OutputBuffer) -> Void) -> String {
        var buffer = OutputBuffer(threshold: Int.max / 2) { _ in }
        write(&buffer)
        return buffer.storage.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Drains the buffer when it holds at least `threshold` bytes; writers call it between lines.
    @inline(__always)
    public mutating func flushIfFull() {
        if storage.count >= threshold { flush() }
    }

    /// Hands everything buffered to the drain now.
    public mutating func flush() {
        guard storage.count > 0 else { return }
        if !hasFailed, !drain(storage.bytes) { hasFailed = true }
        storage.count = 0
    }

    /// Room for exactly `count` bytes at the end, which `body` must fill; then they are the
    /// buffer's. For formatters that know a value's length before writing it (right to left).
    @inline(__always)
    mutating func withRoom(_ count: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Void) {
        storage.reserve(count)
        body(UnsafeMutableBufferPointer(start: storage.base + storage.count, count: count))
        storage.count += count
    }

    /// One byte, e.g. `UInt8(ascii: ",")`.
    @inline(__always)
    public mutating func append(_ byte: UInt8) {
        storage.reserve(1)
        storage.base[storage.count] = byte
        storage.count += 1
    }

    /// A string's UTF-8 bytes.
    @inline(__always)
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { storage.append($0) }
    }

    /// A substring's UTF-8 bytes.
    public mutating func append(_ text: Substring) {
        var text = text
        text.withUTF8 { storage.append($0) }
    }

    /// A literal's UTF-8 bytes, without making a `String`.
    @inline(__always)
    public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { storage.append($0) }
    }

    /// Bytes already encoded as UTF-8, in an array (a prepared template's text, a value): the
    /// common case, without the generic path's cost in another module.
    public mutating func append(bytes more: [UInt8]) {
        more.withUnsafeBufferPointer { storage.append($0) }
    }

    /// Bytes already encoded as UTF-8.
    @inline(__always)
    public mutating func append(bytes more: some Sequence<UInt8>) {
        if more.withContiguousStorageIfAvailable({ storage.append($0) }) == nil {
            for byte in more { append(byte) }
        }
    }

    /// A whole number in decimal with an ASCII minus, e.g. `-42`.
    public mutating func append(_ integer: Int) {
        if integer < 0 { append(UInt8(ascii: "-")) }
        appendDigits(UInt64(integer.magnitude))
    }

    /// A count with its digits in groups of three, e.g. `2,408,448`, as `print` writes counts:
    /// the same digits `GroupedDigits` gives, without building a string.
    public mutating func append(grouped integer: Int) {
        if integer < 0 { append(UInt8(ascii: "-")) }
        let magnitude = UInt64(integer.magnitude)
        guard magnitude >= 1000 else { return appendDigits(magnitude) }
        let digits = DecimalDigits.count(magnitude)
        let length = digits + (digits - 1) / 3
        // Written right to left in place: a separator before every third digit from the right.
        withRoom(length) { buffer in
            var index = length
            var rest = magnitude
            var written = 0
            repeat {
                if written > 0, written % 3 == 0 {
                    index -= 1
                    buffer[index] = UInt8(ascii: ",")
                }
                index -= 1
                buffer[index] = UInt8(truncatingIfNeeded: rest % 10) &+ UInt8(ascii: "0")
                rest /= 10
                written += 1
            } while rest > 0
        }
    }

    /// The digits of a magnitude, without sign or padding.
    @inline(__always)
    mutating func appendDigits(_ magnitude: UInt64) {
        let count = DecimalDigits.count(magnitude)
        withRoom(count) { DecimalDigits.write(magnitude, endingBefore: count, in: $0) }
    }
}

/// The memory an `OutputBuffer` writes into: a block of bytes of its own that grows by doubling.
final class OutputStorage {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    /// How many bytes at the start are written.
    var count = 0

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// The written bytes as an array (for the drain, which takes them as one).
    var bytes: [UInt8] { withBytes { Array($0) } }

    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Makes room for `more` bytes after the written ones.
    @inline(__always)
    func reserve(_ more: Int) {
        if count + more > capacity { grow(toHold: count + more) }
    }

    @inline(__always)
    func append(_ more: UnsafeBufferPointer<UInt8>) {
        guard let source = more.baseAddress, more.count > 0 else { return }
        reserve(more.count)
        if more.count <= 16 {
            // A few bytes: copied one by one, cheaper than a call to `memcpy`.
            for offset in 0..<more.count { base[count + offset] = source[offset] }
        } else {
            (base + count).initialize(from: source, count: more.count)
        }
        count += more.count
    }

    private func grow(toHold needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
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
