/// An exact ratio of two counts, reduced, written as a decimal with integer arithmetic only.
///
/// Ratios such as `12,443,648 / 120,422,400` must print the same on every machine and never show
/// binary noise, so they are rounded from the exact fraction rather than from a `Double`.
public struct CostRatio: Hashable, Sendable {
    /// The reduced numerator and denominator; the denominator is positive.
    public let numerator: Int
    public let denominator: Int

    /// The fraction `numerator / denominator`, reduced; nil when the denominator is 0.
    public init?(_ numerator: Int, _ denominator: Int) {
        guard denominator != 0 else { return nil }
        let sign = (numerator < 0) != (denominator < 0) ? -1 : 1
        var a = numerator.magnitude
        var b = denominator.magnitude
        while b != 0 { (a, b) = (b, a % b) }
        let divisor = max(a, 1)
        guard let top = Int(exactly: numerator.magnitude / divisor),
            let bottom = Int(exactly: denominator.magnitude / divisor)
        else { return nil }
        self.numerator = sign * top
        self.denominator = bottom
    }

    /// The reciprocal, e.g. "9.68× fewer" from "0.103 of"; nil for zero.
    public var inverted: CostRatio? { CostRatio(denominator, numerator) }

    /// The value rounded half up to `significantDigits` significant digits (at most
    /// `maximumDecimals` decimal places), e.g. `0.103`, `9.68`, `14.0`, `0.0713`; a value written
    /// exactly loses its trailing zeros (`0.04`), and integers above the digits are written in
    /// full with separators (`1,024`).
    public func decimal(significantDigits: Int = 3, maximumDecimals: Int = 8, separator: String = ",") -> String {
        approximation(significantDigits: significantDigits, maximumDecimals: maximumDecimals, separator: separator).text
    }

    /// `decimal()`, and whether the text is the exact value (so a screen writes `=` rather than `≈`).
    public func approximation(significantDigits: Int = 3, maximumDecimals: Int = 8, separator: String = ",") -> (
        text: String, isExact: Bool
    ) {
        let negative = numerator < 0
        let top = Int128(numerator.magnitude)
        let bottom = Int128(denominator)
        guard top != 0 else { return ("0", true) }
        let wholeDigits = String(top / bottom).count
        // Decimal places so that the digits shown reach `significantDigits`.
        var decimals = 0
        if top >= bottom {
            decimals = max(0, significantDigits - wholeDigits)
        } else {
            // Leading zeros after the point: find the first significant place.
            var place = 1
            var scaled = top * 10
            while scaled < bottom, place < maximumDecimals {
                scaled *= 10
                place += 1
            }
            decimals = place + significantDigits - 1
        }
        decimals = min(max(decimals, 0), maximumDecimals)
        var power: Int128 = 1
        for _ in 0..<decimals { power *= 10 }
        let rounded = (top * power * 2 + bottom) / (bottom * 2)
        let isExact = rounded * bottom == top * power
        var fraction = decimals > 0 ? String(rounded % power) : ""
        fraction = String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
        if isExact { while fraction.last == "0" { fraction.removeLast() } }
        var text = GroupedDigits.format(rounded / power, separator: separator)
        if !fraction.isEmpty { text += "." + fraction }
        return ((negative && rounded != 0 ? "-" : "") + text, isExact)
    }
}
