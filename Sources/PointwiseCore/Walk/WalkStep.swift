/// One step of the walk: which term, bias or activation of which output value it computes.
///
/// Indices are 0-based here; the screen and the lesson text show them 1-based, as the source note
/// writes `w11 … w23`.
public struct WalkStep: Hashable, Sendable {
    /// What a step adds to the output value being built.
    public enum Kind: Hashable, Sendable {
        /// The term `w_ij · x_j` for input channel `j`.
        case term(inputChannel: Int)
        /// Adding the kernel's bias.
        case bias
        /// Applying the activation.
        case activation
    }

    /// Position in the walk, 1…`Walk.stepCount` (0 is the introduction, before any step).
    public let index: Int
    public let row: Int
    public let column: Int
    /// The output channel being computed, `i`: also the kernel in use.
    public let kernel: Int
    public let kind: Kind
    /// True when this step finishes the output value `out_i(row, column)`.
    public let completesOutput: Bool
    /// True when this step finishes every output channel at this pixel.
    public let completesPixel: Bool
    /// True for the very last step of the lesson.
    public let isLast: Bool

    /// The pixel's number in row-major order, 0-based.
    public func pixelIndex(width: Int) -> Int { row * width + column }
}
