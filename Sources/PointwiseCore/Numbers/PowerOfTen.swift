/// Multiplying by `10^n` with the overflow checked: the one home of a step every scale change takes.
///
/// Values at different scales meet whenever a lesson mixes decimal places (a tensor's shared
/// scale, the accumulator of a sum, a learner's guess against the answer), and a hostile lesson
/// can ask for more places than 64 or 128 bits hold; every caller must then say so instead of
/// trapping, so the check lives here once.
extension FixedWidthInteger {
    /// `self × 10^exponent`, or nil when the exponent is negative or the result does not fit.
    package func scaledUp(byPowerOfTen exponent: Int) -> Self? {
        guard exponent >= 0 else { return nil }
        var result = self
        for _ in 0..<exponent {
            let (product, overflow) = result.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            result = product
        }
        return result
    }

    /// `10^exponent`, or nil when the exponent is negative or the power does not fit.
    package static func powerOfTen(_ exponent: Int) -> Self? {
        Self(1).scaledUp(byPowerOfTen: exponent)
    }

    /// `10^0 … 10^exponent`, as far as they fit: a table to look a factor up per value, when
    /// many values are brought to one scale.
    package static func powersOfTen(through exponent: Int) -> [Self] {
        var powers: [Self] = [1]
        while powers.count <= exponent, let next = powers[powers.count - 1].scaledUp(byPowerOfTen: 1) { powers.append(next) }
        return powers
    }
}
