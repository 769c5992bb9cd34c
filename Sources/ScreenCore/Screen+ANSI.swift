/// The screen as text with ANSI escape codes for its attributes, for `render --ansi`.
///
/// Tints take the terminal edge's eight colours from the one table (`Tint.eightColor`, SGR
/// 30–37 foregrounds; `muted` has none, its dim attribute carries it). Exact
/// colours (pictures) are written as 24-bit (`38;2;r;g;b`, `48;2;…`) with `trueColor`, else as
/// the nearest 256-colour palette entry (`38;5;n`, `48;5;n`), the very reduction the terminal
/// edge makes. With `colors: false` only the attributes (bold, dim, underline, reverse) are
/// written. A change of colour alone is written as that colour alone, so a row of picture cells
/// costs one short sequence per cell whose colours differ from the one before.
extension Screen {
    public func ansiLines(colors: Bool, trueColor: Bool = false) -> [String] {
        (0..<height).map { row in
            var line = ""
            var current = CellStyle.plain
            for column in 0..<width {
                guard let cell = cell(row: row, column: column), !cell.isContinuation else { continue }
                let style =
                    colors
                    ? cell.style
                    : CellStyle(bold: cell.style.bold, reverse: cell.style.reverse, underline: cell.style.underline, dim: cell.style.dim)
                if style != current {
                    line += Self.sgr(from: current, to: style, trueColor: trueColor)
                    current = style
                }
                line += cell.character
            }
            if current != .plain { line += "\u{1B}[0m" }
            return line
        }
    }

    /// The shortest Select Graphic Rendition sequence this writer uses to go from one style to
    /// another: only the changed colours when nothing else changed, else a reset and the style.
    static func sgr(from previous: CellStyle, to style: CellStyle, trueColor: Bool) -> String {
        var withoutColors = style
        withoutColors.foreground = previous.foreground
        withoutColors.background = previous.background
        if withoutColors == previous, style.foreground != nil || previous.foreground == nil,
            style.background != nil || previous.background == nil
        {
            var codes: [String] = []
            if style.foreground != previous.foreground, let color = style.foreground {
                codes.append(colorCode(color, background: false, trueColor: trueColor))
            }
            if style.background != previous.background, let color = style.background {
                codes.append(colorCode(color, background: true, trueColor: trueColor))
            }
            return "\u{1B}[" + codes.joined(separator: ";") + "m"
        }
        return sgr(style, trueColor: trueColor)
    }

    /// The Select Graphic Rendition sequence that sets exactly this style.
    static func sgr(_ style: CellStyle, trueColor: Bool = false) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if let color = style.foreground {
            codes.append(colorCode(color, background: false, trueColor: trueColor))
        } else if let color = style.tint?.eightColor {
            codes.append(String(30 + color))
        }
        if let color = style.background { codes.append(colorCode(color, background: true, trueColor: trueColor)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    /// `38;2;r;g;b` / `48;2;r;g;b`, or `38;5;n` / `48;5;n` with the nearest palette entry.
    static func colorCode(_ color: RGBColor, background: Bool, trueColor: Bool) -> String {
        let lead = background ? "48" : "38"
        if trueColor { return "\(lead);2;\(color.red);\(color.green);\(color.blue)" }
        return "\(lead);5;\(color.paletteIndex)"
    }
}
