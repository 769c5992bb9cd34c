import PointwiseCore

/// Finds the snippets of one source line for columns asked in increasing order, in one pass.
///
/// A diagnostic's column counts Characters from the line's start, so finding it means walking
/// the line; walking it again for every diagnostic made a line of ten thousand mistakes cost
/// O(n²). The window walks the line once, keeping only the Characters near the current column
/// (at most `kept` behind it, and a window's width ahead), so each snippet costs O(window) and
/// the whole line O(its length).
struct SnippetWindow {
    /// The widest snippet, in cells (as `DiagnosticRenderer.maximumSnippetColumns`).
    private static let width = DiagnosticRenderer.maximumSnippetColumns
    /// The most Characters held behind or read ahead of the caret: room for a window of
    /// zero-width Characters, while a line of millions of them is still never held whole.
    private static let kept = 1024

    /// The rest of the line, not yet read.
    private var remaining: Substring.Iterator
    /// Characters read, shown inert, with their cells; `held[0]` is Character number `heldStart`.
    private var held: [(character: String, cells: Int)] = []
    /// The 0-based index in the line of `held[0]`.
    private var heldStart = 0
    /// True once the iterator reached the end of the line.
    private var atEnd = false
    /// Whether the whole line fits in one snippet (decided on the first read).
    private var fitsWhole: Bool?

    init(line: Substring) {
        remaining = line.makeIterator()
    }

    /// The shown text and the cells before the caret for a 1-based `column`; columns must be
    /// asked in increasing order.
    mutating func snippet(column: Int) -> (text: String, caretColumns: Int) {
        let caretIndex = max(0, column - 1)
        if fitsWhole == nil { fitsWhole = readWholeIfNarrow() }
        if fitsWhole == true {
            let before = held.prefix(caretIndex).reduce(0) { $0 + $1.cells }
            return (held.map(\.character).joined(), before)
        }
        // Read up to the caret, then a window's width (or `kept` Characters) past it.
        while heldStart + held.count < caretIndex, read() {}
        let anchor = min(caretIndex, heldStart + held.count)
        var ahead = 0
        var aheadCount = 0
        var index = anchor
        while ahead <= Self.width, aheadCount <= Self.kept {
            if index >= heldStart + held.count, !read() { break }
            ahead += held[index - heldStart].cells
            aheadCount += 1
            index += 1
        }
        // A window: half the width before the caret, the rest after, `…` where cut.
        var start = anchor
        var before = 0
        while start > heldStart && before + held[start - 1 - heldStart].cells <= Self.width / 2 {
            start -= 1
            before += held[start - heldStart].cells
        }
        let lead = start > 0 ? 1 : 0
        var text = start > 0 ? "…" : ""
        var used = lead
        var end = start
        while end < heldStart + held.count && used + held[end - heldStart].cells <= Self.width - 1 {
            text.append(held[end - heldStart].character)
            used += held[end - heldStart].cells
            end += 1
        }
        if end < heldStart + held.count || !atEnd {
            text += "…"
        }
        forget(before: anchor)
        return (text, lead + before)
    }

    /// Reads the start of the line; true when the whole line is at most a window wide.
    private mutating func readWholeIfNarrow() -> Bool {
        var cells = 0
        while cells <= Self.width, held.count <= Self.kept, read() {
            cells += held[held.count - 1].cells
        }
        return atEnd && cells <= Self.width
    }

    /// Reads one more Character; false at the end of the line.
    private mutating func read() -> Bool {
        guard !atEnd, let character = remaining.next() else {
            atEnd = true
            return false
        }
        let visible = DiagnosticRenderer.inert(character)
        held.append((visible, TextWidth.columns(of: visible)))
        return true
    }

    /// Drops Characters far behind `index`, in batches so each is moved O(1) times.
    private mutating func forget(before index: Int) {
        let drop = index - Self.kept - heldStart
        guard drop > Self.kept else { return }
        held.removeFirst(drop)
        heldStart += drop
    }
}
