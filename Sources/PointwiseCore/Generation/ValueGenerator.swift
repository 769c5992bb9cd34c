/// A rule that makes a tensor's values instead of a lesson listing them one by one.
///
/// Real layers have hundreds of thousands of values (28×28×192 is 150,528), which no teacher
/// types. A generator makes them deterministically from a few numbers, straight into the
/// tensor's integer units (never through floating point or `ExactDecimal`), so a generated
/// 224×224×64 input costs its 25 MB of units and nothing more, and is the same on every machine.
///
/// Values are counts of units of `10^-scale`; the generator's bounds are in those units too.
public enum ValueGenerator: Hashable, Sendable {
    /// Uniformly random units in `low...high`, from SplitMix64 seeded with `seed`, one draw per
    /// value in (channel, row, column) order.
    case random(seed: UInt64, low: Int64, high: Int64)
    /// Evenly spaced from `from` (the first value) to `to` (the last), in (channel, row, column)
    /// order: value `k` of `n` is `from + ⌊(to − from) · k / (n − 1)⌋` units.
    case ramp(from: Int64, to: Int64)
    /// Every value the same.
    case constant(Int64)

    /// The units of `count` values, in (channel, row, column) order.
    public func units(count: Int) -> [Int64] {
        let count = max(0, count)
        var units: [Int64] = []
        units.reserveCapacity(count)
        switch self {
        case .random(let seed, let low, let high):
            var generator = SplitMix64(seed: seed)
            let lower = min(low, high)
            // The span fits in 64 bits: both bounds are Int64, so high − low < 2^64.
            let span = UInt64(bitPattern: max(low, high) &- lower) &+ 1
            for _ in 0..<count {
                let offset = span == 0 ? generator.next() : generator.next(below: span)
                units.append(lower &+ Int64(bitPattern: offset))
            }
        case .ramp(let from, let to):
            let difference = Int128(to) - Int128(from)
            let steps = Int128(max(count - 1, 1))
            for index in 0..<count {
                let offset = Self.floorDivide(difference * Int128(index), steps)
                units.append(Int64(truncatingIfNeeded: Int128(from) + offset))
            }
        case .constant(let value):
            units = Array(repeating: value, count: count)
        }
        return units
    }

    /// The largest magnitude of any value made, in units, without making them.
    public var largestUnitMagnitude: UInt64 {
        switch self {
        case .random(_, let low, let high), .ramp(let low, let high): max(low.magnitude, high.magnitude)
        case .constant(let value): value.magnitude
        }
    }

    /// `⌊a / b⌋` for `b > 0`, rounding towards minus infinity (Swift's `/` rounds towards zero).
    private static func floorDivide(_ a: Int128, _ b: Int128) -> Int128 {
        let quotient = a / b
        return (a % b != 0 && a < 0) ? quotient - 1 : quotient
    }
}

extension Tensor {
    /// A tensor of `channels × height × width` values made by a generator, at `scale` decimals.
    public init(channels: Int, height: Int, width: Int, scale: Int, generator: ValueGenerator) throws(TensorError) {
        guard channels > 0, height > 0, width > 0 else { throw .empty }
        let (plane, overflow1) = height.multipliedReportingOverflow(by: width)
        let (count, overflow2) = plane.multipliedReportingOverflow(by: channels)
        guard !overflow1, !overflow2 else { throw .countMismatch(expected: Int.max, actual: 0) }
        try self.init(channels: channels, height: height, width: width, scale: scale, units: generator.units(count: count))
    }
}
