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
        let magnitude = value.units.magnitude
        if magnitude <= UInt128(UInt64.max) {
            // Written straight into the string's own storage: a frame formats a few hundred
            // numbers, and a byte array for each was most of their cost.
            let (digits, scale) = DecimalBytes.trimmed(UInt64(truncatingIfNeeded: magnitude), value.scale)
            if digits == 0 { return "0" }
            let minus = value.units < 0 ? (style == .unicode ? DecimalBytes.unicodeMinus.count : 1) : 0
            let length = DecimalBytes.digitsLength(digits, scale)
            return String(unsafeUninitializedCapacity: minus + length) { buffer in
                if minus == 1 { buffer[0] = UInt8(ascii: "-") }
                if minus > 1 { for index in 0..<minus { buffer[index] = DecimalBytes.unicodeMinus[index] } }
                DecimalBytes.writeDigits(digits, scale: scale, into: UnsafeMutableBufferPointer(rebasing: buffer[minus..<(minus + length)]))
                return minus + length
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        DecimalBytes.append(units: value.units, scale: value.scale, style: style, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
