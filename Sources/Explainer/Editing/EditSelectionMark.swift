/// Shows the cell selected in edit mode on the grid: attributes and a `>` before it.
///
/// It finds the cell through the screen's `HitMap`, the same record the mouse uses, so the mark
/// sits exactly on the number drawn, in every arrangement and window. The marker is a character,
/// not only a style, so it shows on a monochrome terminal and in plain-text captures.
enum EditSelectionMark {
    static let marker = ">"

    static func draw(on screen: inout Screen, state: ExplainerState) {
        guard case .editing(let editor) = state.tutor.interaction,
            let region = screen.hitMap.region(of: target(of: editor.cell))
        else { return }
        screen.restyle(row: region.row, columns: region.columns) { style in
            style.bold = true
            style.reverse = true
            style.underline = true
        }
        // In the blank before the number; when the current term's bracket is there, after it.
        let before = region.columns.lowerBound - 1
        let after = region.columns.upperBound
        if screen.cell(row: region.row, column: before)?.character == " " {
            screen.write(marker, row: region.row, column: before, style: Styles.heading)
        } else if screen.cell(row: region.row, column: after)?.character == " " {
            screen.write("<", row: region.row, column: after, style: Styles.heading)
        }
    }

    /// The grid number that shows an editable cell.
    static func target(of cell: EditableCell) -> HitTarget {
        switch cell {
        case .input(let channel, let row, let column): .input(channel: channel, row: row, column: column)
        case .weight(let kernel, let inputChannel): .weight(kernel: kernel, inputChannel: inputChannel)
        }
    }
}
