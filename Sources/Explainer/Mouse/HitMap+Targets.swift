/// The screen's hit map read as the grid's numbers: the explainer records only `HitTarget`s.
extension HitMap {
    /// The grid number at a position, or nil (see `region(row:column:)` for the padding rule).
    public func target(row: Int, column: Int) -> HitTarget? {
        region(row: row, column: column)?.anyTarget as? HitTarget
    }

    /// Where a grid number was drawn, or nil when it is not on screen.
    public func region(of target: HitTarget) -> Region? {
        firstRegion { $0 as? HitTarget == target }
    }
}
