import LessonKit
import PointwiseCore

/// Draws the whole explainer for a state at a terminal size: a pure function, testable as text.
///
/// From top to bottom: the title bar, the three panels (input, kernels, output) side by side —
/// or input above the other two when the terminal is narrow — the formula of the current output
/// value, the lesson's text for this phase, and the status line. Below the size a lesson needs, a
/// centred message says what size is needed and what size the terminal is.
public enum ExplainerRenderer {
    /// Rows besides the panels and the formula that every screen has: the title, the gap under
    /// the panels, one row of the lesson's text (the rest scrolls) and the status line.
    static let mandatoryRows = 4
    /// Rows of text the picture view keeps for the lesson's text at the least.
    static let minimumTextRows = 2
    /// The widest the lesson's text is set, in columns: longer lines are hard to read.
    static let readableMeasure = 100
    /// Columns below which the formula and the text cannot be read, whatever the panels need.
    static let minimumWidth = 40

    /// The screen for a state at a size. With `recordingHits` false the screen's `HitMap` stays
    /// empty (a frame that is only shown; the editor's selection mark still gets what it needs).
    public static func render(_ state: ExplainerState, width: Int, height: Int, recordingHits: Bool = true) -> Screen {
        var screen = Screen(width: width, height: height)
        screen.hitMap.isRecording = recordingHits || state.tutor.interaction?.isEditing == true
        guard width > 0, height > 0 else { return screen }
        // A lesson file that could not be reloaded: the view as it was, with the reasons over it.
        if let problem = state.fileProblem { return DiagnosticsPanel.render(state, problem: problem, width: width, height: height) }
        switch state.view {
        case .cost: return CostView.render(state, width: width, height: height)
        case .matrix: return MatrixView.render(state, width: width, height: height)
        case .picture: return PictureView.render(state, width: width, height: height)
        case .grid: break
        }

        guard let plan = plan(state, width: width, height: height) else {
            TooSmallMessage.draw(
                on: &screen, labels: state.labels, needed: minimumSize(state, width: width, height: height), adapt: state.symbols.adapt)
            return screen
        }
        let frame = plan.frame
        let layout = plan.layout
        let areas = plan.areas(width: width, height: height)

        drawTitle(on: &screen, frame: frame)
        layout.draw(on: &screen, row: areas.panels.row)
        EditSelectionMark.draw(on: &screen, state: state)

        // The formula and the text share a left edge: the panels' when the panels are wider
        // than the text's measure, else the one that centres the text.
        let textColumn = max(1, min(layout.leftColumn, (width - plan.textMeasure) / 2))
        let formulaColumn = plan.formula.width <= width - 1 - textColumn ? textColumn : 1
        plan.formula.draw(on: &screen, row: areas.formula.row, column: formulaColumn, maxColumn: width - 1)
        let textRows = max(1, areas.text.height)
        let tutorRows = TutorBar.rows(state: state, width: width, height: height, textRows: textRows)
        drawText(
            plan.text(in: areas.text, reserved: tutorRows), page: state.textPage, column: textColumn, measure: plan.textMeasure,
            on: &screen, symbols: state.symbols)

        drawStatus(on: &screen, frame: frame)
        TutorBar.draw(on: &screen, state: state, textRows: textRows)
        ViewChrome.drawOverlays(on: &screen, state: state)
        return screen
    }

    /// The lesson's text, or the page of it the learner turned to, with a mark at the right of
    /// its last row (`▾ ^D` more below, `▴ ^U` on the last page) when it has several pages.
    private static func drawText(
        _ text: GridPlan.TextPages, page: Int, column: Int, measure: Int, on screen: inout Screen, symbols: Symbols
    ) {
        let page = min(max(0, page), text.pages - 1)
        let start = page * text.rows
        let lines = text.lines[min(start, text.lines.count)..<min(start + text.rows, text.lines.count)]
        for (offset, line) in lines.enumerated() {
            var x = column
            for run in line { x = screen.write(run.text, row: text.row + offset, column: x, style: run.style, maxColumn: screen.width - 1) }
        }
        guard text.pages > 1 else { return }
        let mark = page < text.pages - 1 ? symbols.moreBelow + " ^D" : symbols.moreAbove + " ^U"
        let markColumn = column + measure - TextWidth.columns(of: mark)
        screen.write(mark, row: text.row + text.rows - 1, column: markColumn, style: Styles.muted, maxColumn: screen.width - 1)
    }

    private static func drawTitle(on screen: inout Screen, frame: Frame) {
        let shape = frame.shape
        let change = frame.symbols.adapt(
            "\(shape.height)×\(shape.width)×\(shape.inChannels) → \(shape.height)×\(shape.width)×\(shape.outChannels)")
        StatusBar.drawTitle(on: &screen, title: frame.state.lesson.title, right: change, symbols: frame.symbols)
    }

    private static func drawStatus(on screen: inout Screen, frame: Frame) {
        StatusBar.drawStatus(on: &screen, state: frame.state)
    }
}
