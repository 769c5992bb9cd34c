import PointwiseCore

/// Grid cells of a bounded width, so one huge or very precise value cannot push a panel (and
/// its neighbours) off the screen.
///
/// Every grid cell is at most `CellWidths.maximumColumns` wide; a value wider than its cell is
/// shortened by `DecimalFormatter.format(_:style:maxWidth:)` — fewer decimals, then scientific
/// notation — and starts with `~`, so it never passes for an exact value. The formula and the
/// running sum below the panels always show the exact values, so the screen still adds up.
extension CellWidths {
    /// The widest a grid cell may be, in columns: room for `−123456.75` or `~−1.23e-15`.
    static let maximumColumns = 10

    /// These widths with every panel's cells capped at `maximum` columns.
    func capped(at maximum: Int = maximumColumns) -> CellWidths {
        var capped = self
        capped.input = min(input, maximum)
        capped.kernel = min(kernel, maximum)
        capped.output = min(output, maximum)
        return capped
    }
}

extension Frame {
    /// A value for a grid cell `width` columns wide: exact when it fits, else shortened and marked.
    func number(_ value: ExactDecimal, fitting width: Int) -> String {
        DecimalFormatter.format(value, style: symbols.numberStyle, maxWidth: width)
    }
}

extension Frame {
    /// A partial sum in a cell `width` columns wide: the number (shortened if need be), then the
    /// partial mark (`2…`) hanging into the gap after the cell, so it reads as unfinished without
    /// colour — in `render` text too — and the number stays aligned with its column.
    func partialRun(_ value: ExactDecimal, fitting width: Int, style: CellStyle, target: HitTarget?) -> Run {
        let mark = symbols.partial
        return Run(number(value, fitting: width) + mark, style, target: target, hanging: TextWidth.columns(of: mark))
    }

    /// True when the current step leaves its output value unfinished: its running sum is partial.
    var isPartialSum: Bool { step.map { !$0.completesOutput } ?? false }
}
