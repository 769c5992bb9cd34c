import PointwiseCore

/// The centred warning every view draws when the terminal is smaller than it needs.
enum TooSmallMessage {
    /// Draws the message with both sizes, wrapped and centred, in the warning style.
    ///
    /// `adapt` puts the text in the view's glyph set: the grid uses `Symbols.adapt`, the cost and
    /// matrix views `ViewChrome.adapt`, which also replaces the symbols only they show.
    static func draw(on screen: inout Screen, labels: Labels, needed: (width: Int, height: Int), adapt: (String) -> String) {
        let message = adapt(labels.tooSmall(needed.width, needed.height, screen.width, screen.height))
        let lines = TextWrapper.wrap(message, width: max(1, screen.width - 2))
        let top = max(0, (screen.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let column = max(0, (screen.width - TextWidth.columns(of: line)) / 2)
            screen.write(line, row: top + offset, column: column, style: Styles.warning)
        }
    }
}
