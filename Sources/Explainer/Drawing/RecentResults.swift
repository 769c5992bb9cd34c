import Synchronization

/// The last few results of a pure computation, by its inputs, so a frame does not work out
/// again what the frame before it already did.
///
/// Every frame is built afresh from the state and the size (the screen is a pure function of
/// them), and most of what a key press changes is the highlight, not the layout or the widths of
/// the cells. Answers are only ever what `compute` returns for an equal key, so the screen stays a
/// function of the state and the size; tests running at once share a memo under its lock.
final class RecentResults<Key: Equatable & Sendable, Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let key: Key
        let value: Value
    }

    /// How many keys are kept; the least recently used goes first.
    let capacity: Int
    /// Most recently used last.
    private let entries = Mutex<[Entry]>([])

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The value for `key`: a remembered one when an equal key was asked for lately, else
    /// `compute()`'s, which is then remembered. `compute` runs outside the lock.
    func value(for key: Key, compute: () -> Value) -> Value {
        let found = entries.withLock { entries -> Value? in
            guard let index = entries.lastIndex(where: { $0.key == key }) else { return nil }
            let entry = entries.remove(at: index)
            entries.append(entry)
            return entry.value
        }
        if let found { return found }
        let value = compute()
        entries.withLock { entries in
            entries.append(Entry(key: key, value: value))
            if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        }
        return value
    }

    /// Forgets every result, so the next answers are computed afresh (for tests that compare
    /// remembered answers with fresh ones).
    func removeAll() {
        entries.withLock { $0.removeAll() }
    }
}
