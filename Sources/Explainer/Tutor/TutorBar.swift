import LessonKit
import PointwiseCore

/// Draws the tutor's lines just above the status line: a question, an edit, a file name, a y/n,
/// the last feedback, or at the last step what was learned and the way onward. Draws nothing when
/// there is none.
///
/// Every line is wrapped to the screen's width, so nothing is cut mid-word; the text area gives
/// up as many rows (`rows(state:width:height:textRows:)`) and pages the rest, so no lesson text
/// is hidden under the tutor either. The tutor takes at most a quarter of the screen and leaves
/// the lesson's text one row at least, though it always has two rows (for a question and its
/// hint) where the screen has eight; when its lines need more, the last one it keeps of the line
/// above the question (or of the question itself) ends in an ellipsis.
enum TutorBar {
    /// One wrapped row of the tutor, in its style.
    struct Line: Equatable {
        var text: String
        var style: CellStyle
    }

    /// The rows the tutor takes at this size, out of the `textRows` the text has without it: the
    /// text area above ends where they begin.
    static func rows(state: ExplainerState, width: Int, height: Int, textRows: Int) -> Int {
        lines(state: state, width: width, height: height, textRows: textRows).lines.count
    }

    static func draw(on screen: inout Screen, state: ExplainerState, textRows: Int) {
        let (lines, keys) = lines(state: state, width: screen.width, height: screen.height, textRows: textRows)
        guard !lines.isEmpty else { return }
        let top = screen.height - 1 - lines.count
        for (offset, line) in lines.enumerated() {
            let row = top + offset
            screen.fill(rows: row..<(row + 1), columns: 0..<screen.width)
            let end = screen.write(" " + line.text, row: row, column: 0, style: line.style, maxColumn: screen.width - 1)
            guard offset == lines.count - 1, !keys.isEmpty else { continue }
            let keysColumn = screen.width - 1 - TextWidth.columns(of: keys)
            if keysColumn > end + 1 { screen.write(keys, row: row, column: keysColumn, style: Styles.muted) }
        }
    }

    /// The tutor's rows, top to bottom, each wrapped to the width, and the keys for the last row.
    static func lines(state: ExplainerState, width: Int, height: Int, textRows: Int) -> (lines: [Line], keys: String) {
        guard height >= 4, width >= 10, let content = content(state: state) else { return ([], "") }
        let symbols = state.symbols
        let measure = width - 2
        let hintLines = content.hint.map { TextWrapper.wrap(symbols.adapt($0), width: measure) } ?? []
        var mainLines = TextWrapper.wrap(symbols.adapt(content.text), width: measure)
        // Keys that do not fit beside the last line get a line of their own.
        var keys = symbols.adapt(content.keys)
        if !keys.isEmpty, TextWidth.columns(of: mainLines.last ?? "") + 2 + TextWidth.columns(of: keys) > measure {
            mainLines += TextWrapper.wrap(keys, width: measure)
            keys = ""
        }
        // At most a quarter of the screen, a row of the text left, but two rows at least (a
        // question and its hint; one on the smallest screens); the question or choice itself
        // comes first, the line above it gets what is left.
        let limit = max(1, min((height - 2) / 4, max(textRows - 1, 2)))
        let main = ViewChrome.fitted(mainLines, rows: limit, width: measure, symbols: symbols)
        let hint = ViewChrome.fitted(hintLines, rows: limit - main.count, width: measure, symbols: symbols)
        let lines = hint.map { Line(text: $0, style: Styles.label) } + main.map { Line(text: $0, style: content.style) }
        return (lines, keys)
    }

    /// What the tutor says, before wrapping: the main text, the line above it, and keys.
    private struct Content {
        var text: String
        var hint: String?
        var keys = ""
        var style = Styles.heading
    }

    private static func content(state: ExplainerState) -> Content? {
        let labels = state.tutorLabels
        let symbols = state.symbols
        var content: Content
        switch state.tutor.interaction {
        case .predicting(let prediction):
            let place = prediction.place
            content = Content(
                text: labels.ask("\(Names.output(place.kernel))(\(place.row + 1), \(place.column + 1))") + prediction.line.text + "_",
                hint: prediction.hint, keys: labels.askKeys)
        case .editing(let editor):
            let name = state.name(of: editor.cell)
            if let line = editor.line {
                content = Content(text: labels.newValue(name) + line.text + "_")
            } else {
                content = Content(
                    text: labels.editKeys(name, DecimalFormatter.format(state.value(of: editor.cell), style: symbols.numberStyle)))
            }
        case .choosingSavePath(let line):
            content = Content(text: labels.savePath + line.text + "_")
        case .confirmingOverwrite(let request):
            content = Content(text: labels.overwrite(request.path), style: Styles.warning)
        case .choosingLesson:
            content = Content(text: labels.lessonListKeys, style: Styles.label)
        case .confirmingQuit:
            content = Content(text: labels.quitQuestion, keys: labels.quitKeys, style: Styles.warning)
        case .offeringResume(let point):
            let score = point.answers.isEmpty ? "" : labels.resumeScore(point.answers.values.filter { $0 }.count, point.answers.count)
            content = Content(text: labels.resume(point.position, state.walk.stepCount) + score)
        case nil:
            if let message = state.tutor.message {
                content = Content(text: message)
            } else if state.walk.position == state.walk.stepCount {
                // The last step: what was learned, the score, and the way onward.
                let onward =
                    state.nextLesson.map { labels.next($0.argument, $0.title) }
                    ?? (state.lessonChoices.isEmpty ? nil : labels.lastLesson)
                let parts = [state.scoreText, onward].compactMap { $0 }
                content = parts.isEmpty ? Content(text: labels.learned) : Content(text: parts.joined(separator: "  "), hint: labels.learned)
            } else {
                return nil
            }
        }
        // Feedback given during an interaction (an edit applied, a number refused) goes above it.
        if state.tutor.interaction != nil, let message = state.tutor.message { content.hint = message }
        return content
    }
}
