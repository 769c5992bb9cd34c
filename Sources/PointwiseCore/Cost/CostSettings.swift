/// The layers a lesson compares its 1×1 layer with: what the lesson's `cost` key set.
///
/// Each value is optional so a lesson can set only what matters to it; `CostComparison` fills in
/// the rest from the lesson's shape (`defaultKernelSize`, a quarter of the input channels for the
/// bottleneck, the lesson's own output channels for the comparison).
public struct CostSettings: Hashable, Sendable {
    /// `k`: the side of the spatial kernel compared with (`k×k`).
    public var kernelSize: Int?
    /// `B`: the channels a 1×1 bottleneck reduces to before the `k×k` layer.
    public var bottleneckChannels: Int?
    /// `N`: the output channels of the compared layers.
    public var outChannels: Int?

    public init(kernelSize: Int? = nil, bottleneckChannels: Int? = nil, outChannels: Int? = nil) {
        self.kernelSize = kernelSize
        self.bottleneckChannels = bottleneckChannels
        self.outChannels = outChannels
    }

    /// `k` when a lesson does not set it: the commonest spatial kernel.
    public static let defaultKernelSize = 3

    /// The largest `k` a lesson may set; real networks stop at 11 (AlexNet's first layer).
    public static let maximumKernelSize = 31

    /// `B` when a lesson does not set it: a quarter of the input channels, at least 1.
    public static func defaultBottleneckChannels(inChannels: Int) -> Int {
        max(1, inChannels / 4)
    }
}
