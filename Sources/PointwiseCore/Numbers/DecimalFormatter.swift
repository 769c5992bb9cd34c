/// Writes exact decimals for people and for JSON.
///
/// The rule that makes the screen add up: values are exact, and they are printed in full with
/// trailing zeros removed, so the printed terms of a sum always add up to the printed sum.
/// Integers print without a decimal point.
public enum DecimalFormatter {
    /// Which minus sign to print.
    public enum Style: Sendable {
        /// The typographic minus `−` (U+2212), for the screen.
        case unicode
        /// The ASCII hyphen-minus, for `--ascii`, pipes and JSON.
        case ascii
    }

    /// `-1.25` with an ASCII minus; a valid JSON number.
    public static func plain(_ value: ExactDecimal) -> String {
        format(value, style: .ascii)
    }

    /// The value in full, e.g. `−0.125` or `42`.
    public static func format(_ value: ExactDecimal, style: Style) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        DecimalBytes.append(units: value.units, scale: value.scale, style: style, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
