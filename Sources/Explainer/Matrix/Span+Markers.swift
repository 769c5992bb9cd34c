/// The matrix view's windows: a `Span` of `total` items in `room` slots around `focus`, where
/// each hidden side takes one slot for its marker (`⋮` or `…`).
///
/// Rows and columns of a big matrix (50,176 pixels × 256 channels) are shown as a window around
/// the cursor, so a window always says whether there is more. The grid's panels page instead
/// (`Span.following`); both are one model of a window, `Span`. Pure arithmetic: no item is
/// visited, so choosing a window of a huge lesson costs nothing.
extension Span {
    /// The window of at most `room` slots (markers included) around `focus`; empty when `room`
    /// or `total` is not positive. With one or two slots and hidden items on both sides, the
    /// focus alone is shown and the markers are left out.
    static func around(focus: Int, total: Int, room: Int) -> Span {
        let total = max(0, total)
        guard total > 0, room > 0 else { return Span(start: 0, count: 0, total: total) }
        let focus = min(max(focus, 0), total - 1)
        if total <= room { return .whole(total) }
        // Both markers, then give one back when the window reaches an end.
        var length = max(1, room - 2)
        var start = min(max(focus - length / 2, 0), total - length)
        if start == 0 {
            length = max(1, room - 1)
        } else if start + length == total {
            length = max(1, room - 1)
            start = total - length
        }
        if focus < start { start = focus }
        if focus >= start + length { start = focus - length + 1 }
        return Span(start: start, count: length, total: total)
    }

    /// Slots the window takes: its items, plus a marker per hidden side.
    var slots: Int { count + (hidesBefore ? 1 : 0) + (hidesAfter ? 1 : 0) }
}
