import PointwiseCore

/// A rectangle of styled character cells: what the terminal shows, as a plain value.
///
/// Every layout is drawn into a `Screen` and only then handed to the terminal, so the whole
/// interface can be tested as text (as ratatui's `Buffer` does). A wide character (a CJK
/// ideograph, say) fills two cells: the first holds it, the second is a continuation cell.
public struct Screen: Equatable, Sendable {
    /// One cell: a single grapheme cluster that is one or two columns wide, and its style.
    public struct Cell: Equatable, Sendable {
        /// The text shown in the cell; empty in the continuation cell of a wide character.
        public var character: String
        public var style: CellStyle
        /// True for the right half of a wide character, which the terminal fills by itself.
        public var isContinuation: Bool { character.isEmpty }

        public init(character: String = " ", style: CellStyle = .plain) {
            self.character = character
            self.style = style
        }

        static let blank = Cell()
    }

    public let width: Int
    public let height: Int
    /// Cells in row-major order: `cells[row * width + column]`.
    public private(set) var cells: [Cell]
    /// Where clickable things were drawn, for the mouse (see `HitMap`); empty when there are none.
    public package(set) var hitMap = HitMap()

    /// A blank screen; negative sizes count as zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The cell at a position, or nil outside the screen.
    public func cell(row: Int, column: Int) -> Cell? {
        guard row >= 0, row < height, column >= 0, column < width else { return nil }
        return cells[row * width + column]
    }

    /// Writes text from a position, clipped at `maxColumn` (exclusive) and at the screen's edge.
    ///
    /// A wide character that would not fit whole is replaced by a space rather than cut in half.
    /// Returns the column after the last one written.
    @discardableResult
    public mutating func write(
        _ text: String, row: Int, column: Int, style: CellStyle = .plain, maxColumn: Int? = nil
    ) -> Int {
        guard row >= 0, row < height else { return column }
        let limit = min(width, maxColumn ?? width)
        var x = column
        if TextWidth.isSimpleNarrow(text) {
            // Each scalar is one character one column wide: no character boundaries to find.
            for scalar in text.unicodeScalars {
                if x >= limit { return limit }
                if x >= 0 { set(row: row, column: x, Cell(character: String(scalar), style: style)) }
                x += 1
            }
            return x
        }
        for character in text {
            guard InertText.isSafe(character) else {
                // Never raw: the stand-in (ASCII, `<U+200E>` or `^[`) is written in its place.
                x = write(InertText.shown(character), row: row, column: x, style: style, maxColumn: limit)
                if x >= limit { return x }
                continue
            }
            let visible = character
            let columns = TextWidth.columns(of: visible)
            if columns == 0 { continue }
            if let units = TextWidth.drawingUnits(of: visible) {
                // Drawn by terminals as more than one cell (a prepended mark, then its letter):
                // each part gets its own cells, so none hides the next.
                for unit in units {
                    x = write(unit, row: row, column: x, style: style, maxColumn: limit)
                    if x >= limit { return x }
                }
                continue
            }
            if x + columns > limit {
                // Fill the last column rather than showing half of a wide character.
                if x < limit, x >= 0 { set(row: row, column: x, Cell(character: " ", style: style)) }
                return limit
            }
            if x >= 0 {
                set(row: row, column: x, Cell(character: String(visible), style: style))
                if columns == 2 { set(row: row, column: x + 1, Cell(character: "", style: style)) }
            }
            x += columns
        }
        return x
    }

    /// Changes the style of a run of cells without changing their characters.
    public mutating func restyle(row: Int, columns: Range<Int>, _ change: (inout CellStyle) -> Void) {
        guard row >= 0, row < height else { return }
        for column in max(0, columns.lowerBound)..<min(width, max(columns.upperBound, 0)) {
            change(&cells[row * width + column].style)
        }
    }

    /// Fills a rectangle with one character (spaces by default) in one style.
    public mutating func fill(rows: Range<Int>, columns: Range<Int>, character: Character = " ", style: CellStyle = .plain) {
        for row in max(0, rows.lowerBound)..<min(height, max(rows.upperBound, 0)) {
            for column in max(0, columns.lowerBound)..<min(width, max(columns.upperBound, 0)) {
                set(row: row, column: column, Cell(character: String(character), style: style))
            }
        }
    }

    /// Puts one cell, repairing any wide character it splits so no half of one remains.
    private mutating func set(row: Int, column: Int, _ cell: Cell) {
        let index = row * width + column
        if cells[index].isContinuation, column > 0 {
            cells[index - 1] = Cell(character: " ", style: cells[index - 1].style)
        }
        if column + 1 < width, cells[index + 1].isContinuation, !cells[index].isContinuation {
            cells[index + 1] = Cell(character: " ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// The screen as plain text, one string per row, trailing spaces removed.
    public func lines() -> [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width { line += cells[row * width + column].character }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}

extension Screen {
    /// Puts one narrow character (one column, such as `▀` or `░`) in one cell, inside the
    /// screen only: the picture view's fast path, thousands of cells a frame.
    package mutating func put(_ character: String, row: Int, column: Int, style: CellStyle) {
        guard row >= 0, row < height, column >= 0, column < width else { return }
        write(character, row: row, column: column, style: style, maxColumn: column + 1)
    }
}
