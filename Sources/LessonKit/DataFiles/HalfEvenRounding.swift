/// Rounds a binary floating-point value to decimal places exactly, ties to even.
///
/// A double is `m·2^e` exactly, so `x·10^d` is `m·10^d·2^e`: with `m < 2^53` and `d ≤ 18` the
/// product `m·10^d` fits in 128 bits, and the division by `2^-e` is a shift whose dropped bits
/// decide the rounding. No step goes through floating point, so `2.675` (really
/// 2.67499999999999982236431605997495353221893310546875) rounds to `2.67`, as Python's
/// `Decimal(x).quantize(…, ROUND_HALF_EVEN)` says, and a true tie such as `0.125` to `0.12`.
enum HalfEvenRounding {
    /// `x` rounded to `decimals` places, as units of `10^-decimals`; nil when the result does not
    /// fit in 64 bits or `x` is not finite.
    static func units(of x: Double, decimals: Int) -> Int64? {
        rounded(x, decimals: decimals)?.units
    }

    /// The rounded units and whether nothing was dropped.
    static func rounded(_ x: Double, decimals: Int) -> (units: Int64, exact: Bool)? {
        guard x.isFinite, (0...18).contains(decimals) else { return nil }
        if x == 0 { return (0, true) }
        let significand = Int128(x.significandBitPattern | (x.isNormal ? 1 << 52 : 0))
        // x = significand · 2^exponent exactly.
        let exponent = x.isNormal ? Int(x.exponent) - 52 : -1074
        var power: Int128 = 1
        for _ in 0..<decimals { power *= 10 }
        let scaled = significand * power  // < 2^53 · 10^18 < 2^113
        var magnitude: Int128
        var exact = true
        if exponent >= 0 {
            guard exponent < 64, scaled.leadingZeroBitCount > exponent + 1 else { return nil }
            magnitude = scaled << exponent
        } else {
            let shift = -exponent
            if shift >= 127 {
                magnitude = 0  // far below half a unit
                exact = false
            } else {
                let quotient = scaled >> shift
                let remainder = scaled - (quotient << shift)
                let half = Int128(1) << (shift - 1)
                magnitude = quotient
                exact = remainder == 0
                if remainder > half || (remainder == half && quotient & 1 == 1) { magnitude += 1 }
            }
        }
        let signed = x.sign == .minus ? -magnitude : magnitude
        guard let units = Int64(exactly: signed) else { return nil }
        return (units, exact)
    }
}
