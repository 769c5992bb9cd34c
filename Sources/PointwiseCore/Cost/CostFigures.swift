/// What one layer, or a path of layers, costs: multiplications, additions and parameters.
///
/// The counting rule is the usual one for published figures: every output value of a layer is a
/// sum of `termsPerOutput` products, so it costs that many multiplications and one addition fewer
/// (one more with a bias); a "same" convolution counts its zero-padded border terms too.
public struct CostFigures: Hashable, Sendable {
    public let multiplications: Int
    public let additions: Int
    public let parameters: Int

    public init(multiplications: Int, additions: Int, parameters: Int) {
        self.multiplications = multiplications
        self.additions = additions
        self.parameters = parameters
    }

    /// A layer computing `outputs` values, each a sum of `termsPerOutput` products, with
    /// `weights` weights and `biases` biases; nil when a count does not fit in `Int`.
    static func layer(outputs: Int, termsPerOutput: Int, weights: Int, biases: Int = 0) -> CostFigures? {
        guard termsPerOutput > 0,
            let multiplications = CheckedCount.product(outputs, termsPerOutput),
            let additions = CheckedCount.product(outputs, termsPerOutput - 1 + (biases > 0 ? 1 : 0)),
            let parameters = CheckedCount.sum(weights, biases)
        else { return nil }
        return CostFigures(multiplications: multiplications, additions: additions, parameters: parameters)
    }

    /// A standard `k×k` "same" convolution from `inChannels` to `outChannels` on `pixels` pixels
    /// (`k = 1` is the pointwise layer); nil on overflow.
    public static func standard(pixels: Int, kernelSize: Int, inChannels: Int, outChannels: Int, hasBias: Bool = false) -> CostFigures? {
        guard let outputs = CheckedCount.product(pixels, outChannels),
            let terms = CheckedCount.product(kernelSize, kernelSize, inChannels),
            let weights = CheckedCount.product(terms, outChannels)
        else { return nil }
        return layer(outputs: outputs, termsPerOutput: terms, weights: weights, biases: hasBias ? outChannels : 0)
    }

    /// A `k×k` depthwise convolution: one `k×k` filter per channel, each reading only its own
    /// channel, so `channels` in and out; nil on overflow.
    public static func depthwise(pixels: Int, kernelSize: Int, channels: Int) -> CostFigures? {
        guard let outputs = CheckedCount.product(pixels, channels),
            let terms = CheckedCount.product(kernelSize, kernelSize),
            let weights = CheckedCount.product(terms, channels)
        else { return nil }
        return layer(outputs: outputs, termsPerOutput: terms, weights: weights)
    }

    /// Two layers run one after the other; nil on overflow.
    public func followed(by next: CostFigures) -> CostFigures? {
        guard let multiplications = CheckedCount.sum(self.multiplications, next.multiplications),
            let additions = CheckedCount.sum(self.additions, next.additions),
            let parameters = CheckedCount.sum(self.parameters, next.parameters)
        else { return nil }
        return CostFigures(multiplications: multiplications, additions: additions, parameters: parameters)
    }
}
