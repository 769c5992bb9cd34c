/// Writes a whole number with its digits in groups of three: `120422400` → `120,422,400`.
///
/// Cost figures run to hundreds of millions; grouped digits are how the published figures are
/// written and the only way a reader compares them at a glance. Pure and locale-free, so the
/// screen, the tests and the lesson text agree.
public enum GroupedDigits {
    /// The number with `separator` between groups of three digits and `-` before a negative one.
    public static func format(_ value: Int, separator: String = ",") -> String {
        format(Int128(value), separator: separator)
    }

    /// The same for 128-bit values.
    public static func format(_ value: Int128, separator: String = ",") -> String {
        let digits = Array(String(value.magnitude))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += separator }
            text.append(digit)
        }
        return value < 0 ? "-" + text : text
    }
}
