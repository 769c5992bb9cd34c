import LessonKit
import PointwiseCore

/// The matrix view (key `m`): the 1×1 convolution as one matrix product, `X · Wᵀ = Y`.
///
/// `X` has one row per pixel (`H·W` rows) and one column per input channel; `Wᵀ` has one row
/// per input channel and one column per kernel (`Wᵀ[j][i] = w_ij`); `Y` has one row per pixel
/// and one column per output channel; a layer's bias is one more row `b` under `Wᵀ`, added to
/// every row of the product. The walk's cursor is drawn in all three at once: the
/// current pixel's row of `X`, the current kernel's column of `Wᵀ`, the term `x_j`·`w_ij` in
/// brackets in both, and the output entry being summed in `Y`, so "a fully connected layer at
/// every pixel" can be watched step by step. The same keys move the same walk as in the grid.
///
/// Big lessons show a window of rows and columns around the cursor, with `⋮` and `…` where
/// rows and columns are hidden and a line saying which are shown. Only the cells on screen are
/// read, and cell widths come from `CellWidths` (bounded in O(1) for big lessons), so a frame
/// costs what the screen shows, never what the lesson holds.
enum MatrixView {
    static func render(_ state: ExplainerState, width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        guard width > 0, height > 0 else { return screen }
        let symbols = state.symbols
        let viewLabels = ViewLabels.forLanguage(state.lesson.interfaceLanguage, view: .matrix)
        let labels = MatrixLabels.forLanguage(state.lesson.interfaceLanguage)
        let frame = Frame(state: state, spacing: 1, widths: CellWidths(convolution: state.walk.convolution, symbols: symbols))

        // Rows: title, matrices (frame, header, data, frame), then what fits of the extras.
        let available = height - ViewChrome.rows - 3
        let minimumData = MatrixBlocks.minimumSize(frame: frame, labels: labels).height - 3
        let focusLines = focusText(state, labels: labels, width: width)
        var extras: [Extra: Int] = [:]
        var used = 0
        let wanted: [(Extra, Int)] = [(.formula, 3), (.focus, min(2, focusLines.count)), (.shown, 1), (.gapAbove, 1), (.gapBelow, 1)]
        for (extra, rows) in wanted where available - used - rows >= minimumData {
            extras[extra] = rows
            used += rows
        }
        let dataRoom = available - used
        guard dataRoom >= minimumData,
            let matrices = MatrixBlocks(frame: frame, labels: labels, width: width - 2, dataRoom: dataRoom)
        else {
            let needed = MatrixBlocks.minimumSize(frame: frame, labels: labels)
            ViewChrome.drawTooSmall(on: &screen, state: state, needed: (needed.width + 2, needed.height + ViewChrome.rows))
            return screen
        }
        if !matrices.hidesAnything { extras[.shown] = nil }

        ViewChrome.drawTitle(on: &screen, state: state, viewName: viewLabels.viewName)
        // Under the title and above the status line, inside one-column margins: the matrices,
        // then the extras that fit, as bands.
        var body = Rect(screen).inset(left: 1, right: 1)
        _ = body.takeTop(1 + (extras[.gapAbove] ?? 0))
        _ = body.takeBottom(1)
        _ = body.takeTop(matrices.draw(on: &screen, row: body.row, width: width))
        let (bands, _) = body.splitVertically([extras[.shown] ?? 0, extras[.focus] ?? 0, extras[.gapBelow] ?? 0, extras[.formula] ?? 0])
        let (shown, focus, formula) = (bands[0], bands[1], bands[3])
        if shown.height > 0 {
            screen.write(
                ViewChrome.adapt(matrices.shownText(labels), symbols), row: shown.row, column: shown.column, style: Styles.muted,
                maxColumn: shown.right)
        }
        for (offset, line) in ViewChrome.fitted(focusLines, rows: focus.height, width: focus.width, symbols: symbols).enumerated() {
            screen.write(line, row: focus.row + offset, column: focus.column, style: Styles.label, maxColumn: focus.right)
        }
        if extras[.formula] != nil {
            frame.formulaBlock(width: formula.width).draw(on: &screen, row: formula.row, column: formula.column, maxColumn: formula.right)
        }
        ViewChrome.drawStatus(on: &screen, state: state, labels: viewLabels)
        ViewChrome.drawOverlays(on: &screen, state: state)
        return screen
    }

    /// The optional lines under the matrices, in the order they are kept when rows are short.
    private enum Extra: Hashable {
        case formula, focus, shown, gapAbove, gapBelow
    }

    /// Which row and column the cursor is in, in words; the idea of the view at the introduction.
    private static func focusText(_ state: ExplainerState, labels: MatrixLabels, width: Int) -> [String] {
        let text: String
        if let step = state.walk.step {
            text = labels.focus(step.row + 1, step.column + 1, step.pixelIndex(width: state.walk.shape.width) + 1, step.kernel + 1)
        } else {
            text = labels.introduction
        }
        return TextWrapper.wrap(ViewChrome.adapt(text, state.symbols), width: max(1, width - 2))
    }
}
