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

    /// A line by its storage, with what its frame adds.
    struct Key: Hashable, Sendable {
        let storage: UInt
        let count: Int
        let inner: Int
        let vertical: String
        let frameStyle: CellStyle

        init(_ line: [Run], inner: Int, vertical: String, frameStyle: CellStyle) {
            storage = line.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
            count = line.count
            self.inner = inner
            self.vertical = vertical
            self.frameStyle = frameStyle
        }

        /// Hashes the storage alone: it tells lines apart, and hashing the style and the symbol
        /// as well took longer than copying the line.
        func hash(into hasher: inout Hasher) {
            hasher.combine(storage)
        }
    }

    private struct Entry: Sendable {
        /// Kept so that its storage is not freed and given to another line while the key lives.
        let line: [Run]
        let strip: ScreenStrip
    }

    private let table = Mutex<[Key: Entry]>([:])

    /// The strip drawn for this line lately, or nil.
    func strip(for key: Key) -> ScreenStrip? {
        table.withLock { $0[key]?.strip }
    }

    /// Remembers how a line was drawn; past the capacity the memo starts again.
    func remember(_ strip: ScreenStrip, of line: [Run], as key: Key) {
        table.withLock { table in
            if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
            table[key] = Entry(line: line, strip: strip)
        }
    }

    /// Forgets every line, so the next frame draws them all (tests compare the frames).
    func removeAll() {
        table.withLock { $0.removeAll() }
    }
}
