import PointwiseCore

/// The `?` overlay: every key and what it does, in a box over the middle of the screen.
enum HelpOverlay {
    static func draw(on screen: inout Screen, labels: Labels, symbols: Symbols) {
        let keyWidth = labels.helpLines.map { TextWidth.columns(of: symbols.adapt($0.keys)) }.max() ?? 0
        var block = Block()
        block.lines.append([])
        for line in labels.helpLines {
            block.lines.append([Run(" " + Pad.left(symbols.adapt(line.keys), keyWidth) + "  ", Styles.currentLabel), Run(symbols.adapt(line.action) + " ")])
        }
        block.lines.append([])
        block.lines.append([Run(" " + symbols.adapt(labels.helpClose) + " ", Styles.muted)])
        let framed = block.framed(title: labels.helpTitle, symbols: symbols, titleStyle: Styles.heading, frameStyle: Styles.heading)
        let top = max(0, (screen.height - framed.height) / 2)
        let left = max(0, (screen.width - framed.width) / 2)
        screen.fill(rows: top..<(top + framed.height), columns: left..<(left + framed.width))
        framed.draw(on: &screen, row: top, column: left)
    }
}
