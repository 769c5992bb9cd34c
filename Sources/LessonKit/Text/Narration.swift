import PointwiseCore

/// What the lesson says at a position of the walk: the section that applies and its filled text.
public enum Narration {
    /// The sections shown at a position, in the order they are joined (see `SectionRules`).
    public static func sections(at walk: Walk) -> [SectionKind] { SectionRules.sections(at: walk) }

    /// The lesson's text at the walk's position, placeholders filled and Markdown markers
    /// removed; paragraphs (and list items, written `- item`) separated by `\n`.
    ///
    /// When a step shows two sections (an activation step that also finishes a pixel, say), their
    /// texts are joined as separate paragraphs in `SectionRules`' order. `forPaper` leaves out the
    /// screen-only text (`{screen}` … `{/screen}`), as `print` does.
    public static func text(_ lesson: Lesson, at walk: Walk, style: DecimalFormatter.Style, forPaper: Bool = false) -> String {
        richText(lesson, at: walk, style: style, forPaper: forPaper).plain
    }

    /// The lesson's text at the walk's position with its Markdown read, for the screen to draw
    /// bold, emphasis, code and list items.
    ///
    /// Placeholders are filled first, so `**{sum}**` is a bold number (values never hold a
    /// marker); the data files' note is added as it is, since a file's name is not Markdown.
    public static func richText(_ lesson: Lesson, at walk: Walk, style: DecimalFormatter.Style, forPaper: Bool = false) -> RichText {
        var text = RichText(blocks: [])
        let shown = sections(at: walk)
        for section in shown {
            let template = forPaper ? lesson.template(for: section).forPaper : lesson.template(for: section)
            let filled = template.fill { value(of: $0, in: lesson, at: walk, style: style) }
            if !filled.isEmpty { text.blocks += RichText(markdown: filled).blocks }
        }
        if shown.contains(.introduction) || shown.contains(.end), let note = dataFileNote(lesson) { text.appendLiteral(note) }
        return text
    }

    /// Where the lesson's tensors came from and whether their values were rounded, as one
    /// paragraph (nil when no tensor came from a file): exactness is promised, so rounding is said.
    public static func dataFileNote(_ lesson: Lesson) -> String? {
        guard !lesson.dataFiles.isEmpty else { return nil }
        let language = lesson.interfaceLanguage
        let files = lesson.dataFiles.map { "\($0.key) \(InertText.escape($0.file))" }
        let roundings = Set(lesson.dataFiles.map(\.roundedTo))
        let rounding: String
        if roundings == [nil] {
            rounding = Catalogue.text(.dataNoteExact, language)
        } else if roundings.count == 1, let places = roundings.first ?? nil {
            rounding = Catalogue.text(.dataNoteRounded, language, ["places": String(places)])
        } else {
            rounding = lesson.dataFiles.map { use in
                if let places = use.roundedTo {
                    Catalogue.text(.dataNoteKeyRounded, language, ["key": use.key, "places": String(places)])
                } else {
                    Catalogue.text(.dataNoteKeyExact, language, ["key": use.key])
                }
            }.joined(separator: Catalogue.text(.dataNoteKeySeparator, language))
        }
        let list = files.joined(separator: Catalogue.text(.dataNoteFileSeparator, language))
        return Catalogue.text(.dataNote, language, ["files": list, "rounding": rounding])
    }

    /// The value a placeholder stands for at a position, or nil where it has none.
    public static func value(
        of placeholder: Placeholder, in lesson: Lesson, at walk: Walk, style: DecimalFormatter.Style
    ) -> String? {
        let convolution = lesson.convolution
        let shape = convolution.shape
        func number(_ value: ExactDecimal) -> String { DecimalFormatter.format(value, style: style) }
        // A factor in parentheses when negative, so `{w} · {x}` reads `(−1) · 3`.
        func factor(_ value: ExactDecimal) -> String { value.isNegative ? "(" + number(value) + ")" : number(value) }
        switch placeholder {
        case .height: return String(shape.height)
        case .width: return String(shape.width)
        case .inChannels: return String(shape.inChannels)
        case .outChannels: return String(shape.outChannels)
        // Counts of real layers run to millions: digits grouped in threes, e.g. 2,408,448.
        case .steps: return GroupedDigits.format(walk.stepCount)
        case .multiplications: return GroupedDigits.format(LayerCost(convolution).multiplications)
        case .parameters: return GroupedDigits.format(LayerCost(convolution).parameters)
        case .costKernel: return lesson.costComparison.map { String($0.kernelSize) }
        case .kxkMultiplications: return lesson.costComparison.map { GroupedDigits.format($0.spatialSameChannels.multiplications) }
        case .directMultiplications: return lesson.costComparison.map { GroupedDigits.format($0.direct.multiplications) }
        case .bottleneckMultiplications: return lesson.costComparison.map { GroupedDigits.format($0.bottleneck.multiplications) }
        case .bottleneckChannels: return lesson.costComparison.map { String($0.bottleneckChannels) }
        case .costOutChannels: return lesson.costComparison.map { String($0.outChannels) }
        case .bottleneckSaving: return lesson.costComparison?.bottleneckRatio?.inverted?.decimal()
        default: break
        }
        guard let step = walk.step else { return nil }
        let inputChannel: Int? = if case .term(let channel) = step.kind { channel } else { nil }
        switch placeholder {
        case .row: return String(step.row + 1)
        case .column: return String(step.column + 1)
        case .i: return String(step.kernel + 1)
        case .outName: return Names.output(step.kernel)
        case .sum: return number(walk.runningSum(at: step))
        case .j: return inputChannel.map { String($0 + 1) }
        case .w: return inputChannel.map { factor(convolution.kernels.weight(kernel: step.kernel, inputChannel: $0)) }
        case .x: return inputChannel.map { factor(convolution.inputValue(inputChannel: $0, row: step.row, column: step.column)) }
        case .wName: return inputChannel.map { Names.weight(kernel: step.kernel, inputChannel: $0) }
        case .xName: return inputChannel.map { Names.input($0) }
        case .product:
            return inputChannel.map {
                number(convolution.product(kernel: step.kernel, inputChannel: $0, row: step.row, column: step.column))
            }
        case .before:
            return walk.describe(position: step.index - 1).flatMap { previous in
                previous.kernel == step.kernel && previous.row == step.row && previous.column == step.column
                    ? number(walk.runningSum(at: previous)) : nil
            } ?? number(.zero)
        case .bias: return convolution.kernels.bias(kernel: step.kernel).map(number)
        case .output: return number(convolution.output(kernel: step.kernel, row: step.row, column: step.column))
        default: return nil
        }
    }
}

/// The names the screen and the texts give to channels, kernels and weights (1-based).
public enum Names {
    /// `x2` for input channel 1 (0-based).
    public static func input(_ channel: Int) -> String { "x\(channel + 1)" }
    /// `out1` for output channel 0.
    public static func output(_ kernel: Int) -> String { "out\(kernel + 1)" }
    /// `w12` for kernel 0, channel 1; `w12,3` when an index has two digits, so it reads unambiguously.
    public static func weight(kernel: Int, inputChannel: Int) -> String {
        kernel < 9 && inputChannel < 9 ? "w\(kernel + 1)\(inputChannel + 1)" : "w\(kernel + 1),\(inputChannel + 1)"
    }
}
