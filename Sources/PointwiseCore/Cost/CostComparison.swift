/// A 1×1 layer's cost next to the layers it is usually weighed against, for one shape.
///
/// For an `H×W` map with `C_in` channels, and the comparison's `k`, `B` and `N`:
/// - the lesson's own 1×1 layer, `C_in → C_out` (with its bias, if any);
/// - a direct `k×k` "same" convolution `C_in → N`: `H·W·k²·C_in·N` multiplications;
/// - a bottleneck: a 1×1 `C_in → B` (`H·W·C_in·B`), then the `k×k` `B → N` (`H·W·k²·B·N`);
/// - a depthwise-separable layer: a `k×k` depthwise on `C_in` (`H·W·k²·C_in`), then a 1×1
///   `C_in → N` (`H·W·C_in·N`); against the direct layer that is `1/N + 1/k²` (MobileNet).
///
/// The compared layers have no bias, as in the published figures. Every count is checked: a
/// shape whose counts leave 64 bits gives no comparison rather than a trap.
public struct CostComparison: Hashable, Sendable {
    public let shape: ConvolutionShape
    /// `k`, `B` and `N` after the defaults are applied.
    public let kernelSize: Int
    public let bottleneckChannels: Int
    public let outChannels: Int

    /// The lesson's 1×1 layer, `C_in → C_out`.
    public let pointwise: CostFigures
    /// A `k×k` layer with the lesson's own channels, `C_in → C_out`: `k²` times the 1×1 layer.
    public let spatialSameChannels: CostFigures
    /// The direct `k×k` layer, `C_in → N`.
    public let direct: CostFigures
    /// The bottleneck's 1×1 `C_in → B`, its `k×k` `B → N`, and the two together.
    public let bottleneckReduction: CostFigures
    public let bottleneckSpatial: CostFigures
    public let bottleneck: CostFigures
    /// The depthwise `k×k` on `C_in`, the 1×1 `C_in → N`, and the two together.
    public let depthwise: CostFigures
    public let separablePointwise: CostFigures
    public let separable: CostFigures

    /// The comparison for a shape and a lesson's settings; nil when a setting is not positive or
    /// a count does not fit in 64 bits.
    public init?(shape: ConvolutionShape, hasBias: Bool, settings: CostSettings = CostSettings()) {
        let k = settings.kernelSize ?? CostSettings.defaultKernelSize
        let b = settings.bottleneckChannels ?? CostSettings.defaultBottleneckChannels(inChannels: shape.inChannels)
        let n = settings.outChannels ?? shape.outChannels
        guard k > 0, b > 0, n > 0, shape.inChannels > 0, shape.outChannels > 0,
            let pixels = CheckedCount.product(shape.height, shape.width), pixels > 0,
            let pointwise = CostFigures.standard(
                pixels: pixels, kernelSize: 1, inChannels: shape.inChannels, outChannels: shape.outChannels, hasBias: hasBias),
            let sameChannels = CostFigures.standard(
                pixels: pixels, kernelSize: k, inChannels: shape.inChannels, outChannels: shape.outChannels),
            let direct = CostFigures.standard(pixels: pixels, kernelSize: k, inChannels: shape.inChannels, outChannels: n),
            let reduction = CostFigures.standard(pixels: pixels, kernelSize: 1, inChannels: shape.inChannels, outChannels: b),
            let spatial = CostFigures.standard(pixels: pixels, kernelSize: k, inChannels: b, outChannels: n),
            let bottleneck = reduction.followed(by: spatial),
            let depthwise = CostFigures.depthwise(pixels: pixels, kernelSize: k, channels: shape.inChannels),
            let separablePointwise = CostFigures.standard(pixels: pixels, kernelSize: 1, inChannels: shape.inChannels, outChannels: n),
            let separable = depthwise.followed(by: separablePointwise)
        else { return nil }
        self.shape = shape
        self.kernelSize = k
        self.bottleneckChannels = b
        self.outChannels = n
        self.pointwise = pointwise
        self.spatialSameChannels = sameChannels
        self.direct = direct
        self.bottleneckReduction = reduction
        self.bottleneckSpatial = spatial
        self.bottleneck = bottleneck
        self.depthwise = depthwise
        self.separablePointwise = separablePointwise
        self.separable = separable
    }

    /// The bottleneck's multiplications over the direct layer's (Inception: about 1/9.7).
    public var bottleneckRatio: CostRatio? {
        CostRatio(bottleneck.multiplications, direct.multiplications)
    }

    /// The separable layer's multiplications over the direct layer's, exactly `1/N + 1/k²`.
    public var separableRatio: CostRatio? {
        CostRatio(separable.multiplications, direct.multiplications)
    }

    /// MobileNet's formula `1/N + 1/k² = (k² + N) / (k²·N)`, computed from the settings alone.
    public var mobileNetRatio: CostRatio? {
        guard let area = CheckedCount.product(kernelSize, kernelSize),
            let top = CheckedCount.sum(area, outChannels), let bottom = CheckedCount.product(area, outChannels)
        else { return nil }
        return CostRatio(top, bottom)
    }
}
