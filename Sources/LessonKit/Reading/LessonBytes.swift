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
    /// True when the bytes are in memory of the program's own; false for a mapping of a file,
    /// whose bytes change when the file is written in place, and may vanish when it is shortened.
    public let isOwnCopy: Bool
    /// Gives the memory back: frees our own copy, or unmaps the file.
    private let release: @Sendable (UnsafeBufferPointer<UInt8>) -> Void
    /// Whether the bytes are still the file's as they were when it was opened (a mapped file
    /// that was shortened meanwhile reads zeros where its lost pages were).
    private let intact: @Sendable (UnsafeBufferPointer<UInt8>) -> Bool

    /// A copy of `bytes` in memory of its own. (The copy is made inside the array's own access:
    /// a pointer taken out of it would outlive the array, which may be freed at its last use.)
    public convenience init(_ bytes: [UInt8]) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 1)
        bytes.withUnsafeBytes { copy.copyMemory(from: $0) }
        self.init(adopting: UnsafeBufferPointer(copy.bindMemory(to: UInt8.self)), ownCopy: true) { $0.deallocate() }
    }

    /// A copy of the bytes in `source` (valid for the call) in memory of its own.
    public convenience init(copying source: UnsafeRawBufferPointer) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: source.count, alignment: 1)
        copy.copyMemory(from: source)
        self.init(adopting: UnsafeBufferPointer(copy.bindMemory(to: UInt8.self)), ownCopy: true) { $0.deallocate() }
    }

    /// Takes ownership of memory that `release` gives back (a file mapping, for one); `intact`
    /// answers whether the bytes are still whole. `ownCopy` says the memory is the program's own,
    /// which no file change can reach.
    public init(
        adopting buffer: UnsafeBufferPointer<UInt8>,
        ownCopy: Bool = false,
        release: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Void,
        intact: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Bool = { _ in true }
    ) {
        self.buffer = buffer
        self.isOwnCopy = ownCopy
        self.release = release
        self.intact = intact
    }

    deinit { release(buffer) }

    /// These bytes if they are the program's own, else a copy of them that no file change can
    /// reach: for keeping a lesson's text as it was read.
    public var ownCopy: LessonBytes {
        isOwnCopy ? self : LessonBytes(copying: UnsafeRawBufferPointer(buffer))
    }

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
