import LessonKit
import PointwiseCore

/// The title bar, status line and too-small message of the cost and matrix views.
///
/// They match the grid view's (same places, same styles) so switching views keeps the screen's
/// frame still; the right of the title names the view, and the status line lists the keys that
/// matter in it.
enum ViewChrome {
    /// Rows the title and the status line take together.
    static let rows = 2

    /// Text in the view's glyph set: the grid's ASCII replacements, plus the few symbols only the
    /// views use (`²`, `ᵀ`, `⋮`).
    static func adapt(_ text: String, _ symbols: Symbols) -> String {
        let adapted = symbols.adapt(text)
        guard symbols.numberStyle == .ascii else { return adapted }
        var result = ""
        for character in adapted {
            switch character {
            case "²": result += "^2"
            case "ᵀ": result += "^T"
            case "⋮": result += ":"
            case "≈": result += "~"
            default: result.append(character)
            }
        }
        return result
    }

    static func drawTitle(on screen: inout Screen, state: ExplainerState, viewName: String) {
        let symbols = state.symbols
        let walk = state.walk
        let right = adapt(viewName + symbols.separator + state.labels.step(walk.position, walk.stepCount), symbols) + " "
        let rightColumn = max(0, screen.width - TextWidth.columns(of: right))
        var title = " Pointwise" + symbols.separator + adapt(state.lesson.title, symbols)
        let room = max(0, rightColumn - 2)
        if TextWidth.columns(of: title) > room {
            title = TextWidth.prefix(of: title, fitting: max(0, room - TextWidth.columns(of: symbols.ellipsis))) + symbols.ellipsis
        }
        screen.write(title, row: 0, column: 0, style: Styles.heading, maxColumn: room)
        screen.write(right, row: 0, column: rightColumn, style: Styles.label)
    }

    static func drawStatus(on screen: inout Screen, state: ExplainerState, labels: ViewLabels) {
        let symbols = state.symbols
        let row = screen.height - 1
        var right = ""
        if let step = state.walk.step {
            right = state.labels.pixel(step.pixelIndex(width: state.walk.shape.width) + 1, state.walk.shape.pixels)
        }
        if state.isPlaying { right = "\(state.labels.playing) \(AutoplaySpeed.intervals[state.speed]) ms  " + right }
        right = adapt(right, symbols) + " "
        let rightColumn = max(0, screen.width - TextWidth.columns(of: right))
        var hints = " " + adapt(labels.keyHints, symbols)
        if TextWidth.columns(of: hints) > rightColumn - 1 { hints = " " + adapt(labels.shortKeyHints, symbols) }
        screen.write(hints, row: row, column: 0, style: Styles.muted, maxColumn: max(0, rightColumn - 1))
        screen.write(right, row: row, column: rightColumn, style: state.isPlaying ? Styles.computed : Styles.label)
    }

    /// The centred message of a terminal below the view's size, with both sizes.
    static func drawTooSmall(on screen: inout Screen, state: ExplainerState, needed: (width: Int, height: Int)) {
        let message = adapt(state.labels.tooSmall(needed.width, needed.height, screen.width, screen.height), state.symbols)
        let lines = TextWrapper.wrap(message, width: max(1, screen.width - 2))
        let top = max(0, (screen.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let column = max(0, (screen.width - TextWidth.columns(of: line)) / 2)
            screen.write(line, row: top + offset, column: column, style: Styles.warning)
        }
    }

    /// Lines of wrapped text cut to `rows`, the last one ending in an ellipsis when text is left out.
    static func fitted(_ lines: [String], rows: Int, width: Int, symbols: Symbols) -> [String] {
        guard rows > 0 else { return [] }
        guard lines.count > rows else { return lines }
        var kept = Array(lines.prefix(rows))
        let ellipsis = symbols.ellipsis
        kept[rows - 1] = TextWidth.prefix(of: kept[rows - 1], fitting: max(0, width - TextWidth.columns(of: ellipsis))) + ellipsis
        return kept
    }
}
