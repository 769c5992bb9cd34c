/// The named parts of a lesson's walkthrough text, one for each phase of the walk.
///
/// A section is written in the lesson body as a level-2 heading with its name (`## term`), in any
/// letter case. At each step the screen shows one section: the broadest phase the step completes
/// (`end` over `pixel` over `output`), else the section of the step's own kind.
public enum SectionKind: String, CaseIterable, Hashable, Sendable {
    /// Before the first step: what the lesson is about.
    case introduction
    /// Each term `w_ij · x_j`.
    case term
    /// Adding a kernel's bias (lessons with a `bias`).
    case bias
    /// Applying the activation (lessons with `activation: relu`).
    case activation
    /// The step that finishes an output value `out_i(r, c)`.
    case output
    /// The step that finishes the last output channel at a pixel.
    case pixel
    /// The very last step.
    case end

    /// The placeholders that have a value in this section.
    public var availablePlaceholders: Set<Placeholder> {
        switch self {
        case .introduction: Self.introductionPlaceholders
        case .term: Self.termPlaceholders
        case .bias: Self.biasPlaceholders
        case .activation: Self.activationPlaceholders
        case .output, .pixel, .end: Self.outputPlaceholders
        }
    }

    // Made once: the body's parser asks at every placeholder, and making the sets each time was
    // a tenth of reading a lesson's text.
    private static let pixelPlaceholders = Placeholder.lessonWide.union([.row, .column, .i, .outName, .sum])
    private static let introductionPlaceholders = Placeholder.lessonWide
    private static let termPlaceholders = pixelPlaceholders.union([.j, .w, .x, .wName, .xName, .product, .before])
    private static let biasPlaceholders = pixelPlaceholders.union([.bias, .before])
    private static let activationPlaceholders = pixelPlaceholders.union([.before, .output])
    private static let outputPlaceholders = pixelPlaceholders.union([.output])
}
