/// Where each clickable thing was drawn on a screen, recorded while drawing.
///
/// The drawing code records the cells of everything a click can point at, so the map is the
/// layout the learner sees, never a second copy of the layout rules that could drift from it.
/// The screen core does not know what the targets are (the explainer's are grid numbers,
/// `HitTarget`), so it keeps any hashable value; the explainer reads its own type back.
public struct HitMap: Hashable, Sendable {
    /// One drawn target: its row and the columns it covers.
    public struct Region: Hashable, Sendable {
        public let row: Int
        public let columns: Range<Int>
        /// What was drawn there, as the drawing code recorded it.
        public let anyTarget: any Hashable & Sendable

        public static func == (lhs: Region, rhs: Region) -> Bool {
            lhs.row == rhs.row && lhs.columns == rhs.columns && AnyHashable(lhs.anyTarget) == AnyHashable(rhs.anyTarget)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(row)
            hasher.combine(columns)
            hasher.combine(AnyHashable(anyTarget))
        }
    }

    public private(set) var regions: [Region] = []

    public init() {}

    /// Records a drawn target; empty ranges (clipped away) are left out.
    package mutating func record(_ target: some Hashable & Sendable, row: Int, columns: Range<Int>) {
        guard !columns.isEmpty else { return }
        regions.append(Region(row: row, columns: columns, anyTarget: target))
    }

    /// The region at a position, or nil.
    ///
    /// Numbers are right-aligned in their cells, so a click on the blank just left of a short
    /// number (its padding) counts for that number too.
    public func region(row: Int, column: Int) -> Region? {
        if let exact = regions.first(where: { $0.row == row && $0.columns.contains(column) }) { return exact }
        return regions.first(where: { $0.row == row && $0.columns.lowerBound == column + 1 })
    }

    /// The first region whose target passes a test, or nil when none is on screen.
    public func firstRegion(where matches: (any Hashable & Sendable) -> Bool) -> Region? {
        regions.first { matches($0.anyTarget) }
    }
}
