import PointwiseCore

/// The `?` overlay: every key and what it does, in a box over the middle of the screen.
///
/// On a screen too small for the whole list the box shows a page of it (j k, space, PgDn PgUp,
/// Ctrl-D Ctrl-U turn the pages) with `▴ ▾` marks, and its last line — how to close it and how
/// to turn the pages — is always on screen. Descriptions wrap under their own column, so the
/// box is never wider than the screen.
enum HelpOverlay {
    /// The lines of the list as they are shown at a screen width, and how many fit at a height.
    struct Pages {
        let lines: [[Run]]
        let closing: String
        /// Rows of the list shown at once.
        let rows: Int
        var count: Int { rows > 0 ? max(1, (lines.count + rows - 1) / rows) : 1 }
    }

    /// The list wrapped for a screen of this size, and its page size.
    static func pages(labels: Labels, symbols: Symbols, width: Int, height: Int) -> Pages {
        let keys = labels.helpLines.map { symbols.adapt($0.keys) }
        let keyWidth = keys.map { TextWidth.columns(of: $0) }.max() ?? 0
        // Box: frame, a space, keys, two spaces, description, a space, frame.
        let descriptionWidth = max(8, min(60, width - keyWidth - 6))
        var lines: [[Run]] = []
        for (index, line) in labels.helpLines.enumerated() {
            let wrapped = TextWrapper.wrap(symbols.adapt(line.action), width: descriptionWidth)
            for (part, text) in wrapped.enumerated() {
                let key = part == 0 ? Pad.left(keys[index], keyWidth) : String(repeating: " ", count: keyWidth)
                lines.append([Run(" " + key + "  ", Styles.currentLabel), Run(text + " ")])
            }
        }
        // Frame (2), the blank lines around the list (2) and the closing line (1).
        let whole = lines.count + 5 <= height
        let rows = whole ? lines.count : max(1, height - 3)
        let closing = symbols.adapt(whole ? labels.helpClose : labels.helpPaging)
        return Pages(lines: lines, closing: closing, rows: rows)
    }

    static func draw(on screen: inout Screen, state: ExplainerState) {
        let labels = state.labels
        let symbols = state.symbols
        let pages = pages(labels: labels, symbols: symbols, width: screen.width, height: screen.height)
        let page = min(max(0, state.helpPage), pages.count - 1)
        var block = Block()
        let paging = pages.count > 1
        if !paging { block.lines.append([]) }
        let start = page * pages.rows
        block.lines += pages.lines[min(start, pages.lines.count)..<min(start + pages.rows, pages.lines.count)]
        if paging {
            // Pad the last page so the box keeps its size while the pages turn.
            while block.lines.count < pages.rows { block.lines.append([]) }
        } else {
            block.lines.append([])
        }
        var closing = " " + pages.closing + " "
        if paging {
            let marks = (page > 0 ? symbols.moreAbove : " ") + (page < pages.count - 1 ? symbols.moreBelow : " ")
            closing = " " + marks + " \(page + 1)/\(pages.count) " + pages.closing + " "
        }
        block.lines.append([Run(TextWidth.prefix(of: closing, fitting: max(0, screen.width - 2)), Styles.muted)])
        var framed = block.framed(title: labels.helpTitle, symbols: symbols, titleStyle: Styles.heading, frameStyle: Styles.heading)
        if framed.width > screen.width {
            framed.lines = framed.lines.map { line in
                var kept: [Run] = []
                var used = 0
                for run in line where used + run.columns <= screen.width {
                    kept.append(run)
                    used += run.columns
                }
                return kept
            }
        }
        let top = max(0, (screen.height - framed.height) / 2)
        let left = max(0, (screen.width - framed.width) / 2)
        screen.fill(rows: top..<(top + framed.height), columns: left..<(left + framed.width))
        framed.draw(on: &screen, row: top, column: left, maxColumn: screen.width)
    }
}
