import PointwiseCore

/// The state of one printed walkthrough: the prepared templates, the lesson-wide values written
/// once, and the running sum of the output value being printed.
struct WalkthroughWriter {
    let lesson: Lesson
    let convolution: PointwiseConvolution
    let style: DecimalFormatter.Style
    let walk: Walk
    /// One prepared template per section, in the order of `sections`, with the lesson-wide
    /// placeholders (`{height}`, `{steps}`, …) already written in.
    let templates: [PreparedTemplate]
    let times: StaticString
    let scale: Int
    /// The scaffolding in the lesson's language, as bytes: the step line's three pieces around
    /// its two numbers (`[step `, ` of `, `]`), the running sum's lead, and the output heading.
    let stepPieces: [[UInt8]]
    let runningSumLead: [UInt8]
    let outputHeading: [UInt8]

    // The step being printed.
    var row = 0
    var column = 0
    var kernel = 0
    var inputChannel: Int? = nil
    var position = 0
    /// The running sum before and after the current step, in units of `scale`.
    var before: Int128 = 0
    var sum: Int128 = 0
    /// The finished output value at the current pixel and kernel, once a template asks for it.
    var finishedOutput: Int128? = nil

    init(lesson: Lesson, style: DecimalFormatter.Style) {
        self.lesson = lesson
        self.convolution = lesson.convolution
        self.style = style
        self.walk = Walk(lesson.convolution)
        self.times = style == .unicode ? "·" : "*"
        self.scale = lesson.convolution.accumulatorScale
        var values: [Placeholder: [UInt8]] = [:]
        let introduction = Walk(lesson.convolution)
        for placeholder in Placeholder.lessonWide {
            if let value = Narration.value(of: placeholder, in: lesson, at: introduction, style: style) {
                values[placeholder] = Array(value.utf8)
            }
        }
        // On paper: the screen-only text (`{screen}` … `{/screen}`, keys to press) left out.
        self.templates = Self.sections.map { PreparedTemplate(lesson.template(for: $0).forPaper, style: style, fixed: values) }
        let language = lesson.interfaceLanguage
        let step = Catalogue.text(.printStep, language)
        let pieces = step.split(separator: "{step}", omittingEmptySubsequences: false).flatMap {
            $0.split(separator: "{steps}", omittingEmptySubsequences: false)
        }
        self.stepPieces = pieces.count == 3 ? pieces.map { Array($0.utf8) } : [Array("[".utf8), Array(" / ".utf8), Array("]".utf8)]
        let runningSum = Catalogue.text(.printRunningSum, language)
        self.runningSumLead = Array((runningSum.split(separator: "{sum}", omittingEmptySubsequences: false).first ?? "")[...].utf8)
        self.outputHeading = Array(Catalogue.text(.printOutput, language).utf8)
    }

    mutating func write(into out: inout OutputBuffer) {
        let shape = convolution.shape
        let cost = LayerCost(convolution)
        let arrow = style == .unicode ? "→" : "->"
        out.append(adapt(lesson.title))
        out.append(UInt8(ascii: "\n"))
        func counted(_ key: TextKey, _ count: Int) -> CatalogueText { CatalogueText(key, ["count": GroupedDigits.format(count)]) }
        let summary = CatalogueText(
            .printSummary,
            [
                "input": "\(shape.height)×\(shape.width)×\(shape.inChannels)", "arrow": arrow,
                "output": "\(shape.height)×\(shape.width)×\(shape.outChannels)",
            ],
            nested: [
                "step_count": counted(.printStepCount, walk.stepCount),
                "multiplication_count": counted(.printMultiplicationCount, cost.multiplications),
                "parameter_count": counted(.printParameterCount, cost.parameters),
            ])
        out.append(adapt(summary.text(lesson.interfaceLanguage)))
        out.append("\n\n")
        writeText(section: .introduction, hasStep: false, into: &out)
        writeData(into: &out)
        writeWorksheet(into: &out)

        let kernels = convolution.kernels
        let stepCount = walk.stepCount
        for row in 0..<shape.height {
            for column in 0..<shape.width {
                for kernel in 0..<shape.outChannels {
                    self.row = row
                    self.column = column
                    self.kernel = kernel
                    sum = 0
                    finishedOutput = nil
                    for channel in 0..<shape.inChannels {
                        inputChannel = channel
                        before = sum
                        sum &+= convolution.termUnits(kernel: kernel, inputChannel: channel, row: row, column: column)
                        writeStep(.term(inputChannel: channel), stepCount: stepCount, into: &out)
                        // Nobody is reading any more (a closed pipe, a full disk): stop computing.
                        if out.hasFailed { return }
                    }
                    inputChannel = nil
                    if kernels.bias != nil {
                        before = sum
                        sum &+= convolution.biasUnits(kernel: kernel)
                        writeStep(.bias, stepCount: stepCount, into: &out)
                    }
                    if kernels.activation != .none {
                        before = sum
                        sum = Self.activate(sum, kernels.activation)
                        writeStep(.activation, stepCount: stepCount, into: &out)
                    }
                }
            }
        }

        out.append(UInt8(ascii: "\n"))
        out.append(bytes: outputHeading)
        out.append(UInt8(ascii: "\n"))
        writeOutputGrids(into: &out)
        writeAnswers(into: &out)
    }

    /// One step: a blank line, the step's line of numbers, then its section's text.
    private mutating func writeStep(_ kind: WalkStep.Kind, stepCount: Int, into out: inout OutputBuffer) {
        position += 1
        let shape = convolution.shape
        let completesOutput: Bool
        switch kind {
        case .term(let channel):
            completesOutput = channel == shape.inChannels - 1 && convolution.kernels.bias == nil && convolution.kernels.activation == .none
        case .bias:
            completesOutput = convolution.kernels.activation == .none
        case .activation:
            completesOutput = true
        }
        out.append(UInt8(ascii: "\n"))
        out.append(bytes: stepPieces[0])
        out.append(grouped: position)
        out.append(bytes: stepPieces[1])
        out.append(grouped: stepCount)
        out.append(bytes: stepPieces[2])
        out.append(UInt8(ascii: " "))
        writeOutputName(into: &out)
        out.append(": ")
        switch kind {
        case .term(let channel):
            writeWeightName(channel: channel, into: &out)
            out.append(times)
            out.append(UInt8(ascii: "x"))
            out.append(channel + 1)
            out.append(" = ")
            let weights = convolution.kernels.weights
            out.append(
                factorUnits: Int128(weights.units[weights.index(channel: 0, row: kernel, column: channel)]), scale: weights.scale,
                style: style)
            out.append(times)
            let input = convolution.input
            out.append(
                factorUnits: Int128(input.units[input.index(channel: channel, row: row, column: column)]), scale: input.scale, style: style)
            out.append(" = ")
            out.append(decimalUnits: sum &- before, scale: scale, style: style)
            out.append(bytes: runningSumLead)
            out.append(decimalUnits: sum, scale: scale, style: style)
        case .bias:
            out.append("+ b")
            out.append(kernel + 1)
            out.append(" = ")
            writeBias(factor: true, into: &out)
            out.append(bytes: runningSumLead)
            out.append(decimalUnits: sum, scale: scale, style: style)
        case .activation:
            out.append("ReLU(")
            out.append(decimalUnits: before, scale: scale, style: style)
            out.append(") = ")
            out.append(decimalUnits: sum, scale: scale, style: style)
        }
        if completesOutput {
            out.append("; ")
            writeOutputName(into: &out)
            out.append(" = ")
            out.append(decimalUnits: sum, scale: scale, style: style)
        }
        out.append(UInt8(ascii: "\n"))

        let isLast = position == stepCount
        let completesPixel = completesOutput && kernel == shape.outChannels - 1
        let section: SectionKind
        if isLast {
            section = .end
        } else if completesPixel {
            section = .pixel
        } else if completesOutput {
            section = .output
        } else {
            switch kind {
            case .term: section = .term
            case .bias: section = .bias
            case .activation: section = .activation
            }
        }
        writeText(section: section, hasStep: true, into: &out)
        out.flushIfFull()
    }

    /// `out2(3, 1)`.
    private func writeOutputName(into out: inout OutputBuffer) {
        out.append("out")
        out.append(kernel + 1)
        out.append(UInt8(ascii: "("))
        out.append(row + 1)
        out.append(", ")
        out.append(column + 1)
        out.append(UInt8(ascii: ")"))
    }

    /// `w12`, or `w12,3` past nine, as `Names.weight` writes it, straight into the buffer (a
    /// string made for every term was a tenth of printing).
    private func writeWeightName(channel: Int, into out: inout OutputBuffer) {
        out.append(UInt8(ascii: "w"))
        out.append(kernel + 1)
        if kernel >= 9 || channel >= 9 { out.append(UInt8(ascii: ",")) }
        out.append(channel + 1)
    }

    private func writeBias(factor: Bool, into out: inout OutputBuffer) {
        guard let bias = convolution.kernels.bias else { return }
        let units = Int128(bias.units[kernel])
        if factor {
            out.append(factorUnits: units, scale: bias.scale, style: style)
        } else {
            out.append(decimalUnits: units, scale: bias.scale, style: style)
        }
    }

    /// The section's text, placeholders filled, one line per paragraph with a blank line between.
    private mutating func writeText(section: SectionKind, hasStep: Bool, into out: inout OutputBuffer) {
        let template = templates[Self.index(of: section)]
        guard template.isSegmentwiseExact, !template.hasMarkdown else {
            // The rare whole-text path: fill the section's text, read its Markdown (the words
            // are printed without markers, a list without blank lines between its items), then
            // transliterate it.
            let walk = Walk(convolution, position: hasStep ? position : 0)
            let filled = lesson.template(for: section).forPaper.fill { Narration.value(of: $0, in: lesson, at: walk, style: style) }
            out.append(adapt(RichText(markdown: filled).printed))
            if section == .introduction || section == .end, let note = Narration.dataFileNote(lesson) {
                out.append("\n\n")
                out.append(adapt(note))
            }
            out.append(UInt8(ascii: "\n"))
            return
        }
        for piece in template.pieces {
            switch piece {
            case .bytes(let bytes): out.append(bytes: bytes)
            case .placeholder(let placeholder): writeValue(of: placeholder, hasStep: hasStep, into: &out)
            }
        }
        // Where the data files came from and how they were rounded, as `Narration.text` says it.
        if section == .introduction || section == .end, let note = Narration.dataFileNote(lesson) {
            out.append("\n\n")
            out.append(adapt(note))
        }
        out.append(UInt8(ascii: "\n"))
    }

    /// A placeholder's value at the current step, as `Narration.value` gives it; nothing when it
    /// has none.
    private mutating func writeValue(of placeholder: Placeholder, hasStep: Bool, into out: inout OutputBuffer) {
        guard hasStep else { return }
        switch placeholder {
        case .row: out.append(row + 1)
        case .column: out.append(column + 1)
        case .i: out.append(kernel + 1)
        case .outName:
            out.append("out")
            out.append(kernel + 1)
        case .sum: out.append(decimalUnits: sum, scale: scale, style: style)
        case .before: out.append(decimalUnits: before, scale: scale, style: style)
        case .bias: writeBias(factor: false, into: &out)
        case .output: out.append(decimalUnits: outputUnits(), scale: scale, style: style)
        case .j, .w, .x, .wName, .xName, .product:
            guard let channel = inputChannel else { return }
            switch placeholder {
            case .j: out.append(channel + 1)
            case .w:
                let weights = convolution.kernels.weights
                out.append(
                    factorUnits: Int128(weights.units[weights.index(channel: 0, row: kernel, column: channel)]), scale: weights.scale,
                    style: style)
            case .x:
                let input = convolution.input
                out.append(
                    factorUnits: Int128(input.units[input.index(channel: channel, row: row, column: column)]), scale: input.scale,
                    style: style)
            case .wName: writeWeightName(channel: channel, into: &out)
            case .xName:
                out.append(UInt8(ascii: "x"))
                out.append(channel + 1)
            default: out.append(decimalUnits: sum &- before, scale: scale, style: style)
            }
        default: return
        }
    }

    /// The finished value of the output being printed; computed once per output value, and only
    /// when a template asks for it before its last step.
    private mutating func outputUnits() -> Int128 {
        if let finishedOutput { return finishedOutput }
        var units: Int128 = 0
        for channel in 0..<convolution.shape.inChannels {
            units &+= convolution.termUnits(kernel: kernel, inputChannel: channel, row: row, column: column)
        }
        units = Self.activate(units &+ convolution.biasUnits(kernel: kernel), convolution.kernels.activation)
        finishedOutput = units
        return units
    }

    /// The sections in the order `templates` holds them.
    static let sections: [SectionKind] = [.introduction, .term, .bias, .activation, .output, .pixel, .end]

    private static func index(of section: SectionKind) -> Int {
        switch section {
        case .introduction: 0
        case .term: 1
        case .bias: 2
        case .activation: 3
        case .output: 4
        case .pixel: 5
        case .end: 6
        }
    }

    private static func activate(_ units: Int128, _ activation: Activation) -> Int128 {
        switch activation {
        case .none: return units
        case .relu: return units < 0 ? 0 : units
        }
    }

    /// Each output channel as a grid of right-aligned values, every column as wide as its
    /// channel's widest value.
    func writeOutputGrids(into out: inout OutputBuffer) {
        let shape = convolution.shape
        var values = [Int128](repeating: 0, count: shape.pixels)
        var rowValues: [Int128] = []
        for kernel in 0..<shape.outChannels {
            var widest = 1
            for row in 0..<shape.height {
                convolution.outputRowUnits(kernel: kernel, row: row, into: &rowValues)
                for column in 0..<shape.width {
                    let units = rowValues[column]
                    values[row * shape.width + column] = units
                    widest = max(widest, DecimalBytes.characterCount(units: units, scale: scale))
                }
            }
            out.append("out")
            out.append(kernel + 1)
            out.append(":\n")
            for row in 0..<shape.height {
                out.append("  ")
                for column in 0..<shape.width {
                    if column > 0 { out.append(UInt8(ascii: " ")) }
                    let units = values[row * shape.width + column]
                    let padding = widest - DecimalBytes.characterCount(units: units, scale: scale)
                    if padding > 0 { out.append(bytes: repeatElement(UInt8(ascii: " "), count: padding)) }
                    out.append(decimalUnits: units, scale: scale, style: style)
                }
                out.append(UInt8(ascii: "\n"))
                out.flushIfFull()
                if out.hasFailed { return }
            }
        }
    }

    func adapt(_ text: String) -> String { style == .unicode ? text : ASCIIText.transliterate(text) }
}
