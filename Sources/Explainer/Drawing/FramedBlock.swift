import PointwiseCore

/// A block inside a frame with a title on its top border, drawn around the block's own lines.
///
/// The three panels of every frame are framed blocks; copying every run of a panel into new,
/// framed lines was a fifth of a key press on a big lesson. This keeps the content as it was
/// built and draws the border and the padding straight onto the screen.
struct FramedBlock {
    let content: Block
    /// Columns inside the verticals: the widest of the content and the title with a space each side.
    let inner: Int
    private let title: Run
    private let symbols: Symbols
    private let frameStyle: CellStyle
    /// Columns of the symbols, measured once.
    private let cornerColumns: Int
    private let horizontalColumns: Int
    private let verticalColumns: Int
    /// Whether the vertical is a simple narrow character (`TextWidth.measure`), drawn unscanned.
    private let verticalIsSimpleNarrow: Bool

    /// `content` framed, as wide as its widest line or its title; `contentWidth`, when the caller
    /// knows it, is at least the widest line's columns, and saves measuring every line again.
    init(_ content: Block, contentWidth: Int? = nil, title: String, symbols: Symbols, titleStyle: CellStyle, frameStyle: CellStyle) {
        self.content = content
        self.title = Run(" \(title) ", titleStyle)
        self.inner = max(contentWidth ?? content.width, self.title.columns)
        self.symbols = symbols
        self.frameStyle = frameStyle
        cornerColumns = TextWidth.columns(of: symbols.topLeft)
        horizontalColumns = TextWidth.columns(of: symbols.horizontal)
        (verticalColumns, verticalIsSimpleNarrow) = TextWidth.measure(symbols.vertical)
    }

    var width: Int { inner + 2 * verticalColumns }
    var height: Int { content.height + 2 }

    /// The top border: a corner, the title, the rule and the other corner.
    private var topLine: [Run] {
        let rule = max(0, inner - title.columns)
        return [
            Run(symbols.topLeft, frameStyle, columns: cornerColumns), title,
            Run(Rule.of(symbols.horizontal, count: rule) + symbols.topRight, frameStyle, columns: rule * horizontalColumns + cornerColumns),
        ]
    }

    /// The bottom border.
    private var bottomLine: [Run] {
        [
            Run(
                symbols.bottomLeft + Rule.of(symbols.horizontal, count: inner) + symbols.bottomRight, frameStyle,
                columns: inner * horizontalColumns + 2 * cornerColumns)
        ]
    }

    /// Draws the frame and its content with the top-left corner at (row, column), clipped to
    /// `maxColumn`: each content line is padded to the frame's width with blanks.
    func draw(on screen: inout Screen, row: Int, column: Int, maxColumn: Int? = nil) {
        drawTop(on: &screen, row: row, column: column, maxColumn: maxColumn)
        let vertical = [Run(symbols.vertical, frameStyle, columns: verticalColumns, isSimpleNarrow: verticalIsSimpleNarrow)]
        let right = column + verticalColumns + inner
        // A line wholly on screen is copied from the last frame that drew it, when there was one.
        let fitsWhole = column >= 0 && right + verticalColumns <= min(screen.width, maxColumn ?? screen.width)
        let frameKey =
            fitsWhole
            ? DrawnLinesMemo.FrameKey(
                inner: inner, vertical: symbols.vertical, frameStyle: frameStyle, withRegions: screen.hitMap.isRecording) : nil
        for (offset, line) in content.lines.enumerated() {
            let y = row + 1 + offset
            let key = y >= 0 && y < screen.height ? frameKey.map { DrawnLinesMemo.Key(line, frame: $0) } : nil
            if let key, let strip = DrawnLinesMemo.shared.strip(for: key), screen.put(strip, row: y, column: column) { continue }
            let regionMark = screen.regionCount
            let end = Block.draw(vertical, on: &screen, row: y, column: column, maxColumn: maxColumn)
            let x = Block.draw(line, on: &screen, row: y, column: end, maxColumn: maxColumn)
            let padded = screen.write(blanks: right - x, row: y, column: x, maxColumn: maxColumn)
            let last = Block.draw(vertical, on: &screen, row: y, column: padded, maxColumn: maxColumn)
            if let key, let strip = screen.strip(row: y, columns: column..<last, regionsSince: regionMark) {
                DrawnLinesMemo.shared.remember(strip, of: line, as: key)
            }
        }
        drawBottom(on: &screen, row: row + 1 + content.height, column: column, maxColumn: maxColumn)
    }

    /// `topLine` drawn straight onto the screen, its rule a character at a time.
    private func drawTop(on screen: inout Screen, row: Int, column: Int, maxColumn: Int?) {
        guard horizontalColumns == 1 else {
            _ = Block.draw(topLine, on: &screen, row: row, column: column, maxColumn: maxColumn)
            return
        }
        var x = screen.write(symbols.topLeft, row: row, column: column, style: frameStyle, maxColumn: maxColumn)
        x = Block.draw([title], on: &screen, row: row, column: x, maxColumn: maxColumn)
        x = screen.write(
            symbols.horizontal, times: max(0, inner - title.columns), row: row, column: x, style: frameStyle, maxColumn: maxColumn)
        screen.write(symbols.topRight, row: row, column: x, style: frameStyle, maxColumn: maxColumn)
    }

    /// `bottomLine` drawn straight onto the screen, its rule a character at a time.
    private func drawBottom(on screen: inout Screen, row: Int, column: Int, maxColumn: Int?) {
        guard horizontalColumns == 1 else {
            _ = Block.draw(bottomLine, on: &screen, row: row, column: column, maxColumn: maxColumn)
            return
        }
        var x = screen.write(symbols.bottomLeft, row: row, column: column, style: frameStyle, maxColumn: maxColumn)
        x = screen.write(symbols.horizontal, times: inner, row: row, column: x, style: frameStyle, maxColumn: maxColumn)
        screen.write(symbols.bottomRight, row: row, column: x, style: frameStyle, maxColumn: maxColumn)
    }

    /// The frame and the content as one block of lines.
    var block: Block {
        var framed = Block()
        framed.lines.reserveCapacity(content.lines.count + 2)
        framed.lines.append(topLine)
        let vertical = Run(symbols.vertical, frameStyle, columns: verticalColumns)
        for line in content.lines {
            var used = 0
            var framedLine: [Run] = []
            framedLine.reserveCapacity(line.count + 3)
            framedLine.append(vertical)
            for run in line {
                used += run.columns
                framedLine.append(run)
            }
            framedLine.append(Run(spaces: inner - used))
            framedLine.append(vertical)
            framed.lines.append(framedLine)
        }
        framed.lines.append(bottomLine)
        return framed
    }
}
