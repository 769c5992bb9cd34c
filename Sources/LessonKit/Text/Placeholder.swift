/// A live value that lesson text can embed, written `{name}`; `{{` and `}}` write literal braces.
///
/// Indices are 1-based as in the source note (`w12` is kernel 1, input channel 2). Numbers are
/// printed exactly as the screen shows them, so a sentence and the formula beside it agree.
public enum Placeholder: String, CaseIterable, Hashable, Sendable {
    // The lesson as a whole, available everywhere.
    case height, width
    case inChannels = "in_channels"
    case outChannels = "out_channels"
    /// Steps in the whole walk.
    case steps
    case multiplications, parameters
    // The cost view's comparison (`cost:` or its defaults), so a lesson can state the saving in
    // its own numbers.
    /// `k`, the side of the compared `k×k` kernel.
    case costKernel = "cost_kernel"
    /// A `k×k` layer with this lesson's own channels: `k²` times this layer's multiplications.
    case kxkMultiplications = "kxk_multiplications"
    /// The direct `k×k` layer to `N` channels, the bottleneck (1×1 to `B`, then `k×k`), and `B`.
    case directMultiplications = "direct_multiplications"
    case bottleneckMultiplications = "bottleneck_multiplications"
    case bottleneckChannels = "bottleneck_channels"
    /// `N`, the output channels of the compared layers.
    case costOutChannels = "cost_out_channels"
    /// How many times fewer multiplications the bottleneck needs than the direct layer, e.g. `9.68`.
    case bottleneckSaving = "bottleneck_saving"
    // The pixel and the output value being computed.
    case row, column
    /// The output channel (and kernel) number.
    case i
    /// The output value's name, e.g. `out2`.
    case outName = "out_name"
    /// The running sum after this step.
    case sum
    // The current term.
    /// The input channel number.
    case j
    /// The weight `w_ij` and the input value `x_j`, in parentheses when negative (they are factors).
    case w, x
    /// The weight's name, e.g. `w12`, and the input value's, e.g. `x2`.
    case wName = "w_name"
    case xName = "x_name"
    /// `w · x`.
    case product
    /// The running sum before this step (before the term, the bias, or the activation).
    case before
    /// The kernel's bias.
    case bias
    /// The finished output value.
    case output
    // Text for the screen only, such as a key to press: `{screen}Press → to begin.{/screen}`.
    // The screen shows what is between the two; `print`, a handout for paper, leaves it out.
    /// Opens a run of screen-only text.
    case screenOnly = "screen"
    /// Closes it; an unclosed run lasts to the end of the section.
    case screenOnlyEnd = "/screen"

    /// Placeholders whose value does not depend on the step.
    static let lessonWide: Set<Placeholder> = [
        .height, .width, .inChannels, .outChannels, .steps, .multiplications, .parameters,
        .costKernel, .kxkMultiplications, .directMultiplications, .bottleneckMultiplications, .bottleneckChannels, .costOutChannels,
        .bottleneckSaving, .screenOnly, .screenOnlyEnd,
    ]

    /// Names as written in lessons, for messages that list them.
    public static var allNames: String { allCases.map { "{\($0.rawValue)}" }.joined(separator: " ") }
}
