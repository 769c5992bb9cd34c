import PointwiseCore

/// The whole walkthrough as plain text: every step with its numbers and the lesson's text.
///
/// For pipes, screen readers and handouts: nothing but lines of text, in the order the screen
/// would show them, ending with the finished output channels as grids.
public enum WalkthroughPrinter {
    /// Writes the walkthrough line by line through `emit`, so a big lesson streams instead of
    /// being held in memory.
    public static func print(_ lesson: Lesson, style: DecimalFormatter.Style, emit: (String) -> Void) {
        let convolution = lesson.convolution
        let shape = convolution.shape
        let cost = LayerCost(convolution)
        var walk = Walk(convolution)
        let times = style == .unicode ? "·" : "*"
        let arrow = style == .unicode ? "→" : "->"
        func number(_ value: ExactDecimal) -> String { DecimalFormatter.format(value, style: style) }
        func factor(_ value: ExactDecimal) -> String { value.isNegative ? "(\(number(value)))" : number(value) }
        func adapt(_ text: String) -> String { style == .unicode ? text : ASCIIText.transliterate(text) }

        emit(adapt(lesson.title))
        emit(adapt("input \(shape.height)×\(shape.width)×\(shape.inChannels) \(arrow) output \(shape.height)×\(shape.width)×\(shape.outChannels)")
            + ", \(walk.stepCount) steps, \(cost.multiplications) multiplications, \(cost.parameters) parameters")
        emit("")
        emitText(adapt(Narration.text(lesson, at: walk, style: style)), emit)

        while walk.position < walk.stepCount {
            walk.next()
            guard let step = walk.step else { break }
            let name = "\(Names.output(step.kernel))(\(step.row + 1), \(step.column + 1))"
            var line = "[step \(step.index) of \(walk.stepCount)] \(name): "
            let sum = walk.runningSum(at: step)
            switch step.kind {
            case .term(let channel):
                let weight = convolution.kernels.weight(kernel: step.kernel, inputChannel: channel)
                let value = convolution.inputValue(inputChannel: channel, row: step.row, column: step.column)
                let product = convolution.product(kernel: step.kernel, inputChannel: channel, row: step.row, column: step.column)
                line += Names.weight(kernel: step.kernel, inputChannel: channel) + times + Names.input(channel)
                line += " = " + factor(weight) + times + factor(value) + " = " + number(product)
                line += ", running sum " + number(sum)
            case .bias:
                let bias = convolution.kernels.bias(kernel: step.kernel) ?? .zero
                line += "+ b\(step.kernel + 1) = " + factor(bias) + ", running sum " + number(sum)
            case .activation:
                let before = convolution.preActivation(kernel: step.kernel, row: step.row, column: step.column)
                line += "ReLU(" + number(before) + ") = " + number(sum)
            }
            if step.completesOutput { line += "; \(name) = " + number(sum) }
            emit("")
            emit(line)
            emitText(adapt(Narration.text(lesson, at: walk, style: style)), emit)
        }

        emit("")
        emit("output:")
        for kernel in 0..<shape.outChannels {
            emit(Names.output(kernel) + ":")
            let rows = (0..<shape.height).map { row in
                (0..<shape.width).map { number(convolution.output(kernel: kernel, row: row, column: $0)) }
            }
            let width = rows.flatMap { $0 }.map(\.count).max() ?? 1
            for row in rows {
                emit("  " + row.map { String(repeating: " ", count: width - $0.count) + $0 }.joined(separator: " "))
            }
        }
    }

    /// A section's text, one line per paragraph with a blank line between paragraphs.
    private static func emitText(_ text: String, _ emit: (String) -> Void) {
        for (index, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { emit("") }
            emit(String(paragraph))
        }
    }
}
