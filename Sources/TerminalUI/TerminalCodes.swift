import ScreenCore

/// The control sequences a frame is sent with: moving the cursor and setting a cell's style.
///
/// They come from the terminal's terminfo entry (``TerminalCodes/terminfo(colors:)``, read once a
/// session), so any terminal ncurses knows is driven in its own language; `ansi(colors:)` is the
/// ECMA-48 set most terminals speak, which the tests play back.
struct TerminalCodes {
    /// Appends the sequence that puts the cursor at a 0-based row and column.
    let moveCursor: (_ row: Int, _ column: Int, _ bytes: inout [UInt8]) -> Void
    /// The bytes that set a style from any other: the terminal's reset first, then the
    /// attributes and colours the style has.
    let style: (CellStyle) -> [UInt8]
    /// The bytes of the terminal's reset to plain text (`sgr0`), sent at the end of a frame that
    /// ends in another style so that what follows the program is plain.
    let reset: [UInt8]
    /// False for a terminal that scrolls when its bottom-right cell is written (automatic margins
    /// without the "newline glitch"): that cell is then left as it is.
    let writesBottomRightCorner: Bool

    /// The colour numbers a style is drawn in (nil: the terminal's own colour), the rule both ways
    /// of drawing share: exact colours (pictures) where the terminal shows them, else the tint's
    /// foreground, with the terminal's own background.
    static func colorNumbers(for style: CellStyle, colors: ColorSupport) -> (foreground: Int32?, background: Int32?) {
        if colors.drawsPictures, style.foreground != nil || style.background != nil {
            let foreground =
                style.foreground.map(colors.number(for:))
                ?? style.tint.flatMap { ColorPalette.foreground(for: $0, support: colors) }
            return (foreground, style.background.map(colors.number(for:)))
        }
        guard colors != .none, let tint = style.tint else { return (nil, nil) }
        return (ColorPalette.foreground(for: tint, support: colors), nil)
    }

    /// The ECMA-48 sequences (`CSI row;column H`, `CSI … m`), with colours as 8-colour, 256-colour
    /// or 24-bit numbers for the given support.
    static func ansi(colors: ColorSupport) -> TerminalCodes {
        TerminalCodes(
            moveCursor: { row, column, bytes in appendANSICursorAddress(row: row, column: column, to: &bytes) },
            style: { style in
                var codes: [String] = []
                if style.bold { codes.append("1") }
                if style.dim { codes.append("2") }
                if style.underline { codes.append("4") }
                if style.reverse { codes.append("7") }
                let (foreground, background) = colorNumbers(for: style, colors: colors)
                for (number, base) in [(foreground, 30), (background, 40)] {
                    guard let number else { continue }
                    if colors == .direct {
                        codes.append("\(base + 8);2;\(number >> 16 & 0xFF);\(number >> 8 & 0xFF);\(number & 0xFF)")
                    } else if number < 8 {
                        codes.append("\(base + Int(number))")
                    } else {
                        codes.append("\(base + 8);5;\(number)")
                    }
                }
                return Array("\u{1B}[m".utf8) + (codes.isEmpty ? [] : Array("\u{1B}[\(codes.joined(separator: ";"))m".utf8))
            },
            reset: Array("\u{1B}[m".utf8),
            writesBottomRightCorner: true)
    }

    /// `ESC [ row+1 ; column+1 H`, written digit by digit (no string is made).
    static func appendANSICursorAddress(row: Int, column: Int, to bytes: inout [UInt8]) {
        bytes.append(0x1B)
        bytes.append(0x5B)
        appendDecimal(row + 1, to: &bytes)
        bytes.append(0x3B)
        appendDecimal(column + 1, to: &bytes)
        bytes.append(0x48)
    }

    /// The decimal digits of a non-negative number.
    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        let value = max(0, value)
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(truncatingIfNeeded: 0x30 + value / divisor % 10))
            divisor /= 10
        }
    }
}
