import PointwiseCore

/// The `o` overlay: the bundled lessons (in the lesson's language where a translation exists)
/// and recent files, one a line, the selected one in reverse video and marked `>`.
enum LessonListOverlay {
    static func draw(on screen: inout Screen, picker: LessonPicker, labels: TutorLabels, symbols: Symbols) {
        let nameWidth = min(40, picker.choices.map { TextWidth.columns(of: symbols.adapt(shortName($0.argument))) }.max() ?? 0)
        let room = max(10, screen.width - 8)
        var block = Block()
        block.lines.append([])
        // Only as many lines as the screen holds, around the selection.
        let visible = max(1, screen.height - 8)
        let first = min(max(0, picker.selected - visible / 2), max(0, picker.choices.count - visible))
        for index in first..<min(picker.choices.count, first + visible) {
            let choice = picker.choices[index]
            let isSelected = index == picker.selected
            let name = Pad.left(TextWidth.prefix(of: symbols.adapt(shortName(choice.argument)), fitting: nameWidth), nameWidth)
            let title = symbols.adapt(choice.isRecentFile ? labels.recentFile(choice.title) : choice.title)
            let line = symbols.cut((isSelected ? "> " : "  ") + name + "  " + title + " ", toColumns: room)
            var style = isSelected ? Styles.currentLabel : CellStyle.plain
            style.reverse = isSelected
            block.lines.append([Run(" "), Run(line, style)])
        }
        block.lines.append([])
        block.lines.append([Run(" " + symbols.adapt(labels.lessonListKeys) + " ", Styles.muted)])
        let framed = block.framed(
            title: symbols.adapt(labels.lessonListTitle), symbols: symbols, titleStyle: Styles.heading, frameStyle: Styles.heading)
        let top = max(0, (screen.height - framed.height) / 2)
        let left = max(0, (screen.width - framed.width) / 2)
        screen.fill(rows: top..<(top + framed.height), columns: left..<(left + framed.width))
        framed.draw(on: &screen, row: top, column: left)
    }

    /// A file's name without its folders; a bundled lesson's name as it is.
    static func shortName(_ argument: String) -> String {
        String(argument.split(separator: "/").last ?? Substring(argument))
    }
}
