import Testing

@testable import PointwiseCore

@Suite("The walk over every term")
struct WalkTests {
    @Test("visits pixel, then kernel, then input channel, with the running sum")
    func order() throws {
        var walk = Walk(try SourceNoteExample.convolution())
        #expect(walk.stepCount == 54)
        #expect(walk.isAtIntroduction)
        #expect(walk.runningSum == nil)
        walk.next()
        #expect(walk.step?.kind == .term(inputChannel: 0))
        #expect(walk.runningSum == ExactDecimal(1))  // w11·x1 = 1·1
        walk.next(); walk.next()
        #expect(walk.step?.completesOutput == true)
        #expect(walk.runningSum == ExactDecimal(1))  // 1 − 0 + 0
        walk.next()
        #expect(walk.step?.kernel == 1)
        #expect(walk.step?.kind == .term(inputChannel: 0))
        #expect(walk.runningSum == ExactDecimal(0))  // w21·x1 = 0·1
        walk.next(); walk.next()
        #expect(walk.step?.completesPixel == true)
        #expect(walk.runningSum == ExactDecimal(3))  // 0 + 2·0 + 1·3
        walk.next()
        #expect(walk.step.map { [$0.row, $0.column, $0.kernel] } == [0, 1, 0])
    }

    @Test("jumps to any term and agrees with stepping there one by one")
    func jumpMatchesStepping() throws {
        let convolution = try SourceNoteExample.convolution()
        var stepped = Walk(convolution)
        for _ in 0..<40 { stepped.next() }
        guard let step = stepped.step, case .term(let inputChannel) = step.kind else {
            Issue.record("step 40 should be a term")
            return
        }
        var jumped = Walk(convolution)
        jumped.jump(row: step.row, column: step.column, kernel: step.kernel, inputChannel: inputChannel)
        #expect(jumped.position == 40)
        #expect(jumped.runningSum == stepped.runningSum)
    }

    @Test("moves by pixel, to the ends, and never past them")
    func moves() throws {
        var walk = Walk(try SourceNoteExample.convolution())
        walk.previous()
        #expect(walk.position == 0)
        walk.nextPixel()
        #expect(walk.position == 1)
        walk.nextPixel()
        #expect(walk.position == 7)
        walk.next()
        walk.previousPixel()
        #expect(walk.position == 1)
        walk.previousPixel()
        #expect(walk.position == 0)
        walk.last()
        #expect(walk.position == 54)
        #expect(walk.step?.isLast == true)
        walk.next()
        walk.nextPixel()
        #expect(walk.position == 54)
        walk.first()
        #expect(walk.isAtIntroduction)
    }

    @Test("adds a bias step and an activation step after the terms")
    func biasAndActivationSteps() throws {
        let kernels = try KernelBank(weights: weights([[1, -1, 0], [0, 2, 1]]), bias: Tensor([[[d("-2"), d("1")]]]), activation: .relu)
        var walk = Walk(try PointwiseConvolution(input: tensor(SourceNoteExample.input), kernels: kernels))
        #expect(walk.stepsPerOutput == 5)
        #expect(walk.stepCount == 9 * 2 * 5)
        walk.moveTo(position: 4)
        #expect(walk.step?.kind == .bias)
        #expect(walk.runningSum == ExactDecimal(-1))  // 1 + (−2)
        walk.next()
        #expect(walk.step?.kind == .activation)
        #expect(walk.step?.completesOutput == true)
        #expect(walk.runningSum == ExactDecimal(0))  // ReLU(−1)
    }

    @Test("knows which outputs are computed at each position")
    func computedOutputs() throws {
        var walk = Walk(try SourceNoteExample.convolution())
        walk.moveTo(position: 3)
        #expect(walk.isComputed(kernel: 0, row: 0, column: 0))
        #expect(!walk.isComputed(kernel: 1, row: 0, column: 0))
        walk.moveTo(position: 2)
        #expect(!walk.isComputed(kernel: 0, row: 0, column: 0))
    }

    @Test("steps a 224×224×64→256 layer without listing its steps")
    func hugeLayer() throws {
        let input = try Tensor(channels: 64, height: 224, width: 224, scale: 0, units: Array(repeating: 1, count: 64 * 224 * 224))
        let kernels = try KernelBank(
            weights: Tensor(channels: 1, height: 256, width: 64, scale: 0, units: Array(repeating: 2, count: 256 * 64)))
        var walk = Walk(try PointwiseConvolution(input: input, kernels: kernels))
        #expect(walk.stepCount == 224 * 224 * 256 * 64)
        walk.last()
        #expect(walk.step.map { [$0.row, $0.column, $0.kernel] } == [223, 223, 255])
        #expect(walk.runningSum == ExactDecimal(128))
    }
}
