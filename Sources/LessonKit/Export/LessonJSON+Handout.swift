import PointwiseCore

/// The handout's two keys of `print --json`: the lesson's questions with their answers, and the
/// cost view's numbers.
///
/// `questions` is a list in file order; each has `pixel` (`[row, column]`) and `kernel`, 1-based
/// as the lesson writes them, `prompt` (the question in the lesson's language), `hint` (or null)
/// and `answer`, the exact output value as decimal text (a string, so no reader rounds it).
/// `cost` holds what the cost view (`c`) shows for this lesson: the compared `kernel`,
/// `bottleneckChannels` and `outChannels`, each layer's `multiplications`, `additions` and
/// `parameters`, and the two ratios to the direct layer as exact fractions with the decimals the
/// view writes (the ratio and how many times fewer, 3 significant digits); it is null when the counts do not fit in 64 bits.
extension LessonJSON {
    static func writeQuestions(_ lesson: Lesson, into out: inout OutputBuffer) {
        let convolution = lesson.convolution
        out.append(",\"questions\":[")
        for (index, question) in lesson.questions.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append("{\"pixel\":[")
            out.append(question.row + 1)
            out.append(UInt8(ascii: ","))
            out.append(question.column + 1)
            out.append("],\"kernel\":")
            out.append(question.kernel + 1)
            let name = "\(Names.output(question.kernel))(\(question.row + 1), \(question.column + 1))"
            out.append(",\"prompt\":")
            out.append(string(Catalogue.text(.printPrompt, lesson.interfaceLanguage, ["name": name])))
            out.append(",\"hint\":")
            out.append(question.hint.map(string) ?? "null")
            out.append(",\"answer\":")
            let answer = convolution.output(kernel: question.kernel, row: question.row, column: question.column)
            out.append(string(DecimalFormatter.format(answer, style: .ascii)))
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
    }

    static func writeCost(_ lesson: Lesson, into out: inout OutputBuffer) {
        guard let comparison = lesson.costComparison else {
            out.append(",\"cost\":null")
            return
        }
        out.append(",\"cost\":{")
        writeCounts(
            ["kernel": comparison.kernelSize, "bottleneckChannels": comparison.bottleneckChannels, "outChannels": comparison.outChannels],
            into: &out)
        let layers: [(String, CostFigures)] = [
            ("thisLayer", comparison.pointwise), ("sameChannelsKxK", comparison.spatialSameChannels),
            ("direct", comparison.direct), ("bottleneckReduction", comparison.bottleneckReduction),
            ("bottleneckSpatial", comparison.bottleneckSpatial), ("bottleneck", comparison.bottleneck),
            ("depthwise", comparison.depthwise), ("separablePointwise", comparison.separablePointwise),
            ("separable", comparison.separable),
        ]
        for (key, figures) in layers {
            out.append(",\"")
            out.append(key)
            out.append("\":{")
            writeCounts(
                ["multiplications": figures.multiplications, "additions": figures.additions, "parameters": figures.parameters],
                into: &out)
            out.append(UInt8(ascii: "}"))
        }
        for (key, ratio) in [("bottleneckRatio", comparison.bottleneckRatio), ("separableRatio", comparison.separableRatio)] {
            out.append(",\"")
            out.append(key)
            out.append("\":")
            guard let ratio else {
                out.append("null")
                continue
            }
            out.append(UInt8(ascii: "{"))
            writeCounts(["numerator": ratio.numerator, "denominator": ratio.denominator], into: &out)
            out.append(",\"decimal\":")
            out.append(string(ratio.decimal(separator: "")))
            out.append(",\"timesFewer\":")
            out.append(ratio.inverted.map { string($0.decimal(separator: "")) } ?? "null")
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "}"))
    }
}
