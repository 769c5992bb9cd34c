import LessonKit
import PointwiseCore

/// The cost view's table: one row per layer or path, columns for the formula and the counts.
struct CostTable {
    /// A column of the table, in the order they are given up when the screen is narrow.
    enum Column: CaseIterable {
        case name, multiplications, formula, parameters, additions
    }

    struct Row {
        var name: String
        var formula: String
        var figures: CostFigures
        /// The lesson's own layer, set apart from the alternatives.
        var isThisLayer = false
        /// A path's total (bold), as opposed to one of its layers.
        var isTotal = false
    }

    let rows: [Row]
    let headers: [Column: String]
    let symbols: Symbols

    init(comparison: CostComparison, labels: CostLabels, symbols: Symbols, shortHeaders: Bool) {
        let shape = comparison.shape
        let k = "\(comparison.kernelSize)×\(comparison.kernelSize)"
        let (b, n) = (comparison.bottleneckChannels, comparison.outChannels)
        let adapt = { ViewChrome.adapt($0, symbols) }
        rows = [
            Row(
                name: adapt(labels.thisLayer(shape.inChannels, shape.outChannels)), formula: adapt("H·W·C_in·C_out"),
                figures: comparison.pointwise, isThisLayer: true),
            Row(name: adapt(labels.direct(k, shape.inChannels, n)), formula: adapt("H·W·k²·C_in·N"), figures: comparison.direct),
            Row(
                name: adapt(labels.bottleneckReduction(shape.inChannels, b)), formula: adapt("H·W·C_in·B"),
                figures: comparison.bottleneckReduction),
            Row(name: adapt(labels.bottleneckSpatial(k, b, n)), formula: adapt("H·W·k²·B·N"), figures: comparison.bottleneckSpatial),
            Row(name: adapt(labels.bottleneckTotal), formula: "", figures: comparison.bottleneck, isTotal: true),
            Row(name: adapt(labels.depthwise(k, shape.inChannels)), formula: adapt("H·W·k²·C_in"), figures: comparison.depthwise),
            Row(
                name: adapt(labels.separablePointwise(shape.inChannels, n)), formula: adapt("H·W·C_in·N"),
                figures: comparison.separablePointwise),
            Row(name: adapt(labels.separableTotal), formula: "", figures: comparison.separable, isTotal: true),
        ]
        let counts =
            shortHeaders
            ? labels.shortColumns
            : (labels.columns.multiplications, labels.columns.additions, labels.columns.parameters)
        headers = [
            .name: "", .formula: adapt(labels.columns.formula), .multiplications: adapt(counts.0),
            .additions: adapt(counts.1), .parameters: adapt(counts.2),
        ]
        self.symbols = symbols
    }

    /// Columns between two columns of the table.
    static let gap = 2

    func text(_ row: Row, _ column: Column) -> String {
        switch column {
        case .name: row.name
        case .formula: row.formula
        case .multiplications: GroupedDigits.format(row.figures.multiplications)
        case .additions: GroupedDigits.format(row.figures.additions)
        case .parameters: GroupedDigits.format(row.figures.parameters)
        }
    }

    func width(of column: Column) -> Int {
        max(TextWidth.columns(of: headers[column] ?? ""), rows.map { TextWidth.columns(of: text($0, column)) }.max() ?? 0)
    }

    /// The narrowest the table can be: the names and the multiplications.
    var minimumWidth: Int { width(of: .name) + Self.gap + width(of: .multiplications) }

    /// The columns that fit in `width`, in display order, or nil when not even the names and the
    /// multiplications do.
    func columns(fitting width: Int) -> [Column]? {
        guard minimumWidth <= width else { return nil }
        var chosen: Set<Column> = [.name, .multiplications]
        var used = minimumWidth
        for column in [Column.formula, .parameters, .additions] {
            let extra = Self.gap + self.width(of: column)
            if used + extra <= width {
                chosen.insert(column)
                used += extra
            }
        }
        return [Column.name, .formula, .multiplications, .additions, .parameters].filter { chosen.contains($0) }
    }

    /// The header and the rows as styled lines: names left-aligned, numbers right-aligned.
    func block(columns: [Column]) -> Block {
        let widths = columns.map { width(of: $0) }
        func line(_ cells: [(String, CellStyle)]) -> [Run] {
            var runs: [Run] = []
            for (index, column) in columns.enumerated() {
                if index > 0 { runs.append(Run(spaces: Self.gap)) }
                let (text, style) = cells[index]
                let aligned = column == .name || column == .formula ? Pad.left(text, widths[index]) : Pad.right(text, widths[index])
                // The style covers the text only, so underlines do not run into the padding.
                let padding = TextWidth.columns(of: aligned) - TextWidth.columns(of: text)
                if column == .name || column == .formula {
                    runs.append(Run(text, style))
                    runs.append(Run(spaces: padding))
                } else {
                    runs.append(Run(spaces: padding))
                    runs.append(Run(text, style))
                }
            }
            return runs
        }
        var block = Block()
        block.lines.append(line(columns.map { (headers[$0] ?? "", Styles.label) }))
        for row in rows {
            block.lines.append(
                line(
                    columns.map { column in
                        let text = text(row, column)
                        switch column {
                        case .name: return (text, row.isThisLayer ? Styles.currentLabel : row.isTotal ? Styles.heading : Styles.label)
                        case .formula: return (text, Styles.muted)
                        default: return (text, row.isThisLayer || row.isTotal ? Styles.computed : .plain)
                        }
                    }))
        }
        return block
    }
}
