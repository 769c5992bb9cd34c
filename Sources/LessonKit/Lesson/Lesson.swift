import PointwiseCore

/// A lesson ready to teach: its numbers as a convolution, and the walkthrough text for each phase.
///
/// Equality is synthesised, so it compares everything the lesson holds (a reloaded lesson that
/// differs only in its questions is a different lesson); hashing is cheaper, in Lesson+Hashable.
public struct Lesson: Sendable, Equatable {
    /// The lesson's title, shown at the top of the screen.
    public let title: String
    /// The BCP 47 tag of the lesson's language, e.g. `en` or `zh-TW`.
    public let language: String
    /// The input, the kernels, the bias and the activation.
    public let convolution: PointwiseConvolution
    /// The sections the lesson wrote; the others use the built-in text.
    public let sections: [SectionKind: Template]
    /// The layers the cost view compares this one with (`cost:`), or nil for the defaults.
    public let cost: CostSettings?
    /// The output values the lesson asks the learner to predict (`questions:`), in file order.
    public let questions: [Question]
    /// The tensors read from data files (`file:`), in the order input, weights, bias.
    public let dataFiles: [DataFileUse]
    /// The built-in texts of the sections the lesson did not write, as they are first shown.
    private let builtInTemplates = BuiltInTemplates()

    public init(
        title: String, language: String, convolution: PointwiseConvolution, sections: [SectionKind: Template],
        cost: CostSettings? = nil, questions: [Question] = [], dataFiles: [DataFileUse] = []
    ) {
        self.title = title
        self.language = language
        self.convolution = convolution
        self.sections = sections
        self.cost = cost
        self.questions = questions
        self.dataFiles = dataFiles
    }

    /// This layer's cost next to a k×k, a bottleneck and a depthwise-separable layer, with the
    /// lesson's settings; nil only when a count would leave 64 bits.
    public var costComparison: CostComparison? {
        CostComparison(shape: convolution.shape, hasBias: convolution.kernels.bias != nil, settings: cost ?? CostSettings())
    }

    /// The language the screen's own labels and the built-in texts use for this lesson.
    public var interfaceLanguage: InterfaceLanguage { InterfaceLanguage(tag: language) }

    /// The lesson's text for a section, or the built-in text in the lesson's language.
    public func template(for section: SectionKind) -> Template {
        if let written = sections[section] { return written }
        return builtInTemplates.template(for: section) {
            BuiltInText.template(for: section, language: interfaceLanguage, layer: BuiltInText.Layer(convolution))
        }
    }
}

/// The languages Pointwise's own words are written in.
public enum InterfaceLanguage: String, Sendable, CaseIterable {
    case english = "en"
    case traditionalChinese = "zh-TW"

    /// The closest language for a BCP 47 tag: any Chinese tag gives Traditional Chinese
    /// (the lessons' readers), anything else English.
    public init(tag: String) {
        let lowered = tag.lowercased()
        self = lowered == "zh" || lowered.hasPrefix("zh-") || lowered.hasPrefix("zh_") ? .traditionalChinese : .english
    }
}
