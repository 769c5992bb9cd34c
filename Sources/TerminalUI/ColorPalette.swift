import ScreenCore

/// The colour of each `Tint`, for 8 and for 256 colours. Backgrounds stay the terminal's own.
///
/// The 256-colour choices are mid-tones that read on dark and on light backgrounds, as text and
/// (under reverse video) as a background. With eight colours `muted` has no colour of its own
/// (ANSI has no grey that reads everywhere): the renderer's dim attribute carries it.
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
            switch tint {
            case .term: return 3  // yellow
            case .pixel: return 6  // cyan
            case .accumulating: return 5  // magenta
            case .computed: return 2  // green
            case .heading: return 4  // blue
            case .muted: return nil  // default colour; dim does the work
            case .warning: return 1  // red
            }
        case .direct:
            // The same colours as with 256, as 0xRRGGBB.
            return foreground(for: tint, support: .many).map { Int32(paletteRGB($0)) }
        case .many:
            switch tint {
            case .term: return 214  // orange  #ffaf00
            case .pixel: return 38  // sky blue #00afd7
            case .accumulating: return 170  // orchid #d75fd7
            case .computed: return 71  // green #5faf5f
            case .heading: return 75  // steel blue #5fafff
            case .muted: return 244  // grey #808080
            case .warning: return 203  // coral red #ff5f5f
            }
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
