/// What a 1×1 convolution layer costs: multiplications, additions and parameters.
///
/// Multiplications: one per term, `H·W·C_in·C_out`. Additions: summing `C_in` terms takes
/// `C_in − 1` additions per output value, plus one for the bias. Parameters: `C_in·C_out` weights,
/// plus `C_out` biases.
public struct LayerCost: Hashable, Sendable {
    public let multiplications: Int
    public let additions: Int
    public let parameters: Int

    public init(shape: ConvolutionShape, hasBias: Bool) {
        let outputs = shape.pixels * shape.outChannels
        multiplications = outputs * shape.inChannels
        additions = outputs * (shape.inChannels - 1 + (hasBias ? 1 : 0))
        parameters = shape.inChannels * shape.outChannels + (hasBias ? shape.outChannels : 0)
    }

    /// The cost of a convolution's layer.
    public init(_ convolution: PointwiseConvolution) {
        self.init(shape: convolution.shape, hasBias: convolution.kernels.bias != nil)
    }
}
