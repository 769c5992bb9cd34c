/// A stack of equally sized 2-D grids of exact decimals: a feature map of `channels × height × width`.
///
/// The layout is PyTorch's (channel, row, column), 0-based in code. All values share one scale
/// (the most decimal places any of them has), so each is stored as a 64-bit count of units:
/// 8 bytes a value, which keeps a 224×224×64 input at about 25 MB.
public struct Tensor: Hashable, Sendable {
    public let channels: Int
    public let height: Int
    public let width: Int
    /// Decimal places shared by every value: value = `units[i] / 10^scale`.
    public let scale: Int
    /// The values' units in (channel, row, column) order.
    public let units: [Int64]
    /// The largest magnitude of any value's units, found once here: it bounds every sum and
    /// every printed width, and scanning a 3-million-value tensor per frame would be too slow.
    public let largestUnitMagnitude: UInt64

    /// Builds a tensor from units that already share `scale`; the count must match the shape.
    public init(channels: Int, height: Int, width: Int, scale: Int, units: [Int64]) throws(TensorError) {
        guard channels > 0, height > 0, width > 0 else { throw .empty }
        let (count, overflow) = channels.multipliedReportingOverflow(by: height)
        let (total, overflow2) = count.multipliedReportingOverflow(by: width)
        guard !overflow, !overflow2, total == units.count else {
            throw .countMismatch(expected: overflow || overflow2 ? Int.max : total, actual: units.count)
        }
        guard (0...DecimalLiteral.maximumScale).contains(scale) else { throw .tooPrecise(index: 0) }
        self.channels = channels
        self.height = height
        self.width = width
        self.scale = scale
        self.units = units
        self.largestUnitMagnitude = units.reduce(0) { max($0, $1.magnitude) }
    }

    /// Builds a tensor from decimals in (channel, row, column) order, bringing them to one scale.
    ///
    /// Throws `.tooPrecise(index:)` naming the first value that cannot be held in 64 bits at the
    /// shared scale (e.g. `9e17` next to a value with two decimal places).
    public init(channels: Int, height: Int, width: Int, values: [ExactDecimal]) throws(TensorError) {
        let scale = values.map(\.scale).max() ?? 0
        var units: [Int64] = []
        units.reserveCapacity(values.count)
        for (index, value) in values.enumerated() {
            guard let scaled = value.units.scaledUp(byPowerOfTen: scale - value.scale),
                let narrow = Int64(exactly: scaled)
            else { throw .tooPrecise(index: index) }
            units.append(narrow)
        }
        try self.init(channels: channels, height: height, width: width, scale: scale, units: units)
    }

    /// Builds a tensor from values given as 64-bit units, each at its own scale (as a lesson's
    /// numbers are read), bringing them to one shared scale in place: no decimal per value.
    ///
    /// Throws `.tooPrecise(index:)` naming the first value that cannot be held in 64 bits at the
    /// shared scale.
    public init(channels: Int, height: Int, width: Int, units: [Int64], scales: [UInt8]) throws(TensorError) {
        let scale = Int(scales.max() ?? 0)
        var units = units
        if scales.count == units.count {
            for index in units.indices where Int(scales[index]) < scale {
                guard let value = units[index].scaledUp(byPowerOfTen: scale - Int(scales[index])) else {
                    throw .tooPrecise(index: index)
                }
                units[index] = value
            }
        }
        try self.init(channels: channels, height: height, width: width, scale: scale, units: units)
    }

    /// Builds a tensor from nested arrays `[channel][row][column]`; every channel must be the same size.
    public init(_ nested: [[[ExactDecimal]]]) throws(TensorError) {
        let height = nested.first?.count ?? 0
        let width = nested.first?.first?.count ?? 0
        for (channel, grid) in nested.enumerated() {
            for (row, line) in grid.enumerated() where line.count != width {
                throw .raggedRow(channel: channel, row: row, width: line.count, expected: width)
            }
            if grid.count != height { throw .raggedChannel(channel: channel, height: grid.count, expected: height) }
        }
        try self.init(channels: nested.count, height: height, width: width, values: nested.flatMap { $0.flatMap { $0 } })
    }

    /// Number of values.
    public var count: Int { units.count }

    /// Position of a value in `units`.
    @inlinable
    public func index(channel: Int, row: Int, column: Int) -> Int {
        (channel * height + row) * width + column
    }

    /// The value at a position (0-based), exactly.
    public func value(channel: Int, row: Int, column: Int) -> ExactDecimal {
        ExactDecimal(units: Int128(units[index(channel: channel, row: row, column: column)]), scale: scale)
    }
}

/// Why numbers do not form a tensor; indices are 0-based.
public enum TensorError: Error, Equatable, Sendable {
    case empty
    case countMismatch(expected: Int, actual: Int)
    case raggedRow(channel: Int, row: Int, width: Int, expected: Int)
    case raggedChannel(channel: Int, height: Int, expected: Int)
    /// The value at this flat index needs more than 64 bits at the tensor's shared scale.
    case tooPrecise(index: Int)
}
