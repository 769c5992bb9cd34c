import LessonKit
import PointwiseCore

/// Draws the tutor's line just above the status line: a question, an edit, a file name, a y/n,
/// the last feedback, or the score at the end of the lesson. Draws nothing when there is none.
///
/// It covers the text area's last line, which the text can spare: the prompt is what the learner
/// is reading at that moment. A lesson's hint, when it has one, goes on the line above.
enum TutorBar {
    static func draw(on screen: inout Screen, state: ExplainerState) {
        guard screen.height >= 4, screen.width >= 10 else { return }
        let labels = state.tutorLabels
        let symbols = state.symbols
        let row = screen.height - 2
        var hint: String?
        let text: String
        var keys = ""
        var style = Styles.heading
        switch state.tutor.interaction {
        case .predicting(let prediction):
            let place = prediction.place
            text = labels.ask("\(Names.output(place.kernel))(\(place.row + 1), \(place.column + 1))") + prediction.line.text + "_"
            keys = labels.askKeys
            hint = prediction.hint
        case .editing(let editor):
            let name = state.name(of: editor.cell)
            if let line = editor.line {
                text = labels.newValue(name) + line.text + "_"
            } else {
                text = labels.editKeys(name, DecimalFormatter.format(state.value(of: editor.cell), style: symbols.numberStyle))
            }
        case .choosingSavePath(let line):
            text = labels.savePath + line.text + "_"
        case .confirmingOverwrite(let request):
            text = labels.overwrite(request.path)
            style = Styles.warning
        case .choosingLesson:
            text = labels.lessonListKeys
            style = Styles.label
        case .confirmingQuit:
            text = labels.quitQuestion
            keys = labels.quitKeys
            style = Styles.warning
        case .offeringResume(let point):
            let score = point.answers.isEmpty ? "" : labels.resumeScore(point.answers.values.filter { $0 }.count, point.answers.count)
            text = labels.resume(point.position, state.walk.stepCount) + score
        case nil:
            if let message = state.tutor.message {
                text = message
            } else if state.walk.position == state.walk.stepCount {
                // The last step: what was learned, the score, and the way onward.
                let onward = state.nextLesson.map { labels.next($0.argument, $0.title) }
                    ?? (state.lessonChoices.isEmpty ? nil : labels.lastLesson)
                let parts = [state.scoreText, onward].compactMap { $0 }
                if parts.isEmpty {
                    text = labels.learned
                } else {
                    hint = labels.learned
                    text = parts.joined(separator: "  ")
                }
            } else {
                return
            }
        }
        // Feedback given during an interaction (an edit applied, a number refused) goes above it.
        if state.tutor.interaction != nil, let message = state.tutor.message { hint = message }
        write(symbols.adapt(text), keys: symbols.adapt(keys), row: row, style: style, on: &screen)
        if let hint { write(symbols.adapt(hint), keys: "", row: row - 1, style: Styles.label, on: &screen) }
    }

    private static func write(_ text: String, keys: String, row: Int, style: CellStyle, on screen: inout Screen) {
        screen.fill(rows: row..<(row + 1), columns: 0..<screen.width)
        let end = screen.write(" " + text, row: row, column: 0, style: style, maxColumn: screen.width - 1)
        let keysColumn = screen.width - 1 - TextWidth.columns(of: keys)
        if !keys.isEmpty, keysColumn > end + 1 { screen.write(keys, row: row, column: keysColumn, style: Styles.muted) }
    }
}
