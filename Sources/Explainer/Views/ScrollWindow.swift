/// Which run of `count` items to show in `room` slots, keeping `focus` in view.
///
/// Rows and columns of a big matrix (50,176 pixels × 256 channels) are shown as a window around
/// the cursor; each hidden side takes one slot for its marker (`⋮` or `…`), so a window always
/// says whether there is more. Pure arithmetic: no item is visited, so choosing a window of a
/// huge lesson costs nothing.
struct ScrollWindow: Equatable {
    /// The first item shown, 0-based.
    let start: Int
    /// Items shown.
    let length: Int
    let count: Int

    /// The window of at most `room` slots (markers included) around `focus`; empty when `room`
    /// or `count` is not positive. With one or two slots and hidden items on both sides, the
    /// focus alone is shown and the markers are left out.
    init(count: Int, focus: Int, room: Int) {
        self.count = max(0, count)
        guard count > 0, room > 0 else {
            start = 0
            length = 0
            return
        }
        let focus = min(max(focus, 0), count - 1)
        if count <= room {
            start = 0
            length = count
            return
        }
        // Both markers, then give one back when the window reaches an end.
        var length = max(1, room - 2)
        var start = min(max(focus - length / 2, 0), count - length)
        if start == 0 {
            length = max(1, room - 1)
        } else if start + length == count {
            length = max(1, room - 1)
            start = count - length
        }
        if focus < start { start = focus }
        if focus >= start + length { start = focus - length + 1 }
        self.start = start
        self.length = length
    }

    /// Items hidden before and after the window.
    var hiddenBefore: Int { start }
    var hiddenAfter: Int { count - start - length }

    /// The indices shown.
    var indices: Range<Int> { start..<(start + length) }

    /// Slots the window takes: its items, plus a marker per hidden side.
    var slots: Int { length + (hiddenBefore > 0 ? 1 : 0) + (hiddenAfter > 0 ? 1 : 0) }
}
