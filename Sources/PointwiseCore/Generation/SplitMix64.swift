/// SplitMix64, the small pseudo-random generator Pointwise uses for generated tensors.
///
/// Lessons must show the same numbers on every machine and with every Swift version, so the
/// platform's generator (which may change) is not used. SplitMix64 (Steele, Lea and Flood, 2014)
/// is fully specified by the three lines of `next()`: add the golden-ratio constant to the state,
/// then mix with two xor-shift-multiply rounds. Integer arithmetic only, wrapping on overflow.
/// Seed 0 gives `0xE220A8397B1DCDAF` first, as in the reference implementation.
public struct SplitMix64: RandomNumberGenerator, Hashable, Sendable {
    /// The generator's whole state: the seed advanced by the golden-ratio constant per draw.
    public private(set) var state: UInt64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A uniformly distributed integer in `0..<bound` (`bound` ≥ 1), without bias.
    ///
    /// Lemire's multiply-and-reject method (2019): the high half of `next() × bound` is the
    /// result, and the rare draws whose low half falls below `2^64 mod bound` are redrawn.
    public mutating func next(below bound: UInt64) -> UInt64 {
        guard bound > 1 else { return 0 }
        var (high, low) = next().multipliedFullWidth(by: bound)
        if low < bound {
            let threshold = (0 &- bound) % bound
            while low < threshold {
                (high, low) = next().multipliedFullWidth(by: bound)
            }
        }
        return high
    }
}
