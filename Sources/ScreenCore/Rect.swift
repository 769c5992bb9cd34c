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

    /// The side of a rectangle a band is taken from.
    public enum Edge: Sendable {
        case top, bottom, left
    }

    /// Bands of the given heights from the top down, and what is left under them.
    public func splitVertically(_ heights: [Int]) -> (bands: [Rect], rest: Rect) {
        split(heights, from: .top)
    }

    /// Bands of the given widths from the left, and what is left right of them.
    public func splitHorizontally(_ widths: [Int]) -> (bands: [Rect], rest: Rect) {
        split(widths, from: .left)
    }

    /// Bands of the given sizes taken one after another from one edge, and what is left.
    public func split(_ sizes: [Int], from edge: Edge) -> (bands: [Rect], rest: Rect) {
        var rest = self
        let bands = sizes.map { rest.take($0, from: edge) }
        return (bands, rest)
    }

    /// Removes the top rows (at most all of them) and returns them as a band.
    public mutating func takeTop(_ rows: Int) -> Rect { take(rows, from: .top) }

    /// Removes the bottom rows (at most all of them) and returns them as a band.
    public mutating func takeBottom(_ rows: Int) -> Rect { take(rows, from: .bottom) }

    /// Removes the leftmost columns (at most all of them) and returns them as a band.
    public mutating func takeLeft(_ columns: Int) -> Rect { take(columns, from: .left) }

    /// Removes `count` rows or columns (at most all there are) from one edge and returns them:
    /// the one place where a band's size is clamped and the rest moves past it.
    public mutating func take(_ count: Int, from edge: Edge) -> Rect {
        let available = edge == .left ? width : height
        let taken = min(max(0, count), available)
        switch edge {
        case .top:
            let band = Rect(row: row, column: column, width: width, height: taken)
            row += taken
            height -= taken
            return band
        case .bottom:
            height -= taken
            return Rect(row: row + height, column: column, width: width, height: taken)
        case .left:
            let band = Rect(row: row, column: column, width: taken, height: height)
            column += taken
            width -= taken
            return band
        }
    }

    /// The rectangle with columns taken off its sides (the views' one-column margins).
    public func inset(left: Int = 0, right: Int = 0) -> Rect {
        let leftTaken = min(max(0, left), width)
        return Rect(row: row, column: column + leftTaken, width: width - leftTaken - max(0, right), height: height)
    }
}
