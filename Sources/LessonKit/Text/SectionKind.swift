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
        let lesson = Placeholder.lessonWide
        let pixel: Set<Placeholder> = [.row, .column, .i, .outName, .sum]
        switch self {
        case .introduction: return lesson
        case .term: return lesson.union(pixel).union([.j, .w, .x, .wName, .xName, .product, .before])
        case .bias: return lesson.union(pixel).union([.bias, .before])
        case .activation: return lesson.union(pixel).union([.before, .output])
        case .output, .pixel, .end: return lesson.union(pixel).union([.output])
        }
    }
}
