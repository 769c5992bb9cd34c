import PointwiseCore

/// The lesson's three tensors as floating-point values for drawing, with each tensor's range.
///
/// Colours need only approximate values, so the input, the weights and the whole output are
/// held as `Double`s; the output is computed once, when the picture view opens or the lesson
/// changes (`C_out · C_in · H · W` multiply-adds: 2.4 million for `inception`, a few
/// milliseconds), because one colour scale for all output channels needs the whole output's
/// range. A layer past 64 million multiply-adds is sampled on a grid of pixels instead (see
/// `sampleStride`), and the view says so. The numbers the legend prints are exact: the smallest and largest values are found
/// here and then read again exactly from the lesson (`ExactRange`).
public struct PictureData: Sendable {
    /// The convolution these values come from; a different one (an edit, a reload) needs new data.
    public let source: PointwiseConvolution
    /// `[C_in][H][W]`, flattened.
    let input: [Double]
    /// `[C_out][C_in]`, flattened.
    let weights: [Double]
    /// `[C_out][H][W]` after bias and activation, flattened.
    let output: [Double]
    let inputRange: ExactRange
    let weightRange: ExactRange
    let outputRange: ExactRange
    /// 1 when every output value is known; else the output is known at every `sampleStride`-th
    /// row and column only (layers beyond `budget` multiply-adds), and the range is theirs.
    public let sampleStride: Int

    /// Multiply-adds the view may spend at opening: 64 million, about 50 ms in a release build.
    static let budget = 64_000_000

    /// The stride that keeps `C_out · C_in · (H/s) · (W/s)` within the budget.
    public static func sampleStride(for shape: ConvolutionShape) -> Int {
        let perPixel = max(1, shape.outChannels * shape.inChannels)
        var stride = 1
        while perPixel * ((shape.height + stride - 1) / stride) * ((shape.width + stride - 1) / stride) > budget { stride += 1 }
        return stride
    }

    public init(_ convolution: PointwiseConvolution) {
        source = convolution
        let shape = convolution.shape
        let pixels = shape.pixels
        let inputValues = Self.doubles(convolution.input)
        let weightValues = Self.doubles(convolution.kernels.weights)
        // Layers past the budget get their output at every `sampleStride`-th row and column only
        // (the rest stays NaN, drawn as not computed), so opening the view stays quick.
        let stride = Self.sampleStride(for: shape)
        sampleStride = stride
        var sampled: [Int] = []
        for row in Swift.stride(from: 0, to: shape.height, by: stride) {
            for column in Swift.stride(from: 0, to: shape.width, by: stride) { sampled.append(row * shape.width + column) }
        }
        var values = [Double](repeating: stride == 1 ? 0 : .nan, count: shape.outChannels * pixels)
        let bias = convolution.kernels.bias.map(Self.doubles)
        let relu = convolution.kernels.activation == .relu
        values.withUnsafeMutableBufferPointer { out in
            inputValues.withUnsafeBufferPointer { x in
                for kernel in 0..<shape.outChannels {
                    let base = kernel * pixels
                    let start = bias?[kernel] ?? 0
                    for pixel in sampled { out[base + pixel] = start }
                    for channel in 0..<shape.inChannels {
                        let weight = weightValues[kernel * shape.inChannels + channel]
                        if weight == 0 { continue }
                        let from = channel * pixels
                        if stride == 1 {
                            for pixel in 0..<pixels { out[base + pixel] += weight * x[from + pixel] }
                        } else {
                            for pixel in sampled { out[base + pixel] += weight * x[from + pixel] }
                        }
                    }
                    if relu {
                        for pixel in sampled where out[base + pixel] < 0 { out[base + pixel] = 0 }
                    }
                }
            }
        }
        input = inputValues
        weights = weightValues
        output = values
        inputRange = ExactRange(tensor: convolution.input)
        weightRange = ExactRange(tensor: convolution.kernels.weights)
        outputRange = ExactRange(approximate: values) { index in
            convolution.output(
                kernel: index / max(1, pixels), row: (index % max(1, pixels)) / max(1, shape.width), column: index % max(1, shape.width))
        }
    }

    /// Whether this data was made from `convolution` (cheap: arrays compare their storage first).
    public func isCurrent(for convolution: PointwiseConvolution) -> Bool { source == convolution }

    private static func doubles(_ tensor: Tensor) -> [Double] {
        var divisor = 1.0
        for _ in 0..<tensor.scale { divisor *= 10 }
        return tensor.units.map { Double($0) / divisor }
    }
}

/// A tensor's smallest and largest values, exactly, and the colour scale they give.
struct ExactRange: Sendable {
    let minimum: ExactDecimal
    let maximum: ExactDecimal

    /// The range of a tensor, read from its units.
    init(tensor: Tensor) {
        let low = tensor.units.min() ?? 0
        let high = tensor.units.max() ?? 0
        minimum = ExactDecimal(units: Int128(low), scale: tensor.scale)
        maximum = ExactDecimal(units: Int128(high), scale: tensor.scale)
    }

    /// The range of computed values: the extremes found among approximations, then read exactly.
    init(approximate values: [Double], exact: (Int) -> ExactDecimal) {
        guard !values.isEmpty else {
            minimum = .zero
            maximum = .zero
            return
        }
        guard let first = values.firstIndex(where: { !$0.isNaN }) else {
            minimum = .zero
            maximum = .zero
            return
        }
        var lowIndex = first, highIndex = first
        for index in values.indices where !values[index].isNaN {
            if values[index] < values[lowIndex] { lowIndex = index }
            if values[index] > values[highIndex] { highIndex = index }
        }
        minimum = exact(lowIndex)
        maximum = exact(highIndex)
    }

    init(minimum: ExactDecimal, maximum: ExactDecimal) {
        self.minimum = minimum
        self.maximum = maximum
    }

    /// The colour scale: diverging around 0 when any value is negative, else sequential from 0.
    var scale: ColorScale {
        ColorScale(minimum: minimum.doubleValue, maximum: maximum.doubleValue)
    }
}

/// How values become positions on a colour map: −1…1 around 0 for signed data (one bound,
/// the larger magnitude, on both sides so 0 stays neutral), 0…1 from 0 for non-negative data.
public struct ColorScale: Hashable, Sendable {
    public let minimum: Double
    public let maximum: Double
    /// True when some value is negative: the diverging map.
    public var isSigned: Bool { minimum < 0 }

    public init(minimum: Double, maximum: Double) {
        self.minimum = minimum
        self.maximum = maximum
    }

    /// The largest magnitude, the bound of the scale.
    var bound: Double { max(abs(minimum), abs(maximum)) }

    /// The position of a value: −1…1 for signed scales, 0…1 otherwise; 0 for an all-zero tensor.
    public func position(_ value: Double) -> Double {
        let bound = bound
        guard bound > 0 else { return 0 }
        return isSigned ? min(1, max(-1, value / bound)) : min(1, max(0, value / bound))
    }

    /// The colour of a value.
    public func color(_ value: Double) -> RGBColor {
        isSigned ? ColorMap.diverging(position(value)) : ColorMap.sequential(position(value))
    }

    /// The index of a value on a ramp of `count` characters, darkest first: for signed scales
    /// the middle character is 0, the first the most negative, the last the most positive.
    public func rampIndex(_ value: Double, count: Int) -> Int {
        guard count > 1 else { return 0 }
        let t = position(value)
        guard isSigned else { return Int((t * Double(count - 1)).rounded()) }
        let middle = (count - 1) / 2
        if t <= 0 { return Int(((1 + t) * Double(middle)).rounded()) }
        return middle + Int((t * Double(count - 1 - middle)).rounded())
    }
}
