/// A rectangle of screen cells, and the splits a layout makes of it.
///
/// Views lay out their parts as bands stacked top to bottom (or side by side) instead of
/// counting rows by hand, so a band that is added, dropped or resized moves everything under it
/// and no two parts can claim the same row. Sizes never go negative: a band asked for more than
/// is left gets what is left, possibly nothing.
public struct Rect: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var width: Int
    public var height: Int

    /// A rectangle; negative sizes count as zero.
    public init(row: Int = 0, column: Int = 0, width: Int, height: Int) {
        self.row = row
        self.column = column
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The whole screen.
    public init(_ screen: Screen) {
        self.init(width: screen.width, height: screen.height)
    }

    /// The row under the rectangle (exclusive end).
    public var bottom: Int { row + height }
    /// The column right of the rectangle (exclusive end).
    public var right: Int { column + width }

    /// Bands of the given heights from the top down, and what is left under them.
    public func splitVertically(_ heights: [Int]) -> (bands: [Rect], rest: Rect) {
        var rest = self
        let bands = heights.map { rest.takeTop($0) }
        return (bands, rest)
    }

    /// Bands of the given widths from the left, and what is left right of them.
    public func splitHorizontally(_ widths: [Int]) -> (bands: [Rect], rest: Rect) {
        var rest = self
        let bands = widths.map { rest.takeLeft($0) }
        return (bands, rest)
    }

    /// Removes the top rows (at most all of them) and returns them as a band.
    public mutating func takeTop(_ rows: Int) -> Rect {
        let taken = min(max(0, rows), height)
        let band = Rect(row: row, column: column, width: width, height: taken)
        row += taken
        height -= taken
        return band
    }

    /// Removes the bottom rows (at most all of them) and returns them as a band.
    public mutating func takeBottom(_ rows: Int) -> Rect {
        let taken = min(max(0, rows), height)
        height -= taken
        return Rect(row: row + height, column: column, width: width, height: taken)
    }

    /// Removes the leftmost columns (at most all of them) and returns them as a band.
    public mutating func takeLeft(_ columns: Int) -> Rect {
        let taken = min(max(0, columns), width)
        let band = Rect(row: row, column: column, width: taken, height: height)
        column += taken
        width -= taken
        return band
    }

    /// The rectangle with columns taken off its sides (the views' one-column margins).
    public func inset(left: Int = 0, right: Int = 0) -> Rect {
        let leftTaken = min(max(0, left), width)
        return Rect(row: row, column: column + leftTaken, width: width - leftTaken - max(0, right), height: height)
    }
}
