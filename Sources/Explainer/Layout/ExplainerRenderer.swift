import LessonKit
import PointwiseCore

/// Draws the whole explainer for a state at a terminal size: a pure function, testable as text.
///
/// From top to bottom: the title bar, the three panels (input, kernels, output) side by side —
/// or input above the other two when the terminal is narrow — the formula of the current output
/// value, the lesson's text for this phase, and the status line. Below the size a lesson needs, a
/// centred message says what size is needed and what size the terminal is.
public enum ExplainerRenderer {
    /// Rows the text area gets at the least; fewer and the screen counts as too small.
    static let minimumTextRows = 2
    /// Columns below which the formula and the text cannot be read, whatever the panels need.
    static let minimumWidth = 40

    public static func render(_ state: ExplainerState, width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        guard width > 0, height > 0 else { return screen }
        // A lesson file that could not be reloaded: the view as it was, with the reasons over it.
        if let problem = state.fileProblem { return DiagnosticsPanel.render(state, problem: problem, width: width, height: height) }
        switch state.view {
        case .cost: return CostView.render(state, width: width, height: height)
        case .matrix: return MatrixView.render(state, width: width, height: height)
        case .picture: return PictureView.render(state, width: width, height: height)
        case .grid: break
        }

        // Roomier spacing when it fits, tighter when it does not.
        // The first arrangement that fits, roomiest first; else the one needing the least growth.
        var chosen: (frame: Frame, layout: PanelLayout)?
        var closest: (width: Int, height: Int, shortfall: Int)?
        let arrangements: [(Int, PanelLayout.Arrangement)] = [
            (2, .row), (1, .row), (2, .inputAbove), (1, .inputAbove), (1, .column),
        ]
        let widths = CellWidths(convolution: state.walk.convolution, symbols: state.symbols).capped()
        for (spacing, arrangement) in arrangements {
            // A lesson too big for the screen never builds whole panels: it gets windows below.
            guard wholeLessonCouldFit(state.walk.shape, width: width, height: height) else { continue }
            let frame = Frame(state: state, spacing: spacing, widths: widths)
            let layout = PanelLayout(frame: frame, width: width, arrangement: arrangement)
            let needed = (width: max(layout.neededWidth, minimumWidth), height: layout.height + fixedRows(frame))
            if needed.width <= width, needed.height <= height {
                chosen = (frame, layout)
                break
            }
            let shortfall = max(0, needed.width - width) + max(0, needed.height - height)
            if closest.map({ shortfall < $0.shortfall }) ?? true { closest = (needed.width, needed.height, shortfall) }
        }
        var windowedNeed: (width: Int, height: Int)?
        let text = state.symbols.adapt(Narration.text(state.lesson, at: state.walk, style: state.symbols.numberStyle))
        let textLines = TextWrapper.wrap(text, width: width - 2)
        if chosen == nil {
            // Windows could take every spare row; keep up to a third of them for the lesson's text.
            let spare = max(0, height - fixedRowsCount)
            let extraTextRows = min(max(0, textLines.count - minimumTextRows), spare / 3)
            switch windowedLayout(state: state, widths: widths, width: max(0, width), panelRows: spare - extraTextRows) {
            case .success(let windowed):
                if max(windowed.1.neededWidth, minimumWidth) <= width { chosen = windowed }
            case .failure(let needed):
                windowedNeed = (max(needed.width, minimumWidth), needed.panelRows + fixedRowsCount)
            }
        }
        guard let (frame, layout) = chosen else {
            let needed = closest.map { ($0.width, $0.height) } ?? windowedNeed ?? (width, height)
            TooSmallMessage.draw(on: &screen, labels: state.labels, needed: needed, adapt: state.symbols.adapt)
            return screen
        }

        drawTitle(on: &screen, frame: frame)
        var row = 1
        // Breathing room under the title on tall screens, unless the lesson's text needs the row.
        if height >= layout.height + fixedRows(frame) + 2 + max(0, textLines.count - minimumTextRows) { row += 1 }
        layout.draw(on: &screen, row: row)
        EditSelectionMark.draw(on: &screen, state: state)
        row += layout.height + 1

        let formula = frame.formulaBlock(width: width - 2).wrapped(width: width - 2)
        formula.draw(on: &screen, row: row, column: 1, maxColumn: width - 1)
        row += formula.height + 1

        let textRows = height - 1 - row
        var lines = textLines
        if lines.count > textRows, textRows > 0 {
            lines = Array(lines.prefix(textRows))
            let last = lines[textRows - 1]
            lines[textRows - 1] = TextWidth.prefix(of: last, fitting: width - 2 - TextWidth.columns(of: state.symbols.ellipsis)) + state.symbols.ellipsis
        }
        for (offset, line) in lines.enumerated() where offset < textRows {
            screen.write(line, row: row + offset, column: 1, maxColumn: width - 1)
        }

        drawStatus(on: &screen, frame: frame)
        TutorBar.draw(on: &screen, state: state)
        if state.isShowingHelp { HelpOverlay.draw(on: &screen, labels: state.labels, symbols: state.symbols) }
        return screen
    }

    /// Rows besides the panels: title, gap, formula (3), gap, text, status.
    private static func fixedRows(_ frame: Frame) -> Int {
        fixedRowsCount
    }

    /// Rows besides the panels, for layouts worked out before any frame exists.
    static let fixedRowsCount = 1 + 1 + 3 + 1 + minimumTextRows + 1

    private static func drawTitle(on screen: inout Screen, frame: Frame) {
        let shape = frame.shape
        let change = frame.symbols.adapt("\(shape.height)×\(shape.width)×\(shape.inChannels) → \(shape.height)×\(shape.width)×\(shape.outChannels)")
        StatusBar.drawTitle(on: &screen, title: frame.state.lesson.title, right: change, symbols: frame.symbols)
    }

    private static func drawStatus(on screen: inout Screen, frame: Frame) {
        StatusBar.drawStatus(on: &screen, state: frame.state)
    }
}

/// Where the three panels go: in one row, the input above the other two, or all in a column.
struct PanelLayout {
    enum Arrangement {
        /// Input, kernels and output side by side.
        case row
        /// The input on top; the kernels and the output side by side below it.
        case inputAbove
        /// One above the other, for narrow terminals.
        case column
    }

    let input: Block
    let kernels: Block
    let output: Block
    let arrangement: Arrangement
    let width: Int

    init(frame: Frame, width: Int, arrangement: Arrangement) {
        input = frame.inputPanel()
        kernels = frame.kernelPanel()
        output = frame.outputPanel()
        self.width = width
        self.arrangement = arrangement
    }

    /// The narrowest terminal this arrangement fits in.
    var neededWidth: Int {
        switch arrangement {
        case .row: input.width + kernels.width + output.width + 2
        case .inputAbove: max(input.width, kernels.width + 1 + output.width)
        case .column: max(input.width, kernels.width, output.width)
        }
    }

    var height: Int {
        switch arrangement {
        case .row: max(input.height, kernels.height, output.height)
        case .inputAbove: input.height + max(kernels.height, output.height)
        case .column: input.height + kernels.height + output.height
        }
    }

    /// Draws the panels from `row`, centred horizontally.
    func draw(on screen: inout Screen, row: Int) {
        func centred(_ total: Int) -> Int { max(0, (width - total) / 2) }
        switch arrangement {
        case .row:
            var column = centred(neededWidth)
            input.draw(on: &screen, row: row, column: column)
            column += input.width + 1
            kernels.draw(on: &screen, row: row, column: column)
            column += kernels.width + 1
            output.draw(on: &screen, row: row, column: column)
        case .inputAbove:
            input.draw(on: &screen, row: row, column: centred(input.width))
            let column = centred(kernels.width + 1 + output.width)
            kernels.draw(on: &screen, row: row + input.height, column: column)
            output.draw(on: &screen, row: row + input.height, column: column + kernels.width + 1)
        case .column:
            input.draw(on: &screen, row: row, column: centred(input.width))
            kernels.draw(on: &screen, row: row + input.height, column: centred(kernels.width))
            output.draw(on: &screen, row: row + input.height + kernels.height, column: centred(output.width))
        }
    }
}
