import PointwiseCore

/// The top and bottom lines of every view: the lesson's title, and where the learner is.
enum StatusBar {
    /// The title bar: ` Pointwise · title` on the left (cut with an ellipsis when it does not
    /// fit), `right` on the right.
    static func drawTitle(on screen: inout Screen, title: String, right: String, symbols: Symbols) {
        let rightText = right + " "
        let rightColumn = max(0, screen.width - TextWidth.columns(of: rightText))
        let room = max(0, rightColumn - 2)
        let text = symbols.cut(" Pointwise" + symbols.separator + symbols.adapt(title), toColumns: room)
        screen.write(text, row: 0, column: 0, style: Styles.heading, maxColumn: room)
        screen.write(rightText, row: 0, column: rightColumn, style: Styles.label)
    }

    /// The status line: the main keys on the left; on the right, autoplay, the step `k of N` and
    /// the current pixel (or the introduction).
    /// `keyHints` replace the grid view's (with `shortKeyHints` when they do not fit).
    static func drawStatus(on screen: inout Screen, state: ExplainerState, keyHints: String? = nil, shortKeyHints: String? = nil) {
        let labels = state.labels
        let symbols = state.symbols
        let walk = state.walk
        var right =
            walk.step.map { step in
                labels.step(step.index, walk.stepCount) + symbols.separator + labels.pixelAt(step.row + 1, step.column + 1)
            } ?? labels.introduction + symbols.separator + labels.step(0, walk.stepCount)
        if state.isPlaying { right = "\(labels.playing) \(AutoplaySpeed.intervals[state.speed]) ms" + symbols.separator + right }
        right = symbols.adapt(right) + " "
        let row = screen.height - 1
        let rightColumn = max(0, screen.width - TextWidth.columns(of: right))
        var hintsEnd = rightColumn
        // Unsaved edits are marked where the eye checks where it is, so they are never forgotten.
        if state.tutor.isEdited {
            let mark = symbols.adapt(state.tutorLabels.editedMark) + symbols.separator
            hintsEnd = max(0, rightColumn - TextWidth.columns(of: mark))
            screen.write(mark, row: row, column: hintsEnd, style: Styles.warning, maxColumn: rightColumn)
        }
        // The grid view names the cost and matrix views (and the lesson list) where there is room.
        // The hints end two columns before what follows them, as the hints are spaced among themselves.
        var hints = " " + symbols.adapt(keyHints ?? labels.wideKeyHints)
        if keyHints == nil, TextWidth.columns(of: hints) > hintsEnd - 2 { hints = " " + symbols.adapt(labels.keyHints) }
        if TextWidth.columns(of: hints) > hintsEnd - 2 { hints = " " + symbols.adapt(shortKeyHints ?? labels.shortKeyHints) }
        screen.write(hints, row: row, column: 0, style: Styles.muted, maxColumn: max(0, hintsEnd - 2))
        screen.write(right, row: row, column: rightColumn, style: state.isPlaying ? Styles.computed : Styles.label)
    }
}
