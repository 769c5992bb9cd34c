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

    /// The title bar, naming the view on the right; the step is on the status line, as in the grid.
    static func drawTitle(on screen: inout Screen, state: ExplainerState, viewName: String) {
        StatusBar.drawTitle(
            on: &screen, title: adapt(state.lesson.title, state.symbols), right: adapt(viewName, state.symbols), symbols: state.symbols)
    }

    /// The grid's status line with the keys that matter in this view.
    static func drawStatus(on screen: inout Screen, state: ExplainerState, labels: ViewLabels) {
        StatusBar.drawStatus(
            on: &screen, state: state, keyHints: adapt(labels.keyHints, state.symbols),
            shortKeyHints: adapt(labels.shortKeyHints, state.symbols))
    }

    /// The centred message of a terminal below the view's size, with both sizes.
    /// Draws what may lie over any view: the help (`?`) and the lesson list (`o`).
    static func drawOverlays(on screen: inout Screen, state: ExplainerState) {
        if state.isShowingHelp { HelpOverlay.draw(on: &screen, state: state) }
        if case .choosingLesson(let picker) = state.tutor.interaction {
            LessonListOverlay.draw(on: &screen, picker: picker, labels: state.tutorLabels, symbols: state.symbols)
        }
    }

    static func drawTooSmall(on screen: inout Screen, state: ExplainerState, needed: (width: Int, height: Int)) {
        TooSmallMessage.draw(on: &screen, labels: state.labels, needed: needed) { adapt($0, state.symbols) }
    }

    /// Lines of wrapped text cut to `rows`, the last one ending in an ellipsis when text is left out.
    static func fitted(_ lines: [String], rows: Int, width: Int, symbols: Symbols) -> [String] {
        guard rows > 0 else { return [] }
        guard lines.count > rows else { return lines }
        var kept = Array(lines.prefix(rows))
        kept[rows - 1] = symbols.endingInEllipsis(kept[rows - 1], columns: width)
        return kept
    }

    /// Styled lines kept to `rows`, as `fitted` keeps plain ones: the last line kept ends in the
    /// ellipsis, and its words keep their styles up to it.
    static func fitted(_ lines: [[Run]], rows: Int, width: Int, symbols: Symbols) -> [[Run]] {
        guard rows > 0 else { return [] }
        guard lines.count > rows else { return lines }
        var kept = Array(lines.prefix(rows))
        var room = max(0, width - TextWidth.columns(of: symbols.ellipsis))
        var last: [Run] = []
        for run in kept[rows - 1] where room > 0 {
            let piece = run.columns <= room ? run.text : TextWidth.prefix(of: run.text, fitting: room)
            last.append(Run(piece, run.style))
            room -= TextWidth.columns(of: piece)
            if piece.count < run.text.count { break }
        }
        kept[rows - 1] = last + [Run(symbols.ellipsis)]
        return kept
    }
}
