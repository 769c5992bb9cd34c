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

    public static func render(_ state: ExplainerState, width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        guard width > 0, height > 0 else { return screen }

        // Roomier spacing when it fits, tighter when it does not.
        var chosen: (frame: Frame, layout: PanelLayout)?
        var smallest: (width: Int, height: Int) = (Int.max, Int.max)
        for (spacing, sideBySide) in [(2, true), (1, true), (2, false), (1, false)] {
            let frame = Frame(state: state, spacing: spacing)
            let layout = PanelLayout(frame: frame, width: width, sideBySide: sideBySide)
            let needed = (width: layout.neededWidth, height: layout.height + fixedRows(frame))
            smallest = (min(smallest.width, needed.width), min(smallest.height, needed.height))
            if needed.width <= width, needed.height <= height {
                chosen = (frame, layout)
                break
            }
        }
        guard let (frame, layout) = chosen else {
            drawTooSmall(on: &screen, labels: state.labels, symbols: state.symbols, needed: smallest)
            return screen
        }

        drawTitle(on: &screen, frame: frame)
        var row = 1
        if height >= layout.height + fixedRows(frame) + 2 { row += 1 } // breathing room on tall screens
        layout.draw(on: &screen, row: row)
        row += layout.height + 1

        let formula = frame.formulaBlock(width: width - 2)
        formula.draw(on: &screen, row: row, column: 1, maxColumn: width - 1)
        row += formula.height + 1

        let textRows = height - 1 - row
        let text = state.symbols.adapt(Narration.text(state.lesson, at: state.walk, style: state.symbols.numberStyle))
        var lines = TextWrapper.wrap(text, width: width - 2)
        if lines.count > textRows, textRows > 0 {
            lines = Array(lines.prefix(textRows))
            let last = lines[textRows - 1]
            lines[textRows - 1] = TextWidth.prefix(of: last, fitting: width - 2 - TextWidth.columns(of: state.symbols.ellipsis)) + state.symbols.ellipsis
        }
        for (offset, line) in lines.enumerated() where offset < textRows {
            screen.write(line, row: row + offset, column: 1, maxColumn: width - 1)
        }

        drawStatus(on: &screen, frame: frame)
        if state.isShowingHelp { HelpOverlay.draw(on: &screen, labels: state.labels, symbols: state.symbols) }
        return screen
    }

    /// Rows besides the panels: title, gap, formula (3), gap, text, status.
    private static func fixedRows(_ frame: Frame) -> Int {
        1 + 1 + 3 + 1 + minimumTextRows + 1
    }

    private static func drawTitle(on screen: inout Screen, frame: Frame) {
        let state = frame.state
        let right = state.walk.isAtIntroduction
            ? frame.labels.introduction + frame.symbols.separator + frame.labels.step(0, state.walk.stepCount)
            : frame.labels.step(state.walk.position, state.walk.stepCount)
        let rightText = frame.symbols.adapt(right) + " "
        let rightColumn = max(0, screen.width - TextWidth.columns(of: rightText))
        let title = " Pointwise" + frame.symbols.separator + frame.symbols.adapt(state.lesson.title)
        screen.write(title, row: 0, column: 0, style: Styles.heading, maxColumn: max(0, rightColumn - 1))
        screen.write(rightText, row: 0, column: rightColumn, style: Styles.label)
    }

    private static func drawStatus(on screen: inout Screen, frame: Frame) {
        let state = frame.state
        let row = screen.height - 1
        var right = ""
        if let step = frame.step {
            right = frame.labels.pixel(step.pixelIndex(width: frame.shape.width) + 1, frame.shape.pixels)
        }
        if state.isPlaying { right = "\(frame.labels.playing) \(AutoplaySpeed.intervals[state.speed]) ms  " + right }
        right = frame.symbols.adapt(right) + " "
        let rightColumn = max(0, screen.width - TextWidth.columns(of: right))
        screen.write(" " + frame.symbols.adapt(frame.labels.keyHints), row: row, column: 0, style: Styles.muted, maxColumn: max(0, rightColumn - 1))
        screen.write(right, row: row, column: rightColumn, style: state.isPlaying ? Styles.computed : Styles.label)
    }

    private static func drawTooSmall(on screen: inout Screen, labels: Labels, symbols: Symbols, needed: (width: Int, height: Int)) {
        let message = symbols.adapt(labels.tooSmall(needed.width, needed.height, screen.width, screen.height))
        let lines = TextWrapper.wrap(message, width: max(1, screen.width - 2))
        let top = max(0, (screen.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let column = max(0, (screen.width - TextWidth.columns(of: line)) / 2)
            screen.write(line, row: top + offset, column: column, style: Styles.warning)
        }
    }
}

/// Where the three panels go: in one row when they fit, else the input above the other two.
struct PanelLayout {
    let input: Block
    let kernels: Block
    let output: Block
    let sideBySide: Bool
    let width: Int

    init(frame: Frame, width: Int, sideBySide: Bool) {
        input = frame.inputPanel()
        kernels = frame.kernelPanel()
        output = frame.outputPanel()
        self.width = width
        self.sideBySide = sideBySide
    }

    /// The narrowest terminal this arrangement fits in.
    var neededWidth: Int {
        sideBySide ? input.width + kernels.width + output.width + 2 : max(input.width, kernels.width + 1 + output.width)
    }

    var height: Int {
        sideBySide ? max(input.height, kernels.height, output.height) : input.height + max(kernels.height, output.height)
    }

    /// Draws the panels from `row`, centred horizontally.
    func draw(on screen: inout Screen, row: Int) {
        if sideBySide {
            let total = input.width + kernels.width + output.width + 2
            var column = max(0, (width - total) / 2)
            input.draw(on: &screen, row: row, column: column)
            column += input.width + 1
            kernels.draw(on: &screen, row: row, column: column)
            column += kernels.width + 1
            output.draw(on: &screen, row: row, column: column)
        } else {
            input.draw(on: &screen, row: row, column: max(0, (width - input.width) / 2))
            let lower = kernels.width + 1 + output.width
            let column = max(0, (width - lower) / 2)
            kernels.draw(on: &screen, row: row + input.height, column: column)
            output.draw(on: &screen, row: row + input.height, column: column + kernels.width + 1)
        }
    }
}
