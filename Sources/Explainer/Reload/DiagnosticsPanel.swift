import LessonKit
import PointwiseCore

/// The panel that says why the watched lesson file was not reloaded, over the bottom of any view.
///
/// While `state.fileProblem` is set, the screen still shows the last good lesson (the learner
/// keeps working), and a framed panel above the status line says what is wrong: the file's
/// errors as `pointwise check` prints them (`path:line:col: error: …`, the line and a caret),
/// or that the file is gone or unreadable. Everything in it comes from `LessonFileProblem`,
/// already inert. It takes at most half the screen (all but the status line on a short one);
/// what does not fit ends in a count of the lines left out. On a screen too small for a frame, one line on the status row says it.
enum DiagnosticsPanel {
    /// The smallest screen that gets a framed panel; below it, a one-line notice.
    static let minimumWidth = 20
    static let minimumHeight = 6

    /// The view the state asks for, with the panel drawn over its bottom rows.
    static func render(_ state: ExplainerState, problem: LessonFileProblem, width: Int, height: Int) -> Screen {
        var underneath = state
        underneath.fileProblem = nil
        var screen = ExplainerRenderer.render(underneath, width: width, height: height)
        draw(problem, on: &screen, language: state.lesson.interfaceLanguage, symbols: state.symbols)
        return screen
    }

    /// Draws the panel on a screen already holding the view.
    static func draw(_ problem: LessonFileProblem, on screen: inout Screen, language: InterfaceLanguage, symbols: Symbols) {
        let width = screen.width
        let height = screen.height
        guard width > 0, height > 0 else { return }
        let summary = symbols.adapt(Self.summary(problem, language: language))
        guard width >= minimumWidth, height >= minimumHeight else {
            screen.fill(rows: (height - 1)..<height, columns: 0..<width)
            screen.write(symbols.cut(" " + summary, toColumns: width), row: height - 1, column: 0, style: Styles.warning)
            return
        }

        let inner = width - 4  // a border and a space on each side
        let header = TextWrapper.wrap(summary, width: inner)
        let details = problem.lines(language).map { symbols.cut($0, toColumns: inner) }
        // Half the screen, or all but the status line on a short one, so the summary shows.
        let panelRows = height < 16 ? height - 1 : height / 2
        let bodyRoom = max(1, panelRows - 2)
        var body = header.map { ($0, Styles.warning) } + details.map { ($0, CellStyle.plain) }
        if body.count > bodyRoom {
            let kept = max(1, bodyRoom - 1)
            let left = body.count - kept
            body = Array(body.prefix(kept))
            if bodyRoom > kept { body.append((symbols.ellipsis + " " + moreLines(left, language: language), Styles.muted)) }
        }

        let top = height - 1 - (body.count + 2)
        screen.fill(rows: top..<(height - 1), columns: 0..<width)
        let title = " " + symbols.adapt(Self.title(language)) + " "
        let titleText = symbols.cut(title, toColumns: width - 4)
        let rule = Rule.of(symbols.horizontal, count: width - 3 - TextWidth.columns(of: titleText))
        var column = screen.write(symbols.topLeft + symbols.horizontal, row: top, column: 0, style: Styles.warning)
        column = screen.write(titleText, row: top, column: column, style: Styles.warning)
        screen.write(rule + symbols.topRight, row: top, column: column, style: Styles.warning)
        for (offset, line) in body.enumerated() {
            let row = top + 1 + offset
            screen.write(symbols.vertical, row: row, column: 0, style: Styles.warning)
            screen.write(line.0, row: row, column: 2, style: line.1, maxColumn: width - 2)
            screen.write(symbols.vertical, row: row, column: width - 1, style: Styles.warning)
        }
        let bottom = symbols.bottomLeft + Rule.of(symbols.horizontal, count: width - 2) + symbols.bottomRight
        screen.write(bottom, row: height - 2, column: 0, style: Styles.warning)
    }

    /// What happened and what stays on screen, in the lesson's language.
    static func summary(_ problem: LessonFileProblem, language: InterfaceLanguage) -> String {
        let key: TextKey =
            switch problem.kind {
            case .invalid: .reloadInvalid
            case .missing: .reloadMissing
            case .unreadable: .reloadUnreadable
            }
        return Catalogue.text(key, language, ["path": problem.path])
    }

    static func title(_ language: InterfaceLanguage) -> String {
        Catalogue.text(.reloadTitle, language)
    }

    private static func moreLines(_ count: Int, language: InterfaceLanguage) -> String {
        Catalogue.text(.reloadMoreLines, language, ["count": String(count)])
    }
}
