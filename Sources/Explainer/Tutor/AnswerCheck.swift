import PointwiseCore

/// Decides whether a predicted output value is right.
///
/// The rule, written for learners working by hand: a guess is right when it is the value rounded
/// to as many decimal places as the guess has, and the guess has at least as many places as the
/// value — or two, when the value has more. So for `7` only `7` (or `7.0`) is right; for `1.5`,
/// `1.5`; for `0.3333`, `0.33`, `0.333` or `0.3333`, but not `0.3`. Integer lessons are exact.
/// Everything is exact decimal arithmetic: no floating-point tolerance anywhere.
public enum AnswerCheck {
    /// The fewest decimal places a guess needs when the value has more.
    public static let placesNeeded = 2

    public static func isRight(guess: ExactDecimal, value: ExactDecimal) -> Bool {
        guard guess.scale >= min(value.scale, placesNeeded) else { return false }
        // |guess − value| ≤ ½ · 10^−guess.scale, compared in units of 10^−(common scale + 1).
        let common = max(guess.scale, value.scale) + 1
        guard let guessUnits = scaled(guess, to: common), let valueUnits = scaled(value, to: common),
            let halfUnit = Int128.powerOfTen(common - guess.scale).map({ $0 / 2 })
        else {
            return guess == value
        }
        let (difference, overflow) = guessUnits.subtractingReportingOverflow(valueUnits)
        guard !overflow else { return false }
        return difference.magnitude <= halfUnit.magnitude
    }

    private static func scaled(_ value: ExactDecimal, to scale: Int) -> Int128? {
        guard let factor = Int128.powerOfTen(scale - value.scale) else { return nil }
        let (product, overflow) = value.units.multipliedReportingOverflow(by: factor)
        return overflow ? nil : product
    }
}
