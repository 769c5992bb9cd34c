/// A stretch of one row's cells and the click regions drawn in it, lifted off one screen to be
/// put on another: a line drawn in one frame and unchanged in the next is copied, not drawn again.
public struct ScreenStrip: Sendable {
    fileprivate let cells: [Screen.Stored]
    /// The regions drawn in the stretch, their columns counted from its first cell, in the order
    /// they were recorded.
    fileprivate let regions: [(columns: Range<Int>, tag: HitTag)]

    /// Columns the strip covers.
    public var width: Int { cells.count }
}

extension Screen {
    /// How many click regions have been recorded so far: the mark from which `strip` takes the
    /// regions of what is drawn next.
    public var regionCount: Int { hitMap.regions.count }

    /// The cells of `row` in `columns` and the regions recorded since `regionMark` (all on that
    /// row, within those columns), or nil when they cannot be put elsewhere as they are: a
    /// stretch outside the screen, one that starts on the second half of a wide character or
    /// ends on the first half of one, a cluster kept in this screen's side list, or a region
    /// outside it.
    public func strip(row: Int, columns: Range<Int>, regionsSince regionMark: Int) -> ScreenStrip? {
        guard row >= 0, row < height, columns.lowerBound >= 0, columns.upperBound <= width, !columns.isEmpty else { return nil }
        let base = row * width
        let cells = Array(stored[(base + columns.lowerBound)..<(base + columns.upperBound)])
        guard let first = cells.first, !first.isContinuation else { return nil }
        if columns.upperBound < width, stored[base + columns.upperBound].isContinuation { return nil }
        guard !cells.contains(where: { $0.glyph.longIndex != nil }) else { return nil }
        let recorded = hitMap.regions
        guard regionMark >= 0, regionMark <= recorded.count else { return nil }
        var regions: [(columns: Range<Int>, tag: HitTag)] = []
        regions.reserveCapacity(recorded.count - regionMark)
        let shift = columns.lowerBound
        for region in recorded[regionMark...] {
            guard region.row == row, region.columns.lowerBound >= columns.lowerBound, region.columns.upperBound <= columns.upperBound
            else { return nil }
            regions.append((columns: (region.columns.lowerBound - shift)..<(region.columns.upperBound - shift), tag: region.tag))
        }
        return ScreenStrip(cells: cells, regions: regions)
    }

    /// Puts a strip at (row, column), as drawing its line there would: every cell of the stretch
    /// is replaced, a wide character it cuts at either end leaves a blank, and its regions are
    /// recorded. Returns false, changing nothing, when the strip does not fit on the screen.
    @discardableResult
    public mutating func put(_ strip: ScreenStrip, row: Int, column: Int) -> Bool {
        let end = column + strip.cells.count
        guard row >= 0, row < height, column >= 0, end <= width else { return false }
        let base = row * width
        if column > 0, stored[base + column].isContinuation { stored[base + column - 1].glyph = .space }
        stored.withUnsafeMutableBufferPointer { cells in
            strip.cells.withUnsafeBufferPointer { source in
                guard let target = cells.baseAddress, let from = source.baseAddress else { return }
                (target + base + column).update(from: from, count: source.count)
            }
        }
        if end < width, stored[base + end].isContinuation { stored[base + end].glyph = .space }
        for region in strip.regions {
            hitMap.record(region.tag, row: row, columns: (region.columns.lowerBound + column)..<(region.columns.upperBound + column))
        }
        return true
    }
}
