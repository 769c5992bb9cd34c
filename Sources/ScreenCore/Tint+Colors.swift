/// The one colour table: what each tint looks like with 8 and with 256 colours.
///
/// The live terminal (TerminalUI's colour pairs) and `render --ansi` both read it, so a capture
/// shows the colours the learner sees. The 256-colour choices are mid-tones that read on dark
/// and on light backgrounds, as text and (under reverse video) as a background. With eight
/// colours `muted` has no colour of its own (ANSI has no grey that reads everywhere): its dim
/// attribute carries it.
extension Tint {
    /// The ANSI colour (0 black … 7 white) with eight colours, or nil for the terminal's own.
    public var eightColor: Int? {
        switch self {
        case .term: 3  // yellow
        case .pixel: 6  // cyan
        case .accumulating: 5  // magenta
        case .computed: 2  // green
        case .heading: 4  // blue
        case .muted: nil  // default colour; dim does the work
        case .warning: 1  // red
        }
    }

    /// The xterm 256-colour palette entry (16 and up, which users do not redefine).
    public var paletteColor: Int {
        switch self {
        case .term: 214  // orange  #ffaf00
        case .pixel: 38  // sky blue #00afd7
        case .accumulating: 170  // orchid #d75fd7
        case .computed: 71  // green #5faf5f
        case .heading: 75  // steel blue #5fafff
        case .muted: 244  // grey #808080
        case .warning: 203  // coral red #ff5f5f
        }
    }
}
