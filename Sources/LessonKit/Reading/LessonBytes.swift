/// A lesson file's bytes, held in memory of their own or in a mapping of the file.
///
/// The reader works on these bytes in place from the first line to the last, and a result keeps
/// them to show source lines under its messages. A big file is best mapped rather than copied:
/// copying a 1 MB lesson costs 250 fresh pages of memory, most of its reading time on a virtual
/// machine, while a mapping uses the pages the system already caches for the file. The terminal
/// edge makes the mappings (and knows when a file was shortened under one: `isIntact`); the core
/// only reads the bytes, whoever owns them.
public final class LessonBytes: @unchecked Sendable {
    // Never written after init: the bytes are read-only to every reader, from any thread.
    /// The bytes, valid while this object lives.
    public let buffer: UnsafeBufferPointer<UInt8>
    /// Gives the memory back: frees our own copy, or unmaps the file.
    private let release: @Sendable (UnsafeBufferPointer<UInt8>) -> Void
    /// Whether the bytes are still the file's as they were when it was opened (a mapped file
    /// that was shortened meanwhile reads zeros where its lost pages were).
    private let intact: @Sendable (UnsafeBufferPointer<UInt8>) -> Bool

    /// A copy of `bytes` in memory of its own.
    public convenience init(_ bytes: [UInt8]) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = copy.initialize(from: bytes)
        self.init(adopting: UnsafeBufferPointer(copy)) { $0.deallocate() }
    }

    /// Takes ownership of memory that `release` gives back (a file mapping, for one); `intact`
    /// answers whether the bytes are still whole.
    public init(
        adopting buffer: UnsafeBufferPointer<UInt8>,
        release: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Void,
        intact: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Bool = { _ in true }
    ) {
        self.buffer = buffer
        self.release = release
        self.intact = intact
    }

    deinit { release(buffer) }

    /// How many bytes there are.
    public var count: Int { buffer.count }

    /// False when the file was shortened while it was mapped and read: what was read from it
    /// may be partly zeros, so it should be read again.
    public var isIntact: Bool { intact(buffer) }

    /// The byte at `index`, checked against the bounds as an array's subscript is.
    @inlinable
    public subscript(index: Int) -> UInt8 {
        // One unsigned comparison, as an array's check: a negative index wraps to a huge one.
        precondition(UInt(bitPattern: index) < UInt(bitPattern: buffer.count), "byte offset out of range")
        return buffer[index]
    }

    /// The bytes in `range`, checked against the bounds, without a copy.
    @inlinable
    public subscript(range: Range<Int>) -> Slice<UnsafeBufferPointer<UInt8>> {
        precondition(range.lowerBound >= 0 && range.upperBound <= buffer.count, "byte range out of range")
        return buffer[range]
    }

    /// The bytes from `start` to the end, without a copy.
    @inlinable
    public subscript(range: PartialRangeFrom<Int>) -> Slice<UnsafeBufferPointer<UInt8>> {
        self[range.lowerBound..<buffer.count]
    }
}
