/// The screen as text with ANSI escape codes for its attributes, for `render --ansi`.
///
/// Colours follow the same palette idea as the terminal edge (SGR 30–37 foregrounds); with
/// `colors: false` only the attributes (bold, dim, underline, reverse) are written.
extension Screen {
    public func ansiLines(colors: Bool) -> [String] {
        (0..<height).map { row in
            var line = ""
            var current = CellStyle.plain
            for column in 0..<width {
                guard let cell = cell(row: row, column: column), !cell.isContinuation else { continue }
                let style = colors ? cell.style : CellStyle(bold: cell.style.bold, reverse: cell.style.reverse, underline: cell.style.underline, dim: cell.style.dim)
                if style != current {
                    line += Self.sgr(style)
                    current = style
                }
                line += cell.character
            }
            if current != .plain { line += "\u{1B}[0m" }
            return line
        }
    }

    /// The Select Graphic Rendition sequence that sets exactly this style.
    static func sgr(_ style: CellStyle) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if let tint = style.tint { codes.append(String(30 + ansiColor(tint))) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    /// The 8-colour index (0 black … 7 white) for a tint.
    static func ansiColor(_ tint: Tint) -> Int {
        switch tint {
        case .term: return 3 // yellow
        case .pixel: return 6 // cyan
        case .accumulating: return 2 // green
        case .computed: return 2 // green
        case .heading: return 4 // blue
        case .muted: return 7 // white, dimmed by its attribute
        case .warning: return 1 // red
        }
    }
}
