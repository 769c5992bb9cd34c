import CNCursesShim
import PointwiseCore
import ScreenCore

extension TerminalSession {
    /// Draws a whole frame: clears, puts every cell with its attributes and colour, refreshes.
    ///
    /// Cells beyond the terminal's size are left out, continuation cells (the right half of a
    /// wide character) are filled by the terminal itself, and a wide character that the
    /// terminal's right edge would cut is shown as a space. Control characters never reach
    /// the terminal: the screen holds `InertText`'s stand-ins already, and a cell that still held
    /// an unsafe scalar would be drawn as U+FFFD. ncurses reports ERR for the bottom-right cell (the cursor cannot move past
    /// it); the character is still drawn, so that result is ignored.
    public func draw(_ screen: Screen) {
        guard isActive else { return }
        let window = pw_stdscr()
        _ = werase(window)
        let rows = min(screen.height, height)
        let columns = min(screen.width, width)
        var scalars: [UInt32] = []
        scalars.reserveCapacity(8)
        for row in 0..<rows {
            for column in 0..<columns {
                guard let cell = screen.cell(row: row, column: column), !cell.isContinuation else { continue }
                if cell.style.isPlain, cell.character == " " { continue }  // werase left it blank
                let isWide = screen.cell(row: row, column: column + 1)?.isContinuation ?? false
                scalars.removeAll(keepingCapacity: true)
                if isWide, column + 1 >= columns {
                    scalars.append(0x20)
                } else {
                    for scalar in cell.character.unicodeScalars { scalars.append(scalar.value) }
                    if cell.character.unicodeScalars.contains(where: InertText.isUnsafe) { scalars = [0xFFFD] }
                }
                _ = scalars.withUnsafeBufferPointer { buffer in
                    pw_put_cluster(
                        Int32(row), Int32(column), buffer.baseAddress, Int32(buffer.count),
                        attributes(for: cell.style), pair(for: cell.style))
                }
            }
        }
        _ = wrefresh(window)
    }

    /// The ncurses attributes for a style (the colour pair goes separately).
    func attributes(for style: CellStyle) -> attr_t {
        var attributes = pw_attr_normal()
        if style.bold { attributes |= pw_attr_bold() }
        if style.reverse { attributes |= pw_attr_reverse() }
        if style.underline { attributes |= pw_attr_underline() }
        if style.dim { attributes |= pw_attr_dim() }
        return attributes
    }

    /// The colour pair for a style: 0 (the terminal's colours) without a tint or without colour.
    ///
    /// Exact colours (pictures) get a pair of their foreground and background from ncurses'
    /// `alloc_pair`, with each colour reduced by `ColorSupport.number(for:)` — the same rule as
    /// `render --ansi` — so both show the same colours.
    func pair(for style: CellStyle) -> Int32 {
        if colors.drawsPictures, style.foreground != nil || style.background != nil {
            let foreground =
                style.foreground.map(colors.number(for:))
                ?? style.tint.flatMap { ColorPalette.foreground(for: $0, support: colors) } ?? -1
            let background = style.background.map(colors.number(for:)) ?? -1
            let pair = pw_alloc_pair(foreground, background)
            if pair > 0 { return pair }
        }
        guard colors != .none, let tint = style.tint else { return 0 }
        guard ColorPalette.foreground(for: tint, support: colors) != nil else { return 0 }
        return ColorPalette.pairNumber(for: tint)
    }
}
