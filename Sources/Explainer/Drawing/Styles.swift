import LessonKit

/// The styles of the explainer's elements; each highlight has an attribute, colour is extra.
enum Styles {
    /// The current term: its input cell, its weight and its part of the formula.
    static let term = CellStyle(bold: true, reverse: true, tint: .term)
    /// The current pixel in every input channel.
    static let pixel = CellStyle(bold: true, underline: true, tint: .pixel)
    /// The output value being accumulated.
    static let accumulating = CellStyle(bold: true, reverse: true, tint: .accumulating)
    /// Output values already computed.
    static let computed = CellStyle(bold: true, tint: .computed)
    /// Output values not computed yet, and terms not added yet.
    static let pending = CellStyle(dim: true, tint: .muted)
    static let heading = CellStyle(bold: true, tint: .heading)
    static let frame = CellStyle(tint: .muted)
    static let muted = CellStyle(dim: true, tint: .muted)
    static let label = CellStyle(tint: .heading)
    static let currentLabel = CellStyle(bold: true, underline: true, tint: .term)
    static let warning = CellStyle(bold: true, tint: .warning)
}

extension Styles {
    /// How the lesson's Markdown is drawn, with attributes that need no colour: `**bold**` bold,
    /// `*emphasis*` underlined (terminals have no dependable italic), `` `code` `` in reverse
    /// video; marks inside one another add up.
    static func marked(_ marks: RichText.Marks) -> CellStyle {
        CellStyle(bold: marks.contains(.strong), reverse: marks.contains(.code), underline: marks.contains(.emphasis))
    }
}
