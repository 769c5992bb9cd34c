import PointwiseCore

/// The front matter's bytes, where each of its lines starts, and the values of every list of
/// numbers read from it, shared by those lists, so a value's line and column are worked out only
/// when a message needs them.
///
/// The values of all the lists sit one list after another in shared arrays (`YAMLNumberValues`;
/// each list is a range of them), not in arrays of each list's own: a tensor written a row per
/// line is thousands of lists, and making and freeing their arrays was a fifth of `check`.
///
/// Each top-level key's lists have a store of their own (`startStore`), so a tensor written out
/// under `input:` is exactly one store's values, in order: the tensor keeps that store's units
/// as its own (`YAMLNumberValues.bringAll(toScale:)`), with no copy and no new memory.
final class YAMLSource: @unchecked Sendable {
    // Written only by the reader while it reads, before any node leaves it.
    let bytes: LessonBytes
    let firstLine: Int
    /// Byte offset of every line read so far, in order.
    var lineStarts: [Int] = []
    /// The lists' values, a store per top-level key, each list's values one after another.
    var stores: [YAMLNumberValues]
    /// Where the front matter ends, to size a store's room from where its key starts.
    private let end: Int
    /// Values' room reserved so far, and the most all stores may reserve: twice the first
    /// store's, so a front matter of many keys never reserves much more than one of few.
    private var roomGiven: Int
    private let roomBudget: Int

    /// Sources for the front matter in `bytes[start..<end]`.
    ///
    /// Room is made at once for a value every five bytes of text (`0.73, ` is six): growing by
    /// doubling would copy the values and, while it copies, hold them twice. More values than
    /// that (`1,1,1,…`) grow the arrays as usual. Room for a value every two bytes, the most the
    /// text could hold, cost a hostile file of 1.5 million one-line values 37 MB more at its peak.
    init(bytes: LessonBytes, start: Int, end: Int, firstLine: Int) {
        self.bytes = bytes
        self.firstLine = firstLine
        self.end = end
        let room = max(0, end - start) / 5 + 1
        var first = YAMLNumberValues()
        first.reserve(room)
        stores = [first]
        roomGiven = room
        roomBudget = 2 * room
    }

    /// Starts a new store for the lists of the top-level key whose value is read from `offset`
    /// on; a store that nothing was read into yet is kept for it instead. Its room is a value
    /// every five bytes of the rest of the front matter, within what is left of the budget
    /// (memory never written is never given pages, so a large reservation costs nothing).
    func startStore(at offset: Int) {
        guard let last = stores.last, last.count > 0 else { return }
        let room = min(max(0, end - offset) / 5 + 1, max(0, roomBudget - roomGiven))
        roomGiven += room
        var store = YAMLNumberValues()
        store.reserve(room)
        stores.append(store)
    }

    /// The file location of a byte offset, with the column counted in Characters as the reader
    /// counts it. Numbers start right after ASCII punctuation or spaces, so the offset is always
    /// at the start of a Character.
    func location(at offset: Int) -> SourceLocation {
        let line = lineIndex(of: offset)
        let start = lineStarts.isEmpty ? 0 : lineStarts[line]
        return SourceLocation(line: firstLine + line, column: columns(from: start, to: offset) + 1)
    }

    /// The locations of many offsets in increasing order, each column counted on from the last
    /// one on the same line, so a list of a million values on one line costs linear time.
    func locations(of offsets: [UInt32]) -> [SourceLocation] {
        var result: [SourceLocation] = []
        result.reserveCapacity(offsets.count)
        var line = -1
        var nextLineStart = 0
        var previous = 0
        var column = 1
        for offset in offsets.lazy.map(Int.init) {
            if line < 0 || offset < previous || offset >= nextLineStart {
                line = lineIndex(of: offset)
                previous = lineStarts.isEmpty ? 0 : lineStarts[line]
                nextLineStart = line + 1 < lineStarts.count ? lineStarts[line + 1] : Int.max
                column = 1
            }
            column += columns(from: previous, to: offset)
            previous = offset
            result.append(SourceLocation(line: firstLine + line, column: column))
        }
        return result
    }

    /// Characters between two offsets on one line (bytes, when they are all ASCII).
    private func columns(from start: Int, to end: Int) -> Int {
        let slice = bytes[start..<end]
        return slice.allSatisfy { $0 < 0x80 } ? slice.count : String(decoding: slice, as: UTF8.self).count
    }

    /// The index of the line holding a byte offset.
    private func lineIndex(of offset: Int) -> Int { lineStarts.indexOfStart(holding: offset) }

    /// The byte offsets of `count` values of a store from its value at `first`, found again from
    /// the offset of each one's run: within a run, the next value starts after this one's number
    /// bytes, the spaces, the comma and the spaces, exactly as the run was read.
    func offsets(store: Int, from first: Int, count: Int) -> [UInt32] {
        var result: [UInt32] = []
        guard stores.indices.contains(store) else { return result }
        let values = stores[store]
        guard count > 0, first >= 0, first + count <= values.count, !values.runStarts.isEmpty else { return result }
        result.reserveCapacity(count)
        var run = values.run(holding: first)
        var index = values.runStarts[run]
        var offset = Int(values.runOffsets[run])
        let buffer = bytes.buffer
        while true {
            if index >= first {
                result.append(UInt32(truncatingIfNeeded: offset))
                if result.count == count { return result }
            }
            index += 1
            if run + 1 < values.runStarts.count, index == values.runStarts[run + 1] {
                run += 1
                offset = Int(values.runOffsets[run])
            } else {
                offset = Self.offset(after: offset, in: buffer)
            }
        }
    }

    /// The byte offset of a store's value at `index`.
    func offset(store: Int, ofValue index: Int) -> Int {
        Int(offsets(store: store, from: index, count: 1).first ?? 0)
    }

    /// Where the value after the one at `offset` starts, in a run read along a line.
    private static func offset(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var cursor = offset
        while cursor < bytes.count, YAMLNumberList.isNumberByte(bytes[cursor]) { cursor += 1 }
        while cursor < bytes.count, bytes[cursor] == YAMLByte.space || bytes[cursor] == YAMLByte.tab { cursor += 1 }
        if cursor < bytes.count, bytes[cursor] == YAMLByte.comma { cursor += 1 }
        while cursor < bytes.count, bytes[cursor] == YAMLByte.space || bytes[cursor] == YAMLByte.tab { cursor += 1 }
        return cursor
    }

    /// The text of the plain number that starts at `offset`.
    func numberText(at offset: Int) -> String {
        var end = offset
        while end < bytes.count, YAMLNumberList.isNumberByte(bytes[end]) { end += 1 }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }
}

/// A flow list whose items are all plain numbers, read straight from the bytes: one 64-bit value
/// and one scale per item (9 bytes; each item's offset is found again from its run's), kept in
/// its source's shared arrays, instead of a node with its text per item.
///
/// It reads as an ordinary `YAMLSequence` of scalars wherever a reader asks for `items` (the
/// text and location of each are rebuilt from the offset); the tensor reader takes the values
/// directly.
public struct YAMLNumberList: Sendable {
    let source: YAMLSource
    /// The source's store that holds the list's values, and where they start in it (both set at
    /// its first value: while one list is read nothing else is added, so its values are
    /// contiguous).
    private(set) var store = 0
    private(set) var start = 0
    public private(set) var count = 0

    init(source: YAMLSource) {
        self.source = source
    }

    /// Each value's units at its own scale.
    public var units: ArraySlice<Int64> { source.stores[store].units[start..<start + count] }
    /// Each value's decimal places (0…18).
    public var scales: ArraySlice<UInt8> { source.stores[store].scales[start..<start + count] }
    /// Each value's byte offset in the front matter, found again from its run.
    var offsets: [UInt32] { source.offsets(store: store, from: start, count: count) }

    /// Calls `body` with the list's units and scales, both read in one access to the source.
    func withUnitsAndScales<Result>(
        _ body: (UnsafeBufferPointer<Int64>, UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        let values = source.stores[store]
        let range = start..<start + count
        return values.units[range].withUnsafeBufferPointer { units in
            values.scales[range].withUnsafeBufferPointer { scales in body(units, scales) }
        }
    }

    /// The value at an index (0-based in the list), exactly.
    public func value(at index: Int) -> ExactDecimal {
        let values = source.stores[store]
        return ExactDecimal(units: Int128(values.units[start + index]), scale: Int(values.scales[start + index]))
    }

    /// Where the value at an index starts in the file.
    public func location(at index: Int) -> SourceLocation {
        source.location(at: source.offset(store: store, ofValue: start + index))
    }

    /// The items as scalar nodes, as the general reader would have made them.
    var nodes: [YAMLNode] {
        let offsets = self.offsets
        return zip(offsets, source.locations(of: offsets)).map { offset, location in
            .scalar(YAMLScalar(text: source.numberText(at: Int(offset)), style: .plain, location: location))
        }
    }

    @inline(__always)
    mutating func append(units value: Int64, scale: Int, offset: Int) {
        if count == 0 { begin() }
        source.stores[store].append(units: value, scale: scale, offset: offset)
        count += 1
    }

    /// Appends values read in one pass along a line, the first at `firstOffset`: one copy per array.
    mutating func append(units newUnits: UnsafeBufferPointer<Int64>, scales newScales: UnsafeBufferPointer<UInt8>, firstOffset: Int) {
        if count == 0 { begin() }
        source.stores[store].append(units: newUnits, scales: newScales, firstOffset: firstOffset)
        count += newUnits.count
    }

    /// Places the list at the end of the source's newest store, as its first value is added.
    private mutating func begin() {
        store = source.stores.count - 1
        start = source.stores[store].count
    }

    /// Bytes a plain number is made of: digits, signs, the point and the exponent's `e`.
    @inline(__always)
    static func isNumberByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }
}

/// The values of every list of numbers in a front matter: their units and scales side by side,
/// and where each run of them starts in the file.
///
/// A run is the values read in one pass along a line (`0.73, -0.12, 5`) or a single value read
/// the general way. A value's byte offset is found again by stepping over the ones before it in
/// its run (only a message or a list turned into nodes asks): one offset per run instead of four
/// bytes per value, a quarter of what the values take while a lesson is read.
struct YAMLNumberValues: Sendable {
    /// Each value's units at its own scale.
    private(set) var units: [Int64] = []
    /// Each value's decimal places (0…18).
    private(set) var scales: [UInt8] = []
    /// The index of each run's first value, in increasing order.
    private(set) var runStarts: [Int] = []
    /// The byte offset of each run's first value.
    private(set) var runOffsets: [UInt32] = []

    var count: Int { units.count }

    mutating func reserve(_ capacity: Int) {
        units.reserveCapacity(capacity)
        scales.reserveCapacity(capacity)
    }

    /// One value read on its own: a run of one.
    mutating func append(units value: Int64, scale: Int, offset: Int) {
        runStarts.append(units.count)
        runOffsets.append(UInt32(truncatingIfNeeded: offset))
        units.append(value)
        scales.append(UInt8(truncatingIfNeeded: scale))
    }

    /// Values read in one pass along a line, the first at `firstOffset`.
    mutating func append(units newUnits: UnsafeBufferPointer<Int64>, scales newScales: UnsafeBufferPointer<UInt8>, firstOffset: Int) {
        runStarts.append(units.count)
        runOffsets.append(UInt32(truncatingIfNeeded: firstOffset))
        units.append(contentsOf: newUnits)
        scales.append(contentsOf: newScales)
    }

    /// The run holding the value at `index`.
    func run(holding index: Int) -> Int { runStarts.indexOfStart(holding: index) }

    /// Brings every value to `scale` decimal places in place, units and scales alike, so that
    /// each value stays what it was and `units` can be a tensor's as they are; returns the
    /// index of the first value that would not fit in 64 bits at that scale (the values before
    /// it brought over, it and the rest as they were), or nil.
    mutating func bringAll(toScale scale: Int) -> Int? {
        let factors = Int64.powersOfTen(through: scale)
        let target = UInt8(truncatingIfNeeded: scale)
        return units.withUnsafeMutableBufferPointer { units in
            scales.withUnsafeMutableBufferPointer { scales in
                for index in 0..<min(units.count, scales.count) where scales[index] != target {
                    let shift = scale - Int(scales[index])
                    guard shift > 0, shift < factors.count else { return index }
                    let (value, overflow) = units[index].multipliedReportingOverflow(by: factors[shift])
                    if overflow { return index }
                    units[index] = value
                    scales[index] = target
                }
                return nil
            }
        }
    }
}
