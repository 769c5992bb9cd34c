/// A decimal number held exactly, as an integer count of units of `10^-scale`.
///
/// Lesson numbers are written in decimal, and a learner adds the terms on screen by hand, so the
/// arithmetic must not drift: `0.1 + 0.2` is `0.3` here, never `0.30000000000000004`. Every value
/// in the core is an `ExactDecimal` or an integer with a known scale, and sums are exact; see
/// `PointwiseConvolution` for the bound that keeps them within 128 bits, and docs/DECISIONS.md
/// ("Exact decimals, not Double") for why.
public struct ExactDecimal: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The value times `10^scale`.
    public let units: Int128
    /// The number of decimal places the units stand for, 0 or more.
    public let scale: Int

    /// Creates `units × 10^-scale`, stored with the fewest decimal places that keep it exact.
    public init(units: Int128, scale: Int) {
        var units = units
        var scale = max(0, scale)
        while scale > 0, units % 10 == 0 {
            units /= 10
            scale -= 1
        }
        self.units = units
        self.scale = scale
    }

    /// An integer value.
    public init(_ integer: Int) {
        self.init(units: Int128(integer), scale: 0)
    }

    public static let zero = ExactDecimal(0)

    public var isZero: Bool { units == 0 }
    public var isNegative: Bool { units < 0 }
    /// True when the value has no decimal places.
    public var isInteger: Bool { scale == 0 }

    /// The nearest `Double`, for JSON consumers and comparisons with other tools.
    public var doubleValue: Double {
        Double(units) / Self.doublePowerOfTen(scale)
    }

    /// The plain decimal form with an ASCII minus, e.g. `-1.25`; also valid JSON.
    public var description: String { DecimalFormatter.plain(self) }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        // Both are normalised, so compare after bringing them to a common scale; when that would
        // overflow, the one with the larger magnitude integer part decides.
        let common = max(lhs.scale, rhs.scale)
        if let left = lhs.units.scaledUp(byPowerOfTen: common - lhs.scale),
            let right = rhs.units.scaledUp(byPowerOfTen: common - rhs.scale)
        {
            return left < right
        }
        return lhs.doubleValue < rhs.doubleValue
    }

    private static func doublePowerOfTen(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
