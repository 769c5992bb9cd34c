/// The weights of a 1×1 convolution layer: one kernel of `C_in` weights per output channel.
///
/// `weights[i][j]` (0-based) is `w_(i+1)(j+1)` in the lesson's text: kernel `i`, input channel `j`,
/// exactly PyTorch's `weight[i, j, 0, 0]`. An optional bias per kernel and an optional activation
/// complete the layer.
public struct KernelBank: Hashable, Sendable {
    /// The weights as a tensor of 1 channel, `outChannels` rows and `inChannels` columns.
    public let weights: Tensor
    /// One value per output channel, as a tensor of 1 × 1 × `outChannels`, or nil.
    public let bias: Tensor?
    public let activation: Activation

    public var outChannels: Int { weights.height }
    public var inChannels: Int { weights.width }

    /// A kernel bank from weights `[C_out][C_in]`, an optional bias of `C_out` values and an activation.
    public init(weights: Tensor, bias: Tensor? = nil, activation: Activation = .none) throws(KernelBankError) {
        guard weights.channels == 1 else { throw .weightsNotAMatrix }
        if let bias, bias.count != weights.height {
            throw .biasCountMismatch(biasCount: bias.count, kernels: weights.height)
        }
        self.weights = weights
        self.bias = bias
        self.activation = activation
    }

    /// `w_ij` with 0-based kernel and input channel.
    public func weight(kernel: Int, inputChannel: Int) -> ExactDecimal {
        weights.value(channel: 0, row: kernel, column: inputChannel)
    }

    /// The bias of a kernel (0-based), or nil when the layer has none.
    public func bias(kernel: Int) -> ExactDecimal? {
        bias.map { $0.value(channel: 0, row: 0, column: kernel) }
    }
}

/// The function applied to each output value after the weighted sum and the bias.
public enum Activation: String, Hashable, Sendable, CaseIterable {
    case none
    /// `max(0, v)`.
    case relu

    /// The activation applied to a value.
    public func apply(_ value: ExactDecimal) -> ExactDecimal {
        switch self {
        case .none: return value
        case .relu: return value.isNegative ? .zero : value
        }
    }
}

/// Why weights and a bias do not form a kernel bank.
public enum KernelBankError: Error, Equatable, Sendable {
    case weightsNotAMatrix
    case biasCountMismatch(biasCount: Int, kernels: Int)
}
