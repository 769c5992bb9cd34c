import PointwiseCore

/// The glyphs the screen draws with: Unicode by default, plain ASCII with `--ascii`.
public struct Symbols: Sendable {
    public let horizontal: String
    public let vertical: String
    public let topLeft: String
    public let topRight: String
    public let bottomLeft: String
    public let bottomRight: String
    /// The multiplication dot in `w·x`.
    public let times: String
    /// Shown in an output cell not yet computed.
    public let pending: String
    public let arrow: String
    public let ellipsis: String
    /// After a partial sum in a cell (`2…`, `2+` in ASCII), so a value still being added up never
    /// passes for a finished one, even without colour. One column, drawn in the gap after the cell.
    public let partial: String
    public let numberStyle: DecimalFormatter.Style
    /// Between the parts of a title, e.g. `input x · 3×3×3`.
    public let separator: String
    /// Brackets drawn around the current term's cells, so it shows without colour too.
    public let markLeft: String
    public let markRight: String

    public static let unicode = Symbols(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        times: "·", pending: "·", arrow: "→", ellipsis: "…", partial: "…", numberStyle: .unicode, separator: " · ", markLeft: "[",
        markRight: "]")

    public static let ascii = Symbols(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        times: "*", pending: ".", arrow: "->", ellipsis: "...", partial: "+", numberStyle: .ascii, separator: " - ", markLeft: "[",
        markRight: "]")

    /// Text as this symbol set can show it: in ASCII mode, common typographic symbols are replaced
    /// by ASCII look-alikes (other characters, such as Chinese, are left as they are).
    public func adapt(_ text: String) -> String {
        numberStyle == .ascii ? ASCIIText.transliterate(text) : text
    }

    /// Text cut to `width` columns with this set's ellipsis where it was cut; text that fits is
    /// left as it is. The one rule for titles, status lines and lists, so the ellipsis (three
    /// columns in ASCII) is always counted.
    func cut(_ text: String, toColumns width: Int) -> String {
        guard TextWidth.columns(of: text) > width else { return text }
        return endingInEllipsis(text, columns: width)
    }

    /// The start of the text that fits `width` columns together with an ellipsis, and the
    /// ellipsis: for a last line that stands for more lines left out, even when it would fit.
    func endingInEllipsis(_ text: String, columns width: Int) -> String {
        TextWidth.prefix(of: text, fitting: max(0, width - TextWidth.columns(of: ellipsis))) + ellipsis
    }
}
