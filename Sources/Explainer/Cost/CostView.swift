import LessonKit
import PointwiseCore

/// The cost view (key `c`): why a 1×1 layer is cheap, in numbers, for the lesson's own shape.
///
/// A table puts this layer beside a direct `k×k` convolution, a 1×1 bottleneck followed by the
/// `k×k`, and a depthwise-separable layer, with each formula and its multiplications, additions
/// and parameters (digits grouped: `120,422,400`). Under it, sentences write out each path's sum
/// and its ratio to the direct layer, including MobileNet's `1/N + 1/k²`. Columns that do not fit
/// are left out (additions first, then parameters, then formulas); below the table's least size
/// the view says what size it needs. Everything drawn is a handful of counts: O(1) per frame.
enum CostView {
    static func render(_ state: ExplainerState, width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        guard width > 0, height > 0 else { return screen }
        let symbols = state.symbols
        let viewLabels = ViewLabels.forLanguage(state.lesson.interfaceLanguage, view: .cost)
        let labels = CostLabels.forLanguage(state.lesson.interfaceLanguage)
        guard let comparison = state.lesson.costComparison else {
            ViewChrome.drawTitle(on: &screen, state: state, viewName: viewLabels.viewName)
            screen.write(
                ViewChrome.adapt(labels.uncountable, symbols), row: min(2, height - 1), column: 1, style: Styles.warning,
                maxColumn: width - 1)
            return screen
        }
        // Long headers when every column fits with them, else short ones.
        var table = CostTable(comparison: comparison, labels: labels, symbols: symbols, shortHeaders: false)
        var columns = table.columns(fitting: width - 2)
        if columns.map({ $0.count < CostTable.Column.allCases.count }) ?? true {
            let short = CostTable(comparison: comparison, labels: labels, symbols: symbols, shortHeaders: true)
            if let shortColumns = short.columns(fitting: width - 2), shortColumns.count > columns?.count ?? 0 {
                (table, columns) = (short, shortColumns)
            }
        }
        let shapeText = "\(comparison.shape.height)×\(comparison.shape.width)×\(comparison.shape.inChannels)"
        var settings = ViewChrome.adapt(
            labels.settings(shapeText, comparison.kernelSize, comparison.bottleneckChannels, comparison.outChannels), symbols)
        if TextWidth.columns(of: settings) > width - 2 {
            // The same settings without the words, for narrow terminals.
            settings = ViewChrome.adapt(
                "\(shapeText) · k=\(comparison.kernelSize) · B=\(comparison.bottleneckChannels) · N=\(comparison.outChannels)", symbols)
        }
        // Title, settings, table header, the rows, status.
        let mandatoryRows = ViewChrome.rows + 1 + 1 + table.rows.count
        guard let columns, height >= mandatoryRows else {
            let narrowest = CostTable(comparison: comparison, labels: labels, symbols: symbols, shortHeaders: true)
            ViewChrome.drawTooSmall(on: &screen, state: state, needed: (2 + narrowest.minimumWidth, mandatoryRows))
            return screen
        }

        let summaries = summaryLines(comparison: comparison, labels: labels, symbols: symbols, width: width - 2)
        var spare = height - mandatoryRows
        let summaryRows = min(summaries.count, spare)
        spare -= summaryRows
        let showHeading = spare > 0
        if showHeading { spare -= 1 }
        let blanks = min(3, spare)

        // Under the title and above the status line, inside one-column margins: the bands.
        var body = Rect(screen).inset(left: 1, right: 1)
        _ = body.takeTop(1)
        _ = body.takeBottom(1)
        let block = table.block(columns: columns)
        let (bands, _) = body.splitVertically([
            blanks >= 3 ? 1 : 0, showHeading ? 1 : 0, 1, blanks >= 1 ? 1 : 0, block.height, blanks >= 2 ? 1 : 0, summaryRows,
        ])
        let (heading, settingsLine, tableArea, summaryArea) = (bands[1], bands[2], bands[4], bands[6])

        ViewChrome.drawTitle(on: &screen, state: state, viewName: viewLabels.viewName)
        if showHeading {
            screen.write(
                ViewChrome.adapt(labels.heading, symbols), row: heading.row, column: heading.column, style: Styles.heading,
                maxColumn: heading.right)
        }
        screen.write(settings, row: settingsLine.row, column: settingsLine.column, style: Styles.label, maxColumn: settingsLine.right)
        block.draw(on: &screen, row: tableArea.row, column: tableArea.column, maxColumn: tableArea.right)
        for (offset, line) in ViewChrome.fitted(summaries, rows: summaryRows, width: width - 2, symbols: symbols).enumerated() {
            screen.write(line, row: summaryArea.row + offset, column: summaryArea.column, maxColumn: summaryArea.right)
        }
        ViewChrome.drawStatus(on: &screen, state: state, labels: viewLabels)
        ViewChrome.drawOverlays(on: &screen, state: state)
        return screen
    }

    /// The sentences under the table, wrapped to `width` with continuation lines indented.
    static func summaryLines(comparison: CostComparison, labels: CostLabels, symbols: Symbols, width: Int) -> [String] {
        func grouped(_ value: Int) -> String { GroupedDigits.format(value) }
        let kernel = "\(comparison.kernelSize)×\(comparison.kernelSize)"
        func compare(_ ratio: CostRatio?) -> String {
            guard let ratio, let inverse = ratio.inverted else { return "" }
            let (text, isExact) = ratio.approximation()
            let (inverseText, inverseIsExact) = inverse.approximation()
            return labels.comparison(text, isExact, kernel, inverseText, inverseIsExact, ratio.numerator < ratio.denominator)
        }
        let bottleneckSum =
            grouped(comparison.bottleneckReduction.multiplications) + " + "
            + grouped(comparison.bottleneckSpatial.multiplications) + " = " + grouped(comparison.bottleneck.multiplications)
        let separableSum =
            grouped(comparison.depthwise.multiplications) + " + "
            + grouped(comparison.separablePointwise.multiplications) + " = " + grouped(comparison.separable.multiplications)
        // No-break spaces keep each short formula on one line when the sentence wraps.
        let mobileNet = "1/\(comparison.outChannels)\u{A0}+\u{A0}1/\(comparison.kernelSize * comparison.kernelSize)"
        let sentences = [
            labels.bottleneckSummary(bottleneckSum, compare(comparison.bottleneckRatio)),
            labels.separableSummary(separableSum, mobileNet, compare(comparison.mobileNetRatio)),
            labels.pointwiseSummary(
                kernel, comparison.shape.inChannels, comparison.shape.outChannels,
                comparison.kernelSize * comparison.kernelSize, grouped(comparison.spatialSameChannels.multiplications)),
        ]
        var lines: [String] = []
        for sentence in sentences {
            let wrapped = TextWrapper.wrap(ViewChrome.adapt(sentence, symbols), width: max(1, width - 2))
            for (index, line) in wrapped.enumerated() { lines.append(index == 0 ? line : "  " + line) }
        }
        return lines
    }
}
