/// A 1×1 convolution of one input by one kernel bank, computed exactly and on demand.
///
/// `out_i(r, c) = activation(bias_i + Σ_j w_ij · x_j(r, c))`. Nothing is computed up front: each
/// output value costs `C_in` multiplications when asked for, so a lesson as big as a real layer
/// opens at once and only what the screen shows is ever computed.
///
/// Exactness: input and weights are integers of units at their own scale, so a product is an exact
/// integer at scale `input.scale + weights.scale`, and sums are kept at one accumulator scale. The
/// initialiser proves that no sum can leave 128 bits (`C_in · max|x| · max|w| + max|b|`, all in
/// units), so the arithmetic below cannot overflow.
public struct PointwiseConvolution: Hashable, Sendable {
    public let input: Tensor
    public let kernels: KernelBank
    /// Decimal places of every product, partial sum and output value.
    public let accumulatorScale: Int
    /// Multiplies a product of units to reach `accumulatorScale`.
    private let productFactor: Int128
    /// Multiplies a bias's units to reach `accumulatorScale`.
    private let biasFactor: Int128
    /// Whether every partial sum, bias included, fits 64 bits (so whole-layer output can add in
    /// `Int64`, several times faster than `Int128`): the same bound as above, proven once.
    private let sumsFitInt64: Bool

    /// Pairs an input with a kernel bank after checking that the shapes and magnitudes fit.
    public init(input: Tensor, kernels: KernelBank) throws(ConvolutionError) {
        guard kernels.inChannels == input.channels else {
            throw .channelMismatch(kernelWeights: kernels.inChannels, inputChannels: input.channels)
        }
        let productScale = input.scale + kernels.weights.scale
        let accumulatorScale = max(productScale, kernels.bias?.scale ?? 0)
        guard let productFactor = Int128.powerOfTen(accumulatorScale - productScale),
            let biasFactor = Int128.powerOfTen(accumulatorScale - (kernels.bias?.scale ?? 0))
        else {
            throw .sumsTooLarge
        }
        // The largest magnitude any partial sum can reach, in accumulator units.
        let largestInput = Int128(input.largestUnitMagnitude)
        let largestWeight = Int128(kernels.weights.largestUnitMagnitude)
        let largestBias = Int128(kernels.bias?.largestUnitMagnitude ?? 0)
        let (product, overflow1) = largestInput.multipliedReportingOverflow(by: largestWeight)
        let (scaledProduct, overflow2) = product.multipliedReportingOverflow(by: productFactor)
        let (termsTotal, overflow3) = scaledProduct.multipliedReportingOverflow(by: Int128(input.channels))
        let (scaledBias, overflow4) = largestBias.multipliedReportingOverflow(by: biasFactor)
        let (largestSum, overflow5) = termsTotal.addingReportingOverflow(scaledBias)
        guard !(overflow1 || overflow2 || overflow3 || overflow4 || overflow5) else { throw .sumsTooLarge }
        self.sumsFitInt64 = largestSum <= Int128(Int64.max)

        self.input = input
        self.kernels = kernels
        self.accumulatorScale = accumulatorScale
        self.productFactor = productFactor
        self.biasFactor = biasFactor
    }

    public var shape: ConvolutionShape {
        ConvolutionShape(height: input.height, width: input.width, inChannels: input.channels, outChannels: kernels.outChannels)
    }

    /// `x_j` at a pixel: input channel `inputChannel` (0-based) at (row, column).
    public func inputValue(inputChannel: Int, row: Int, column: Int) -> ExactDecimal {
        input.value(channel: inputChannel, row: row, column: column)
    }

    /// The term `w_ij · x_j(r, c)`, exactly.
    public func product(kernel: Int, inputChannel: Int, row: Int, column: Int) -> ExactDecimal {
        ExactDecimal(units: productUnits(kernel: kernel, inputChannel: inputChannel, row: row, column: column), scale: accumulatorScale)
    }

    /// The running sum `Σ_{j ≤ through} w_ij · x_j(r, c)`, without bias; costs `through + 1` products.
    public func partialSum(kernel: Int, through inputChannel: Int, row: Int, column: Int) -> ExactDecimal {
        ExactDecimal(units: partialSumUnits(kernel: kernel, through: inputChannel, row: row, column: column), scale: accumulatorScale)
    }

    /// The weighted sum plus the bias (if any), before the activation.
    public func preActivation(kernel: Int, row: Int, column: Int) -> ExactDecimal {
        var units = partialSumUnits(kernel: kernel, through: input.channels - 1, row: row, column: column)
        if let bias = kernels.bias {
            units &+= Int128(bias.units[kernel]) &* biasFactor
        }
        return ExactDecimal(units: units, scale: accumulatorScale)
    }

    /// The output value `out_i(r, c)`: the weighted sum, plus the bias, through the activation.
    public func output(kernel: Int, row: Int, column: Int) -> ExactDecimal {
        kernels.activation.apply(preActivation(kernel: kernel, row: row, column: column))
    }

    /// Every value the sum passes through at a pixel: the running sum after each term, then with
    /// the bias (if any), then the output; one pass, `C_in` products.
    public func runningSums(kernel: Int, row: Int, column: Int) -> [ExactDecimal] {
        var sums: [ExactDecimal] = []
        sums.reserveCapacity(input.channels + 2)
        var units: Int128 = 0
        for channel in 0..<input.channels {
            units &+= productUnits(kernel: kernel, inputChannel: channel, row: row, column: column)
            sums.append(ExactDecimal(units: units, scale: accumulatorScale))
        }
        if let bias = kernels.bias {
            units &+= Int128(bias.units[kernel]) &* biasFactor
            sums.append(ExactDecimal(units: units, scale: accumulatorScale))
        }
        if kernels.activation != .none, let last = sums.last {
            sums.append(kernels.activation.apply(last))
        }
        return sums
    }

    /// Every output value as `[C_out][H][W]`; costs the whole layer, for `print` and tests.
    public func fullOutput() -> [[[ExactDecimal]]] {
        (0..<kernels.outChannels).map { kernel in
            (0..<input.height).map { row in
                (0..<input.width).map { column in output(kernel: kernel, row: row, column: column) }
            }
        }
    }

    /// The term `w_ij · x_j(r, c)` as units of `accumulatorScale`, for writers that keep their own
    /// running sums (one addition a step instead of a sum from the first channel).
    @inline(__always)
    public func termUnits(kernel: Int, inputChannel: Int, row: Int, column: Int) -> Int128 {
        productUnits(kernel: kernel, inputChannel: inputChannel, row: row, column: column)
    }

    /// One row of output channel `kernel`, bias and activation applied, as units of
    /// `accumulatorScale`, written into `values` (resized to the width). It reads the input in
    /// memory order, channel by channel, which is what makes whole-layer output fast.
    public func outputRowUnits(kernel: Int, row: Int, into values: inout [Int128]) {
        let width = input.width
        if values.count != width { values = [Int128](repeating: 0, count: width) }
        let start = biasUnits(kernel: kernel)
        if sumsFitInt64 {
            outputRowUnits64(kernel: kernel, row: row, start: Int64(truncatingIfNeeded: start), into: &values)
            return
        }
        for column in 0..<width { values[column] = start }
        input.units.withUnsafeBufferPointer { inputUnits in
            kernels.weights.units.withUnsafeBufferPointer { weightUnits in
                values.withUnsafeMutableBufferPointer { sums in
                    for channel in 0..<input.channels {
                        let weight = Int128(weightUnits[kernel * input.channels + channel]) &* productFactor
                        let base = (channel * input.height + row) * width
                        for column in 0..<width {
                            sums[column] &+= Int128(inputUnits[base + column]) &* weight
                        }
                    }
                    if kernels.activation == .relu {
                        for column in 0..<width where sums[column] < 0 { sums[column] = 0 }
                    }
                }
            }
        }
    }

    /// `outputRowUnits` when every partial sum fits 64 bits: the same sums, added in `Int64`.
    private func outputRowUnits64(kernel: Int, row: Int, start: Int64, into values: inout [Int128]) {
        let width = input.width
        let factor = Int64(truncatingIfNeeded: productFactor)
        withUnsafeTemporaryAllocation(of: Int64.self, capacity: width) { sums in
            for column in 0..<width { sums[column] = start }
            input.units.withUnsafeBufferPointer { inputUnits in
                kernels.weights.units.withUnsafeBufferPointer { weightUnits in
                    for channel in 0..<input.channels {
                        let weight = weightUnits[kernel * input.channels + channel] &* factor
                        let base = (channel * input.height + row) * width
                        for column in 0..<width {
                            sums[column] &+= inputUnits[base + column] &* weight
                        }
                    }
                }
            }
            let relu = kernels.activation == .relu
            for column in 0..<width {
                let sum = sums[column]
                values[column] = Int128(relu && sum < 0 ? 0 : sum)
            }
        }
    }

    /// A kernel's bias as units of `accumulatorScale`; 0 when the layer has none.
    public func biasUnits(kernel: Int) -> Int128 {
        guard let bias = kernels.bias else { return 0 }
        return Int128(bias.units[kernel]) &* biasFactor
    }

    // The bound proven in `init` makes wrapping arithmetic exact here; it also keeps the
    // interactive edge free of overflow traps.
    private func productUnits(kernel: Int, inputChannel: Int, row: Int, column: Int) -> Int128 {
        let x = Int128(input.units[input.index(channel: inputChannel, row: row, column: column)])
        let w = Int128(kernels.weights.units[kernels.weights.index(channel: 0, row: kernel, column: inputChannel)])
        return x &* w &* productFactor
    }

    private func partialSumUnits(kernel: Int, through inputChannel: Int, row: Int, column: Int) -> Int128 {
        var sum: Int128 = 0
        guard inputChannel >= 0 else { return sum }
        for channel in 0...min(inputChannel, input.channels - 1) {
            sum &+= productUnits(kernel: kernel, inputChannel: channel, row: row, column: column)
        }
        return sum
    }
}

/// Why an input and a kernel bank cannot be convolved.
public enum ConvolutionError: Error, Equatable, Sendable {
    /// Each kernel must have one weight per input channel.
    case channelMismatch(kernelWeights: Int, inputChannels: Int)
    /// The values are so large or so precise that an exact sum could exceed 128 bits.
    case sumsTooLarge
}
