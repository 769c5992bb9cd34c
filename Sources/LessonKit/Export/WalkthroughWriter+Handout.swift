import PointwiseCore

/// The parts that make the printed walkthrough a handout for paper: the lesson's numbers as
/// tables before the steps, its questions as a worksheet, and their answers after the output.
///
/// The worksheet comes before the steps because the steps give every value away; the answers
/// come last, so a reader working down the page meets each question before its answer. Every
/// table streams through the output buffer row by row, like the steps.
extension WalkthroughWriter {
    /// The input, one table per channel, then the weights as one table with a row per kernel (and
    /// the bias as its last column), then the activation, if any.
    func writeData(into out: inout OutputBuffer) {
        let language = lesson.interfaceLanguage
        let input = convolution.input
        out.append(UInt8(ascii: "\n"))
        out.append(adapt(Catalogue.text(.printInput, language)))
        out.append(UInt8(ascii: "\n"))
        for channel in 0..<input.channels {
            out.append(UInt8(ascii: "x"))
            out.append(channel + 1)
            out.append(":\n")
            writeGrid(rows: input.height, columns: input.width, scale: input.scale, into: &out) { row, column in
                Int128(input.units[input.index(channel: channel, row: row, column: column)])
            }
            if out.hasFailed { return }
        }
        writeWeightsTable(into: &out)
    }

    /// `kernel  x1  x2  bias` over one row per kernel, each column right-aligned to its widest
    /// entry, so a kernel's weights read across and a channel's weights read down.
    private func writeWeightsTable(into out: inout OutputBuffer) {
        let language = lesson.interfaceLanguage
        let weights = convolution.kernels.weights
        let bias = convolution.kernels.bias
        let kernels = convolution.shape.outChannels
        let channels = convolution.shape.inChannels
        func weightUnits(_ kernel: Int, _ channel: Int) -> Int128 {
            Int128(weights.units[weights.index(channel: 0, row: kernel, column: channel)])
        }
        let kernelHeader = Array(adapt(Catalogue.text(.printKernel, language)).utf8)
        let biasHeader = Array(adapt(Catalogue.text(.printBias, language)).utf8)
        // Header widths in terminal columns: a Chinese label takes two a character.
        let kernelWidth = max(TextWidth.columns(of: String(decoding: kernelHeader, as: UTF8.self)), String(kernels).count)
        var widths = [Int](repeating: 0, count: channels)
        for channel in 0..<channels {
            var widest = String(channel + 1).count + 1
            for kernel in 0..<kernels {
                widest = max(widest, DecimalBytes.characterCount(units: weightUnits(kernel, channel), scale: weights.scale))
            }
            widths[channel] = widest
        }
        var biasWidth = TextWidth.columns(of: String(decoding: biasHeader, as: UTF8.self))
        if let bias {
            for kernel in 0..<kernels {
                biasWidth = max(biasWidth, DecimalBytes.characterCount(units: Int128(bias.units[kernel]), scale: bias.scale))
            }
        }

        out.append(UInt8(ascii: "\n"))
        out.append(adapt(Catalogue.text(.printWeights, language)))
        out.append("\n  ")
        out.append(bytes: kernelHeader)
        pad(kernelWidth - TextWidth.columns(of: String(decoding: kernelHeader, as: UTF8.self)), into: &out)
        for channel in 0..<channels {
            out.append("  ")
            pad(widths[channel] - String(channel + 1).count - 1, into: &out)
            out.append(UInt8(ascii: "x"))
            out.append(channel + 1)
        }
        if bias != nil {
            out.append("  ")
            pad(biasWidth - TextWidth.columns(of: String(decoding: biasHeader, as: UTF8.self)), into: &out)
            out.append(bytes: biasHeader)
        }
        out.append(UInt8(ascii: "\n"))
        for kernel in 0..<kernels {
            out.append("  ")
            pad(kernelWidth - String(kernel + 1).count, into: &out)
            out.append(kernel + 1)
            for channel in 0..<channels {
                let units = weightUnits(kernel, channel)
                out.append("  ")
                pad(widths[channel] - DecimalBytes.characterCount(units: units, scale: weights.scale), into: &out)
                out.append(decimalUnits: units, scale: weights.scale, style: style)
            }
            if let bias {
                let units = Int128(bias.units[kernel])
                out.append("  ")
                pad(biasWidth - DecimalBytes.characterCount(units: units, scale: bias.scale), into: &out)
                out.append(decimalUnits: units, scale: bias.scale, style: style)
            }
            out.append(UInt8(ascii: "\n"))
            out.flushIfFull()
            if out.hasFailed { return }
        }
        if convolution.kernels.activation != .none {
            out.append(adapt(Catalogue.text(.printActivation, language)))
            out.append(UInt8(ascii: "\n"))
        }
    }

    /// The lesson's questions, numbered in file order, each with a blank to fill and its hint.
    func writeWorksheet(into out: inout OutputBuffer) {
        let language = lesson.interfaceLanguage
        writeQuestionList(.printQuestions, into: &out) { question, out in
            out.append(" = ________\n")
            if let hint = question.hint {
                out.append("   ")
                out.append(adapt(Catalogue.text(.printHint, language, ["hint": hint])))
                out.append(UInt8(ascii: "\n"))
            }
        }
    }

    /// Each question's answer, the exact output value, after everything else.
    func writeAnswers(into out: inout OutputBuffer) {
        writeQuestionList(.printAnswers, into: &out) { question, out in
            out.append(" = ")
            let answer = convolution.output(kernel: question.kernel, row: question.row, column: question.column)
            out.append(DecimalFormatter.format(answer, style: style))
            out.append(UInt8(ascii: "\n"))
        }
    }

    /// A heading, then `1. out1(2, 3)` and so on for each question, in file order, the rest of
    /// each entry written by `finish`; nothing at all for a lesson without questions.
    private func writeQuestionList(
        _ heading: TextKey, into out: inout OutputBuffer, finish: (Question, inout OutputBuffer) -> Void
    ) {
        guard !lesson.questions.isEmpty else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(adapt(Catalogue.text(heading, lesson.interfaceLanguage)))
        out.append(UInt8(ascii: "\n"))
        for (index, question) in lesson.questions.enumerated() {
            out.append(index + 1)
            out.append(". ")
            out.append(Self.placeName(question))
            finish(question, &out)
        }
    }

    /// `out2(3, 1)` for a question, 1-based as the lesson and the screen write it.
    static func placeName(_ question: Question) -> String {
        "\(Names.output(question.kernel))(\(question.row + 1), \(question.column + 1))"
    }

    /// A grid of right-aligned values, every column as wide as the grid's widest value, indented
    /// by two spaces, the buffer drained after each row.
    func writeGrid(rows: Int, columns: Int, scale: Int, into out: inout OutputBuffer, units: (Int, Int) -> Int128) {
        var widest = 1
        for row in 0..<rows {
            for column in 0..<columns { widest = max(widest, DecimalBytes.characterCount(units: units(row, column), scale: scale)) }
        }
        for row in 0..<rows {
            out.append("  ")
            for column in 0..<columns {
                if column > 0 { out.append(UInt8(ascii: " ")) }
                let value = units(row, column)
                pad(widest - DecimalBytes.characterCount(units: value, scale: scale), into: &out)
                out.append(decimalUnits: value, scale: scale, style: style)
            }
            out.append(UInt8(ascii: "\n"))
            out.flushIfFull()
            if out.hasFailed { return }
        }
    }

    private func pad(_ count: Int, into out: inout OutputBuffer) {
        if count > 0 { out.append(bytes: repeatElement(UInt8(ascii: " "), count: count)) }
    }
}
