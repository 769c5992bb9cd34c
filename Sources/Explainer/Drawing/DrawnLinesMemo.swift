import ScreenCore
import Synchronization

/// The cells of framed panel lines as drawn lately, so a line that a key press left as it was is
/// copied onto the new frame rather than drawn again run by run.
///
/// `PanelLinesMemo` hands a frame the very line values of the frame before for every line that
/// does not show the learner's place; drawing their thousand-odd runs again was a fifth of a key
/// press on a big lesson. A line is known by its storage, which the memo keeps alive (as
/// `PanelLinesMemo.SameTensor` keeps a tensor's): storage that two values share cannot change in
/// place, so the same storage is the same runs. The strip is the line with its frame's verticals
/// and padding, as `FramedBlock` draws it; it is only used where the whole of it is on screen.
final class DrawnLinesMemo: Sendable {
    /// The one memo every frame uses; tests running at once share it under its lock.
    static let shared = DrawnLinesMemo()

    /// Lines kept before the memo starts again: a few frames' worth (a big lesson's three panels
    /// draw about 75 lines), so paging back and forth still finds its lines.
    static let capacity = 1024

    /// A line by its storage, with what its frame adds: plain bits, so that comparing and
    /// copying a key costs no reference counting.
    struct Key: Equatable, Sendable {
        let storage: UInt
        let count: Int
        let frame: FrameKey

        init(_ line: [Run], frame: FrameKey) {
            storage = line.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
            count = line.count
            self.frame = frame
        }
    }

    /// What a framed block adds to each of its lines: the inner width, the vertical and the
    /// frame's style. Made once a block.
    struct FrameKey: Equatable, Sendable {
        let inner: Int
        /// The vertical's UTF-8 and its length, packed into two words.
        let vertical: SIMD2<UInt64>
        let frameStyle: CellStyle
        /// Whether the strip holds the line's click regions (`HitMap.isRecording`).
        let withRegions: Bool

        /// The frame's key, or nil when its vertical is too long to pack (its lines are drawn
        /// every time).
        init?(inner: Int, vertical: String, frameStyle: CellStyle, withRegions: Bool) {
            var words = SIMD2<UInt64>(0, 0)
            var count = 0
            for byte in vertical.utf8 {
                guard count < 15 else { return nil }
                words[count / 8] |= UInt64(byte) << (8 * UInt64(count % 8))
                count += 1
            }
            words[1] |= UInt64(count) << 56
            self.inner = inner
            self.vertical = words
            self.frameStyle = frameStyle
            self.withRegions = withRegions
        }
    }

    private struct Entry: Sendable {
        let key: Key
        /// Kept so that its storage is not freed and given to another line while the key lives.
        let line: [Run]
        let strip: ScreenStrip
    }

    /// The lines remembered, in a table of their own rather than a dictionary: hashing a key
    /// with the standard hasher and probing for it cost more than copying the line. Open
    /// addressing over twice the capacity, by the storage's address multiplied out (Fibonacci
    /// hashing); a full table starts again, as a dictionary of the same capacity did.
    private struct Table: Sendable {
        static let slotCount = 2 * DrawnLinesMemo.capacity
        /// Each slot's line storage (0 for none) and its entry's index.
        var storages: [UInt] = Array(repeating: 0, count: slotCount)
        var entryIndices: [Int32] = Array(repeating: 0, count: slotCount)
        var entries: [Entry] = []

        /// The slot holding `storage`, or the empty slot where it would go.
        func slot(of storage: UInt) -> Int {
            var slot = Int(truncatingIfNeeded: (UInt64(storage) &* 0x9E37_79B9_7F4A_7C15) >> 52) & (Self.slotCount - 1)
            while storages[slot] != 0, storages[slot] != storage { slot = (slot + 1) & (Self.slotCount - 1) }
            return slot
        }

        func entry(for key: Key) -> Entry? {
            let slot = slot(of: key.storage)
            guard storages[slot] == key.storage else { return nil }
            let entry = entries[Int(entryIndices[slot])]
            return entry.key == key ? entry : nil
        }

        mutating func insert(_ entry: Entry) {
            if entries.count >= DrawnLinesMemo.capacity {
                for index in storages.indices { storages[index] = 0 }
                entries.removeAll(keepingCapacity: true)
            }
            let slot = slot(of: entry.key.storage)
            if storages[slot] == entry.key.storage {
                entries[Int(entryIndices[slot])] = entry
            } else {
                storages[slot] = entry.key.storage
                entryIndices[slot] = Int32(entries.count)
                entries.append(entry)
            }
        }
    }

    private let table = Mutex(Table())

    /// The strip drawn for this line lately, or nil.
    func strip(for key: Key) -> ScreenStrip? {
        table.withLock { $0.entry(for: key)?.strip }
    }

    /// Remembers how a line was drawn; past the capacity the memo starts again.
    func remember(_ strip: ScreenStrip, of line: [Run], as key: Key) {
        guard key.storage != 0 else { return }
        table.withLock { $0.insert(Entry(key: key, line: line, strip: strip)) }
    }

    /// Forgets every line, so the next frame draws them all (tests compare the frames).
    func removeAll() {
        table.withLock { $0 = Table() }
    }
}
