/// Shortening a value to fit a grid cell, visibly: a shortened value is never mistaken for an
/// exact one.
///
/// The rule, in order, for a value whose exact form is wider than `maxWidth` columns:
/// 1. Round (half away from zero) to as many decimal places as fit, at least one: `~0.333`.
/// 2. Else round to an integer, when its digits fit: `~123457`.
/// 3. Else scientific notation with as many mantissa digits as fit: `~1.2e15`, `~-4e-18`.
/// 4. Else (fewer than about four columns) `#` in every column, as spreadsheets do.
/// Every shortened form starts with `~` (the `shortenedMark`), in ASCII and Unicode alike. A value
/// that rounds to zero is never shown as `~0`: it goes to scientific notation, so a tiny non-zero
/// value stays visibly non-zero. Values that fit are returned exactly as `format(_:style:)` writes
/// them, so the formula and the running sum (which always use the exact form) agree with them.
extension DecimalFormatter {
    /// The mark that starts every shortened value.
    public static let shortenedMark = "~"

    /// The value in at most `maxWidth` columns: exact when it fits, else shortened and marked.
    public static func format(_ value: ExactDecimal, style: Style, maxWidth: Int) -> String {
        let exact = format(value, style: style)
        // A number's characters are each one column; most fit, and their bytes say so at once.
        if exact.utf8.count <= maxWidth || TextWidth.columns(of: exact) <= maxWidth { return exact }
        let minus = value.isNegative ? (style == .unicode ? "\u{2212}" : "-") : ""
        let digits = Array(String(value.units.magnitude).utf8).map { $0 - UInt8(ascii: "0") }
        let scale = value.scale
        let integerDigits = max(1, digits.count - scale)
        let fixedRoom = maxWidth - shortenedMark.count - minus.count

        // 1 and 2: fewer decimals, down to none.
        for decimals in stride(from: min(scale - 1, fixedRoom - integerDigits - 1), through: 0, by: -1) {
            if decimals == 0, integerDigits > fixedRoom { break }
            let kept = rounded(digits, droppingLast: scale - decimals)
            guard kept.contains(where: { $0 != 0 }) else { break }  // rounds to zero: scientific
            let text = fixed(kept, decimals: decimals)
            if text.count <= fixedRoom { return shortenedMark + minus + text }
        }

        // 3: scientific notation, d.ddde±x.
        let leading = digits.firstIndex { $0 != 0 } ?? 0
        let significant = Array(digits[leading...])
        let exponent = significant.count - 1 - scale
        for mantissaDigits in stride(from: significant.count, through: 1, by: -1) {
            var kept = rounded(significant, droppingLast: significant.count - mantissaDigits)
            var shownExponent = exponent
            if kept.count > mantissaDigits {  // 9.99 → 10.0: one more digit, one more power of ten
                kept.removeLast()
                shownExponent += 1
            }
            while kept.count > 1, kept.last == 0 { kept.removeLast() }
            let mantissa =
                kept.count > 1
                ? String(kept[0]) + "." + String(kept.dropFirst().map { Character(Unicode.Scalar($0 + UInt8(ascii: "0"))) })
                : String(kept[0])
            let text = mantissa + "e" + (shownExponent < 0 ? "-" : "") + String(shownExponent.magnitude)
            if text.count <= fixedRoom { return shortenedMark + minus + text }
        }
        return String(repeating: "#", count: max(0, maxWidth))
    }

    /// The digits with the last `count` removed, rounded half away from zero (a carry may add a
    /// digit at the front). Trailing zeros are kept: positions matter to the caller.
    private static func rounded(_ digits: [UInt8], droppingLast count: Int) -> [UInt8] {
        guard count > 0 else { return digits }
        guard count <= digits.count else { return [0] }  // below half of the last kept place
        var kept = Array(digits.dropLast(count))
        let roundsUp = digits[digits.count - count] >= 5
        if kept.isEmpty { return roundsUp ? [1] : [0] }
        guard roundsUp else { return kept }
        var index = kept.count - 1
        while index >= 0 {
            if kept[index] == 9 {
                kept[index] = 0
                index -= 1
            } else {
                kept[index] += 1
                return kept
            }
        }
        return [1] + kept
    }

    /// Digits with `decimals` places after the point, trailing zeros of the fraction removed.
    private static func fixed(_ digits: [UInt8], decimals: Int) -> String {
        var characters = digits.map { Character(Unicode.Scalar($0 + UInt8(ascii: "0"))) }
        if characters.count <= decimals {
            characters = Array(repeating: "0", count: decimals - characters.count + 1) + characters
        }
        guard decimals > 0 else { return String(characters) }
        var integer = String(characters.dropLast(decimals))
        var fraction = String(characters.suffix(decimals))
        while fraction.last == "0" { fraction.removeLast() }
        if integer.isEmpty { integer = "0" }
        return fraction.isEmpty ? integer : integer + "." + fraction
    }
}
