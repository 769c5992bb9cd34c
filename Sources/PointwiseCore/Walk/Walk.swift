/// A cursor over every step of a 1×1 convolution, in the order a person would work it by hand.
///
/// For each pixel in row-major order, for each output channel `i`, for each input channel `j`: the
/// term `w_ij · x_j`; then the bias and the activation when the layer has them. Position 0 is the
/// introduction, before any step; positions 1…`stepCount` are the steps.
///
/// The order is arithmetic, so no list of steps is ever built: any move is O(1), and the running
/// sum at a step costs at most `C_in` products. A 224×224×64→256 lesson moves as fast as 3×3×3→2.
public struct Walk: Hashable, Sendable {
    public let convolution: PointwiseConvolution
    /// 0 for the introduction, else the index of the current step.
    public private(set) var position: Int

    /// A walk at the introduction.
    public init(_ convolution: PointwiseConvolution, position: Int = 0) {
        self.convolution = convolution
        self.position = 0
        moveTo(position: position)
    }

    public var shape: ConvolutionShape { convolution.shape }

    /// Steps for one output value: `C_in` terms, plus the bias and the activation if present.
    public var stepsPerOutput: Int {
        shape.inChannels + (convolution.kernels.bias == nil ? 0 : 1) + (convolution.kernels.activation == .none ? 0 : 1)
    }

    /// Steps at one pixel, over all output channels.
    public var stepsPerPixel: Int { stepsPerOutput * shape.outChannels }

    /// All steps of the lesson: `H · W · C_out · stepsPerOutput`.
    public var stepCount: Int { stepsPerPixel * shape.pixels }

    /// True at the introduction, before the first step.
    public var isAtIntroduction: Bool { position == 0 }

    /// The current step, or nil at the introduction.
    public var step: WalkStep? { describe(position: position) }

    /// The step at any position 1…`stepCount`, or nil outside that range.
    public func describe(position: Int) -> WalkStep? {
        guard position >= 1, position <= stepCount else { return nil }
        let offset = position - 1
        let pixel = offset / stepsPerPixel
        let withinPixel = offset % stepsPerPixel
        let kernel = withinPixel / stepsPerOutput
        let withinOutput = withinPixel % stepsPerOutput
        let kind: WalkStep.Kind
        if withinOutput < shape.inChannels {
            kind = .term(inputChannel: withinOutput)
        } else if withinOutput == shape.inChannels, convolution.kernels.bias != nil {
            kind = .bias
        } else {
            kind = .activation
        }
        let completesOutput = withinOutput == stepsPerOutput - 1
        return WalkStep(
            index: position,
            row: pixel / shape.width,
            column: pixel % shape.width,
            kernel: kernel,
            kind: kind,
            completesOutput: completesOutput,
            completesPixel: completesOutput && kernel == shape.outChannels - 1,
            isLast: position == stepCount
        )
    }

    /// The running sum after the current step: the partial sum of the terms so far, then with the
    /// bias, then through the activation. Nil at the introduction.
    public var runningSum: ExactDecimal? {
        guard let step else { return nil }
        return runningSum(at: step)
    }

    /// The running sum after a given step.
    public func runningSum(at step: WalkStep) -> ExactDecimal {
        switch step.kind {
        case .term(let inputChannel):
            return convolution.partialSum(kernel: step.kernel, through: inputChannel, row: step.row, column: step.column)
        case .bias:
            return convolution.preActivation(kernel: step.kernel, row: step.row, column: step.column)
        case .activation:
            return convolution.output(kernel: step.kernel, row: step.row, column: step.column)
        }
    }

    /// Whether output value `out_kernel(row, column)` is finished at the current position.
    public func isComputed(kernel: Int, row: Int, column: Int) -> Bool {
        position >= lastPosition(kernel: kernel, row: row, column: column)
    }

    /// The position of the step that finishes an output value.
    public func lastPosition(kernel: Int, row: Int, column: Int) -> Int {
        (row * shape.width + column) * stepsPerPixel + (kernel + 1) * stepsPerOutput
    }

    /// The position of the term `w_ij · x_j` at a pixel (all 0-based), or nil outside the shape.
    public func position(row: Int, column: Int, kernel: Int, inputChannel: Int) -> Int? {
        guard (0..<shape.height).contains(row), (0..<shape.width).contains(column),
            (0..<shape.outChannels).contains(kernel), (0..<shape.inChannels).contains(inputChannel)
        else { return nil }
        return (row * shape.width + column) * stepsPerPixel + kernel * stepsPerOutput + inputChannel + 1
    }

    // MARK: Moves

    /// Moves to a position, clamped to 0…`stepCount`.
    public mutating func moveTo(position newPosition: Int) {
        position = min(max(newPosition, 0), stepCount)
    }

    /// One step forward; stays at the last step.
    public mutating func next() { moveTo(position: position + 1) }

    /// One step back; stays at the introduction.
    public mutating func previous() { moveTo(position: position - 1) }

    /// To the first step of the next pixel; from the last pixel, to the last step.
    public mutating func nextPixel() {
        let pixel = position == 0 ? -1 : (position - 1) / stepsPerPixel
        moveTo(position: pixel + 1 < shape.pixels ? (pixel + 1) * stepsPerPixel + 1 : stepCount)
    }

    /// To the first step of the previous pixel; from the first pixel, to the introduction.
    public mutating func previousPixel() {
        guard position > 0 else { return }
        let pixel = (position - 1) / stepsPerPixel
        moveTo(position: pixel == 0 ? 0 : (pixel - 1) * stepsPerPixel + 1)
    }

    /// To the introduction.
    public mutating func first() { moveTo(position: 0) }

    /// To the last step.
    public mutating func last() { moveTo(position: stepCount) }

    /// To the term `w_ij · x_j` at a pixel (0-based); ignored when outside the shape.
    public mutating func jump(row: Int, column: Int, kernel: Int, inputChannel: Int) {
        if let target = position(row: row, column: column, kernel: kernel, inputChannel: inputChannel) {
            moveTo(position: target)
        }
    }
}
