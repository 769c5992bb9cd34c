import ScreenCore

/// How many colours the terminal session can show, so the program can be told.
///
/// The renderer always carries attributes (bold, reverse, underline); colour only adds to them.
/// `none` covers monochrome terminals and `NO_COLOR`. Pictures are drawn in colour with `many`
/// (the nearest 256-palette colours) and `direct` (exact 24-bit), with shade characters otherwise.
public enum ColorSupport: Hashable, Sendable, CaseIterable {
    /// No colour: attributes only.
    case none
    /// The eight ANSI colours (also used for 16- and 88-colour terminals).
    case eight
    /// 256 colours or more.
    case many
    /// 24-bit colour: a direct-colour terminal description (`COLORS` = 2^24, such as
    /// `xterm-direct`), in which a colour number is `0xRRGGBB`.
    case direct

    /// The support a terminal reporting `count` colours gets, unless colour is turned off.
    static func forTerminal(colorCount count: Int) -> ColorSupport {
        if count >= 1 << 24 { return .direct }
        if count >= 256 { return .many }
        if count >= 8 { return .eight }
        return .none
    }

    /// True when `COLORTERM` announces 24-bit colour (`truecolor` or `24bit`).
    static func announcesTrueColor(_ value: String?) -> Bool {
        value == "truecolor" || value == "24bit"
    }

    /// True when the `NO_COLOR` convention (https://no-color.org) asks for no colour: the
    /// variable is set to a non-empty value.
    static func isDisabled(byNoColorValue value: String?) -> Bool {
        guard let value else { return false }
        return !value.isEmpty
    }
}

extension ColorSupport {
    /// True when pictures get colours; with eight colours a heatmap would say little, so shades.
    public var drawsPictures: Bool { self == .many || self == .direct }

    /// The terminal's colour number for an exact colour: itself in direct colour, else the
    /// nearest palette entry (the rule `render --ansi` uses too).
    func number(for color: RGBColor) -> Int32 {
        self == .direct ? Int32(color.packed) : Int32(color.paletteIndex)
    }
}
