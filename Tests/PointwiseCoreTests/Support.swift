import PointwiseCore

/// Shorthand for exact decimals in tests: `d("0.25")`.
func d(_ text: String) -> ExactDecimal {
    switch DecimalLiteral.parse(text) {
    case .success(let value): return value
    case .failure: return ExactDecimal(Int.min)
    }
}

/// A tensor from nested integers, for hand-worked examples.
func tensor(_ nested: [[[Int]]]) throws -> Tensor {
    try Tensor(nested.map { $0.map { $0.map { ExactDecimal($0) } } })
}

/// A weights matrix `[C_out][C_in]` of integers as the kernel bank's tensor.
func weights(_ rows: [[Int]]) throws -> Tensor {
    try Tensor([rows.map { $0.map { ExactDecimal($0) } }])
}

/// The source note's example: a 3×3 map with 3 channels and two 1×1×3 kernels.
enum SourceNoteExample {
    static let input = [
        [[1, 2, 0], [0, 1, 3], [2, 0, 1]],
        [[0, 1, 1], [2, 0, 1], [1, 1, 0]],
        [[3, 0, 2], [1, 2, 0], [0, 1, 2]],
    ]
    static let weights = [[1, -1, 0], [0, 2, 1]]

    static func convolution() throws -> PointwiseConvolution {
        try PointwiseConvolution(input: tensor(input), kernels: KernelBank(weights: PointwiseCoreTests.weights(weights)))
    }
}
