/// The sizes of a 1×1 convolution: an H×W map with `inChannels` channels in, `outChannels` out.
public struct ConvolutionShape: Hashable, Sendable {
    public let height: Int
    public let width: Int
    public let inChannels: Int
    public let outChannels: Int

    public init(height: Int, width: Int, inChannels: Int, outChannels: Int) {
        self.height = height
        self.width = width
        self.inChannels = inChannels
        self.outChannels = outChannels
    }

    /// Pixels in one channel: `H·W`.
    public var pixels: Int { height * width }
}
