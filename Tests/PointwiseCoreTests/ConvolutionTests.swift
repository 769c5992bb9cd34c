import Testing

@testable import PointwiseCore

@Suite("The 1×1 convolution")
struct ConvolutionTests {
    @Test("matches the source note's example worked by hand")
    func sourceNoteByHand() throws {
        let convolution = try SourceNoteExample.convolution()
        // out1 = x1 − x2, out2 = 2·x2 + x3, worked out on paper for every pixel.
        let expected: [[[Int]]] = [
            [[1, 1, -1], [-2, 1, 2], [1, -1, 1]],
            [[3, 2, 4], [5, 2, 2], [2, 3, 2]],
        ]
        #expect(convolution.fullOutput() == expected.map { $0.map { $0.map { ExactDecimal($0) } } })
        #expect(convolution.shape == ConvolutionShape(height: 3, width: 3, inChannels: 3, outChannels: 2))
    }

    @Test("adds decimals exactly: 0.1 + 0.2 is 0.3")
    func decimalsAddUp() throws {
        let input = try Tensor([[[d("0.1")]], [[d("0.2")]]])
        let kernels = try KernelBank(weights: Tensor([[[d("1"), d("1")]]]))
        let convolution = try PointwiseConvolution(input: input, kernels: kernels)
        #expect(convolution.output(kernel: 0, row: 0, column: 0).description == "0.3")
    }

    @Test("adds the bias, then applies ReLU")
    func biasAndReLU() throws {
        let input = try tensor([[[1, -3]], [[2, 0]]])
        let bias = try Tensor([[[d("0.5"), d("-1")]]])
        let kernels = try KernelBank(weights: weights([[1, 1], [2, -1]]), bias: bias, activation: .relu)
        let convolution = try PointwiseConvolution(input: input, kernels: kernels)
        // Pixel (0,0): 1+2+0.5 = 3.5 and 2−2−1 = −1 → 0. Pixel (0,1): −3+0+0.5 = −2.5 → 0 and −6−0−1 → 0.
        #expect(convolution.preActivation(kernel: 0, row: 0, column: 0) == d("3.5"))
        #expect(convolution.output(kernel: 0, row: 0, column: 0) == d("3.5"))
        #expect(convolution.preActivation(kernel: 1, row: 0, column: 0) == d("-1"))
        #expect(convolution.output(kernel: 1, row: 0, column: 0) == .zero)
        #expect(convolution.output(kernel: 0, row: 0, column: 1) == .zero)
    }

    @Test("equals the matrix product of pixels by weights, on random decimal lessons", arguments: 1...20)
    func matchesMatrixProduct(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let height = Int.random(in: 1...5, using: &generator)
        let width = Int.random(in: 1...5, using: &generator)
        let inChannels = Int.random(in: 1...7, using: &generator)
        let outChannels = Int.random(in: 1...6, using: &generator)
        func randomDecimal() -> Double {
            Double(Int.random(in: -999...999, using: &generator)) / 100
        }
        // X is the (H·W × C_in) matrix of pixels; Wt the (C_in × C_out) matrix of weights.
        let pixels = (0..<(height * width)).map { _ in (0..<inChannels).map { _ in randomDecimal() } }
        let weightMatrix = (0..<inChannels).map { _ in (0..<outChannels).map { _ in randomDecimal() } }
        let bias = (0..<outChannels).map { _ in randomDecimal() }

        let inputTensor = try Tensor(
            (0..<inChannels).map { channel in
                (0..<height).map { row in (0..<width).map { column in d(String(pixels[row * width + column][channel])) } }
            })
        let kernels = try KernelBank(
            weights: Tensor([(0..<outChannels).map { kernel in (0..<inChannels).map { d(String(weightMatrix[$0][kernel])) } }]),
            bias: Tensor([[bias.map { d(String($0)) }]])
        )
        let convolution = try PointwiseConvolution(input: inputTensor, kernels: kernels)

        for pixel in 0..<(height * width) {
            for kernel in 0..<outChannels {
                var expected = bias[kernel]
                for channel in 0..<inChannels { expected += pixels[pixel][channel] * weightMatrix[channel][kernel] }
                let actual = convolution.output(kernel: kernel, row: pixel / width, column: pixel % width).doubleValue
                #expect(abs(actual - expected) < 1e-9)
            }
        }
    }

    @Test("refuses weights whose count differs from the input's channels")
    func channelMismatch() throws {
        let kernels = try KernelBank(weights: weights([[1, 2]]))
        #expect(throws: ConvolutionError.channelMismatch(kernelWeights: 2, inputChannels: 3)) {
            try PointwiseConvolution(input: tensor(SourceNoteExample.input), kernels: kernels)
        }
    }

    @Test("refuses numbers whose exact sums could leave 128 bits")
    func sumsTooLarge() throws {
        let big = d("9000000000000000000")
        let input = try Tensor([[[big]], [[big]], [[big]]])
        let kernels = try KernelBank(weights: Tensor([[[big, big, big]]]))
        #expect(throws: ConvolutionError.sumsTooLarge) { try PointwiseConvolution(input: input, kernels: kernels) }
    }

    @Test("names the value that cannot share a tensor's scale")
    func tensorScale() {
        #expect(throws: TensorError.tooPrecise(index: 1)) {
            try Tensor(channels: 1, height: 1, width: 2, values: [d("0.001"), d("9300000000000000")])
        }
    }

    @Test("counts multiplications, additions and parameters")
    func cost() {
        let shape = ConvolutionShape(height: 28, width: 28, inChannels: 192, outChannels: 16)
        let cost = LayerCost(shape: shape, hasBias: true)
        #expect(cost.multiplications == 2_408_448)
        #expect(cost.additions == 28 * 28 * 16 * 192)
        #expect(cost.parameters == 192 * 16 + 16)
        #expect(LayerCost(shape: shape, hasBias: false).parameters == 3072)
    }
}

@Suite("Running sums in one pass")
struct RunningSumTests {
    @Test("agree with the partial sums, the bias and the activation one by one")
    func agree() throws {
        let kernels = try KernelBank(
            weights: weights([[1, -1, 0], [0, 2, 1]]), bias: Tensor([[[d("-2.5"), d("1")]]]), activation: .relu)
        let convolution = try PointwiseConvolution(input: tensor(SourceNoteExample.input), kernels: kernels)
        let sums = convolution.runningSums(kernel: 0, row: 1, column: 0)
        #expect(
            sums == [
                convolution.partialSum(kernel: 0, through: 0, row: 1, column: 0),
                convolution.partialSum(kernel: 0, through: 1, row: 1, column: 0),
                convolution.partialSum(kernel: 0, through: 2, row: 1, column: 0),
                convolution.preActivation(kernel: 0, row: 1, column: 0),
                convolution.output(kernel: 0, row: 1, column: 0),
            ])
        #expect(sums.map(\.description) == ["0", "-2", "-2", "-4.5", "0"])
    }
}
