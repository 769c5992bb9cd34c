import ScreenCore

/// The colour pair of each `Tint` for the terminal's colour support, from the one colour table
/// (`Tint.eightColor`, `Tint.paletteColor`, shared with `render --ansi`). Backgrounds stay the
/// terminal's own.
enum ColorPalette {
    /// The colour pair used for a tint: 1 and up, in `Tint.allCases` order.
    static func pairNumber(for tint: Tint) -> Int32 {
        Int32((Tint.allCases.firstIndex(of: tint) ?? 0) + 1)
    }

    /// The foreground colour number for a tint, or nil for the terminal's default colour.
    static func foreground(for tint: Tint, support: ColorSupport) -> Int32? {
        switch support {
        case .none:
            return nil
        case .eight:
            return tint.eightColor.map(Int32.init)
        case .direct:
            // The same colours as with 256, as 0xRRGGBB.
            return foreground(for: tint, support: .many).map { Int32(paletteRGB($0)) }
        case .many:
            return Int32(tint.paletteColor)
        }
    }

    /// The `0xRRGGBB` of a 256-palette entry from 16 up (the cube and the grey ramp).
    static func paletteRGB(_ index: Int32) -> Int {
        let levels = [0, 95, 135, 175, 215, 255]
        if index >= 232 {
            let grey = 8 + 10 * Int(index - 232)
            return grey << 16 | grey << 8 | grey
        }
        let cube = max(0, Int(index) - 16)
        return levels[cube / 36 % 6] << 16 | levels[cube / 6 % 6] << 8 | levels[cube % 6]
    }
}
