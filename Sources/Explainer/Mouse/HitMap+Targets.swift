import ScreenCore

/// The screen's hit map read as the grid's numbers: the explainer records only `HitTarget`s.
extension HitMap {
    /// The grid number at a position, or nil (see `region(row:column:)` for the padding rule).
    public func target(row: Int, column: Int) -> HitTarget? {
        region(row: row, column: column).flatMap { HitTarget(tag: $0.tag) }
    }

    /// Where a grid number was drawn, or nil when it is not on screen.
    public func region(of target: HitTarget) -> Region? {
        firstRegion(tagged: target.tag)
    }
}

extension HitTarget {
    /// The target as the screen's hit map keeps it: its case as the kind, then its indices.
    public var tag: HitTag {
        switch self {
        case .input(let channel, let row, let column): HitTag(kind: 0, channel, row, column)
        case .output(let kernel, let row, let column): HitTag(kind: 1, kernel, row, column)
        case .kernelRow(let kernel): HitTag(kind: 2, kernel)
        case .weight(let kernel, let inputChannel): HitTag(kind: 3, kernel, inputChannel)
        case .bias(let kernel): HitTag(kind: 4, kernel)
        }
    }

    /// The target a hit map's tag was recorded from; nil for a tag of another kind.
    public init?(tag: HitTag) {
        switch tag.kind {
        case 0: self = .input(channel: tag.first, row: tag.second, column: tag.third)
        case 1: self = .output(kernel: tag.first, row: tag.second, column: tag.third)
        case 2: self = .kernelRow(kernel: tag.first)
        case 3: self = .weight(kernel: tag.first, inputChannel: tag.second)
        case 4: self = .bias(kernel: tag.first)
        default: return nil
        }
    }
}
