import PointwiseCore

/// A run of text in one style, the unit that blocks are made of.
struct Run {
    let text: String
    var style: CellStyle
    /// Columns the text takes, measured once: layouts ask for widths many times a frame.
    let columns: Int
    /// Whether the text is all simple narrow scalars (`TextWidth.measure`), so the screen can
    /// draw it without scanning it again; false where unknown.
    let isSimpleNarrow: Bool
    /// The number this run shows, recorded in the screen's `HitMap` when drawn (for the mouse).
    var target: HitTarget?
    /// Columns at the end of the text that hang into the gap after a grid cell (a partial sum's
    /// mark, `2…`), so the number stays aligned with its column and the cell keeps its width.
    var hanging = 0

    init(_ text: String, _ style: CellStyle = .plain, target: HitTarget? = nil, hanging: Int = 0) {
        self.text = text
        self.style = style
        (self.columns, self.isSimpleNarrow) = TextWidth.measure(text)
        self.target = target
        self.hanging = hanging
    }

    /// Text whose width is already known (a frame's symbols, measured once per panel).
    init(_ text: String, _ style: CellStyle, columns: Int, isSimpleNarrow: Bool = false) {
        self.text = text
        self.style = style
        self.columns = columns
        self.isSimpleNarrow = isSimpleNarrow
    }

    /// Blank padding of `count` columns, with no measuring.
    init(spaces count: Int) {
        self.init(Spaces.of(count), .plain, columns: max(0, count), isSimpleNarrow: true)
        isBlank = true
    }

    /// Whether the text is only spaces (`init(spaces:)`), which the screen fills without reading
    /// them: padding is half the runs of a grid's line.
    private(set) var isBlank = false
}

/// A rectangle of styled lines laid out before it is placed on the screen.
///
/// Panels are built as blocks so the layout can measure them first and then decide where they go
/// (side by side, or stacked when the terminal is narrow).
struct Block {
    var lines: [[Run]] = []

    /// The widest line, in columns.
    var width: Int { lines.reduce(0) { max($0, Self.width(of: $1)) } }

    /// A line's columns.
    static func width(of line: [Run]) -> Int { line.reduce(0) { $0 + $1.columns } }
    var height: Int { lines.count }

    /// Draws the block with its top-left corner at (row, column), clipped to `maxColumn`.
    func draw(on screen: inout Screen, row: Int, column: Int, maxColumn: Int? = nil) {
        for (offset, line) in lines.enumerated() {
            _ = Self.draw(line, on: &screen, row: row + offset, column: column, maxColumn: maxColumn)
        }
    }

    /// Draws one line of runs from (row, column), recording each run's target in the click map;
    /// returns the column after it.
    static func draw(_ line: [Run], on screen: inout Screen, row: Int, column: Int, maxColumn: Int?) -> Int {
        var x = column
        for run in line {
            let start = x
            if run.isBlank {
                x = screen.write(blanks: run.columns, row: row, column: x, style: run.style, maxColumn: maxColumn)
            } else if run.isSimpleNarrow {
                x = screen.write(simpleNarrow: run.text, row: row, column: x, style: run.style, maxColumn: maxColumn)
            } else {
                x = screen.write(run.text, row: row, column: x, style: run.style, maxColumn: maxColumn)
            }
            if let target = run.target, row >= 0, row < screen.height {
                screen.hitMap.record(target.tag, row: row, columns: max(0, start)..<min(x, screen.width))
            }
        }
        return x
    }

    /// The block inside a frame with a title on its top border, as lines of its own (for
    /// callers that go on to edit them; `FramedBlock` draws a frame without copying the lines).
    func framed(title: String, symbols: Symbols, titleStyle: CellStyle, frameStyle: CellStyle) -> Block {
        FramedBlock(self, title: title, symbols: symbols, titleStyle: titleStyle, frameStyle: frameStyle).block
    }
}

/// Pads text to a width, right-aligned (numbers) or centred (labels).
enum Pad {
    static func right(_ text: String, _ width: Int) -> String {
        Spaces.of(width - TextWidth.columns(of: text)) + text
    }

    static func center(_ text: String, _ width: Int) -> String {
        let (before, after) = centringGaps(text, width)
        return Spaces.of(before) + text + Spaces.of(after)
    }

    /// The spaces before and after text centred in a width: the odd one goes after.
    static func centringGaps(_ text: String, _ width: Int) -> (before: Int, after: Int) {
        let gap = max(0, width - TextWidth.columns(of: text))
        return (gap / 2, gap - gap / 2)
    }

    static func left(_ text: String, _ width: Int) -> String {
        text + Spaces.of(width - TextWidth.columns(of: text))
    }
}
