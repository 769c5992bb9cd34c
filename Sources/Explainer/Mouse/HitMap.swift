/// Where each clickable number was drawn on a screen, recorded while drawing.
///
/// `Block.draw` records the cells of every run that carries a `HitTarget`, so the map is the
/// layout the learner sees, never a second copy of the layout rules that could drift from it.
public struct HitMap: Hashable, Sendable {
    /// One drawn number: its row and the columns it covers.
    public struct Region: Hashable, Sendable {
        public let row: Int
        public let columns: Range<Int>
        public let target: HitTarget
    }

    public private(set) var regions: [Region] = []

    public init() {}

    /// Records a drawn number; empty ranges (clipped away) are left out.
    mutating func record(_ target: HitTarget, row: Int, columns: Range<Int>) {
        guard !columns.isEmpty else { return }
        regions.append(Region(row: row, columns: columns, target: target))
    }

    /// The number at a position, or nil.
    ///
    /// Numbers are right-aligned in their cells, so a click on the blank just left of a short
    /// number (its padding) counts for that number too.
    public func target(row: Int, column: Int) -> HitTarget? {
        if let exact = regions.first(where: { $0.row == row && $0.columns.contains(column) }) { return exact.target }
        return regions.first(where: { $0.row == row && $0.columns.lowerBound == column + 1 })?.target
    }

    /// Where a target was drawn, or nil when it is not on screen.
    public func region(of target: HitTarget) -> Region? {
        regions.first { $0.target == target }
    }
}
