/// How one cell of the screen is drawn: attributes that work on any terminal, plus an optional tint.
///
/// Pictures (the `v` view) also give cells exact colours (`foreground`, `background`); the
/// terminal edge and `render --ansi` reduce them to what the terminal shows.
///
/// Highlights always carry an attribute (bold, reverse, underline), so they stay visible on a
/// monochrome terminal or with `NO_COLOR`; the tint only adds colour where the terminal has it.
public struct CellStyle: Hashable, Sendable {
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool
    public var tint: Tint?
    /// An exact foreground colour, for pictures (overrides the tint's colour); nil: none.
    public var foreground: RGBColor?
    /// An exact background colour, for pictures; nil: the terminal's own background.
    public var background: RGBColor?

    public init(
        bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false, tint: Tint? = nil,
        foreground: RGBColor? = nil, background: RGBColor? = nil
    ) {
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
        self.tint = tint
        self.foreground = foreground
        self.background = background
    }

    /// Plain text, no attributes and no colour.
    public static let plain = CellStyle()

    /// True when nothing distinguishes this style from plain text.
    public var isPlain: Bool { self == .plain }
}

/// A colour by its meaning; the terminal edge maps each to a colour pair (8 or 256 colours).
public enum Tint: String, Hashable, Sendable, CaseIterable {
    /// The current term: its `x_j` cell, its weight `w_ij` and its part of the formula.
    case term
    /// The current pixel through every input channel.
    case pixel
    /// The output value being accumulated.
    case accumulating
    /// Output values already computed.
    case computed
    /// Titles and labels.
    case heading
    /// Frames, hints and secondary text.
    case muted
    /// Problems: diagnostics, a too-small terminal.
    case warning
}
