import LessonKit
import PointwiseCore

/// The formula of the output value being computed, with live numbers and the current term marked.
///
///     out2(1, 1) = w21·x1 + w22·x2 + w23·x3
///                = 0·1    + 2·0    +[1·3]
///     running sum: 0 + 3 = 3  → out2(1, 1) = 3
///
/// Terms not added yet are dimmed. A long sum folds to a window around the current term, with
/// the first and last terms kept and `…` for the rest.
extension Frame {
    func formulaBlock(width: Int) -> Block {
        guard let step else { return introductionFormula() }
        let kernels = convolution.kernels
        let times = symbols.times
        let relu = kernels.activation == .relu

        // One column per term (and the bias): symbol above, numbers below. Columns are made only
        // when the fold asks for them, so a 4096-channel sum costs what the screen shows.
        struct Column { let symbolic: String; let numeric: String; let isCurrent: Bool; let isPending: Bool; let width: Int }
        let currentIndex: Int
        switch step.kind {
        case .term(let channel): currentIndex = channel
        case .bias: currentIndex = shape.inChannels
        case .activation: currentIndex = -1
        }
        let bias = kernels.bias(kernel: step.kernel)
        let count = shape.inChannels + (bias == nil ? 0 : 1)
        // A column's texts depend on the pixel and the kernel, not on the term: stepping through
        // a sum finds them made (`FormulaColumns`), and only their styles change.
        let textsKey = FormulaColumns.Key(convolution: convolution, step: step, symbols: symbols)
        var known = FormulaColumns.shared.texts(for: textsKey)
        func texts(_ index: Int) -> FormulaColumns.Texts {
            if let texts = known[index] { return texts }
            let texts: FormulaColumns.Texts
            if index < shape.inChannels {
                let weight = kernels.weight(kernel: step.kernel, inputChannel: index)
                let value = convolution.inputValue(inputChannel: index, row: step.row, column: step.column)
                texts = FormulaColumns.Texts(
                    symbolic: Names.weight(kernel: step.kernel, inputChannel: index) + times + Names.input(index),
                    numeric: factor(weight) + times + factor(value))
            } else {
                texts = FormulaColumns.Texts(symbolic: "b\(step.kernel + 1)", numeric: bias.map(factor) ?? "")
            }
            known[index] = texts
            return texts
        }
        func column(_ index: Int) -> Column {
            let texts = texts(index)
            let isBias = index >= shape.inChannels
            return Column(
                symbolic: texts.symbolic, numeric: texts.numeric,
                isCurrent: isBias ? currentIndex == shape.inChannels : index == currentIndex,
                isPending: isBias ? currentIndex >= 0 && currentIndex < shape.inChannels : currentIndex >= 0 && index > currentIndex,
                width: texts.width)
        }
        defer { FormulaColumns.shared.remember(known, for: textsKey) }

        let name = "\(Names.output(step.kernel))(\(step.row + 1), \(step.column + 1))"
        let lead = name + " = " + (relu ? "ReLU(" : "")
        let leadWidth = TextWidth.columns(of: lead)
        let numericLead = Spaces.of(TextWidth.columns(of: name) + 1) + "= " + (relu ? "ReLU(" : "")
        let closing = relu ? ")" : ""

        // Fold to the columns that fit: always the current one, then its neighbours, the ends first.
        let available = max(0, width - leadWidth - closing.count)
        let visible = foldedColumns(count: count, width: { column($0).width }, focus: max(currentIndex, 0), available: available)

        var symbolicLine = [Run(lead, Styles.label)]
        var numericLine = [Run(numericLead, Styles.label)]
        var previous: Int?
        for index in visible {
            let column = column(index)
            if let previous {
                let separator = index == previous + 1 ? " + " : " + \(symbols.ellipsis) + "
                symbolicLine.append(Run(separator, Styles.muted))
                numericLine.append(Run(column.isCurrent ? String(separator.dropLast()) + symbols.markLeft : separator, Styles.muted))
            } else {
                numericLine.append(Run(column.isCurrent ? symbols.markLeft : " "))
                symbolicLine.append(Run(" "))
            }
            let style: CellStyle = column.isCurrent ? Styles.term : column.isPending ? Styles.pending : .plain
            let padding = Spaces.of(column.width - TextWidth.columns(of: column.numeric))
            symbolicLine.append(Run(Pad.left(column.symbolic, column.width), column.isCurrent ? Styles.currentLabel : Styles.label))
            numericLine.append(Run(column.numeric, style))
            if column.isCurrent {
                // The closing bracket hugs the numbers; the symbol line takes the same column after.
                numericLine.append(Run(symbols.markRight + padding))
                symbolicLine.append(Run(" "))
            } else {
                numericLine.append(Run(padding))
            }
            previous = index
        }
        symbolicLine.append(Run(closing, Styles.label))
        numericLine.append(Run(closing))

        return Block(lines: [symbolicLine, numericLine, sumLine(step: step, name: name)])
    }

    /// The running sum in words and numbers: `running sum: 0 + 3 = 3`, or the ReLU.
    private func sumLine(step: WalkStep, name: String) -> [Run] {
        let walk = state.walk
        let after = walk.runningSum(at: step)
        var runs: [Run] = []
        switch step.kind {
        case .term(let channel):
            let before =
                channel == 0
                ? ExactDecimal.zero
                : convolution.partialSum(kernel: step.kernel, through: channel - 1, row: step.row, column: step.column)
            let added = convolution.product(kernel: step.kernel, inputChannel: channel, row: step.row, column: step.column)
            runs = [
                Run(labels.runningSum + labels.colon, Styles.label), Run(number(before) + " + " + factor(added) + " = "),
                Run(number(after), Styles.accumulating),
            ]
        case .bias:
            let before = convolution.partialSum(kernel: step.kernel, through: shape.inChannels - 1, row: step.row, column: step.column)
            let bias = convolution.kernels.bias(kernel: step.kernel) ?? .zero
            runs = [
                Run(labels.runningSum + labels.colon, Styles.label), Run(number(before) + " + " + factor(bias) + " = "),
                Run(number(after), Styles.accumulating),
            ]
        case .activation:
            let before = convolution.preActivation(kernel: step.kernel, row: step.row, column: step.column)
            runs = [Run("ReLU(" + number(before) + ") = "), Run(number(after), Styles.accumulating)]
        }
        if step.completesOutput {
            runs.append(Run("   \(symbols.arrow) ", Styles.muted))
            runs.append(Run(name + " = " + number(after), Styles.computed))
        }
        return runs
    }

    /// Before the first step: the general formula every output value follows.
    ///
    /// Every term is written up to four channels; past that the first three, `…` and the last,
    /// so the ellipsis always stands for at least one term. With one kernel the formula is that
    /// kernel's (`out1 = w11·x1`), without a range `i = 1…1`.
    private func introductionFormula() -> Block {
        let oneKernel = shape.outChannels == 1
        let i = oneKernel ? "1" : symbols.numberStyle == .ascii ? "i" : "\u{1D62}"
        let shown = shape.inChannels <= 4 ? Array(0..<shape.inChannels) : [0, 1, 2]
        var terms = shown.map { "w" + i + "\($0 + 1)" + symbols.times + Names.input($0) }
        if shape.inChannels > 4 {
            terms += [symbols.ellipsis, "w" + i + "\(shape.inChannels)" + symbols.times + Names.input(shape.inChannels - 1)]
        }
        if convolution.kernels.bias != nil { terms.append("b" + i) }
        let sum = terms.joined(separator: " + ")
        let formula = "out" + i + " = " + (convolution.kernels.activation == .relu ? "ReLU(" + sum + ")" : sum)
        var line = [Run(formula, Styles.label)]
        if !oneKernel { line.append(Run("   (i = 1" + symbols.ellipsis + "\(shape.outChannels))", Styles.muted)) }
        return Block(lines: [line, [], []])
    }

    /// A factor or addend, in parentheses when negative so `2·(−1)` reads unambiguously.
    func factor(_ value: ExactDecimal) -> String {
        value.isNegative ? "(" + number(value) + ")" : number(value)
    }

    /// Which columns to show in `available` columns: the focus, then outward, keeping the ends.
    /// Widths are asked for only of the columns considered, a handful more than are shown.
    private func foldedColumns(count: Int, width: (Int) -> Int, focus: Int, available: Int) -> [Int] {
        guard count > 0 else { return [] }
        let focus = min(max(focus, 0), count - 1)
        let ellipsisWidth = TextWidth.columns(of: symbols.ellipsis)
        func cost(_ indices: [Int]) -> Int {
            var total = 1
            var previous: Int?
            for index in indices {
                if let previous { total += index == previous + 1 ? 3 : 3 + ellipsisWidth + 2 }
                total += width(index) + 1
                previous = index
            }
            return total
        }
        // Every column takes at least four screen columns with its " + ", so a sum longer than
        // that cannot fit whole and is not measured whole.
        if count * 4 <= available {
            let all = Array(0..<count)
            if cost(all) <= available { return all }
        }
        // The chosen columns in order, and their cost, kept up to date as columns join: a
        // column's cost is its own width and the joins to its neighbours in place of theirs.
        func join(_ left: Int, _ right: Int) -> Int { right == left + 1 ? 3 : 3 + ellipsisWidth + 2 }
        var chosen = [focus]
        var total = cost(chosen)
        /// The cost with `candidate` added and where it goes, or nil when it is already chosen.
        func trial(_ candidate: Int) -> (cost: Int, at: Int)? {
            let at = chosen.firstIndex { $0 >= candidate } ?? chosen.count
            if at < chosen.count, chosen[at] == candidate { return nil }
            var added = width(candidate) + 1
            if at > 0 { added += join(chosen[at - 1], candidate) }
            if at < chosen.count { added += join(candidate, chosen[at]) }
            if at > 0, at < chosen.count { added -= join(chosen[at - 1], chosen[at]) }
            return (total + added, at)
        }
        func tryAdding(_ candidate: Int) -> Bool {
            guard let (newTotal, at) = trial(candidate), newTotal <= available else { return false }
            chosen.insert(candidate, at: at)
            total = newTotal
            return true
        }
        for end in [0, count - 1] { _ = tryAdding(end) }
        var distance = 1
        while distance < count {
            var grew = false
            for candidate in [focus - distance, focus + distance] where candidate >= 0 && candidate < count {
                if tryAdding(candidate) { grew = true }
            }
            if !grew { break }
            distance += 1
        }
        return chosen
    }
}

extension String {
    /// Every occurrence of `target` replaced (the standard library has no such method without Foundation).
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
