import LessonKit
import PointwiseCore

/// The three panels side by side on the screen: the input, the kernel bank and the output.
extension Frame {
    /// A label centred in a width, the style on the label only (not on the padding).
    func centered(_ label: String, _ width: Int, _ style: CellStyle) -> [Run] {
        let gap = max(0, width - TextWidth.columns(of: label))
        return [Run(String(repeating: " ", count: gap / 2)), Run(label, style), Run(String(repeating: " ", count: gap - gap / 2))]
    }

    /// Columns between two channel grids of the same panel.
    var channelGap: Int { spacing + 1 }

    /// The shape written `H×W×C`, in the frame's symbols.
    func shapeText(channels: Int) -> String {
        symbols.adapt("\(shape.height)×\(shape.width)×\(channels)")
    }

    /// The input's channel grids, the current pixel underlined in each and the current `x_j` marked.
    func inputPanel() -> Block {
        let input = convolution.input
        var texts: [String] = []
        texts.reserveCapacity(input.count)
        for channel in 0..<shape.inChannels {
            for row in 0..<shape.height {
                for column in 0..<shape.width {
                    texts.append(number(input.value(channel: channel, row: row, column: column)))
                }
            }
        }
        let labelWidth = (0..<shape.inChannels).map { TextWidth.columns(of: Names.input($0)) }.max() ?? 1
        let cellWidth = max(texts.map { TextWidth.columns(of: $0) }.max() ?? 1, 1)
        let gridWidth = max(shape.width * (cellWidth + spacing) + spacing, labelWidth + 2)

        var block = Block(lines: Array(repeating: [], count: shape.height + 1))
        for channel in 0..<shape.inChannels {
            if channel > 0 {
                for line in block.lines.indices { block.lines[line].append(Run(String(repeating: " ", count: channelGap))) }
            }
            let isCurrent = channel == currentInputChannel
            block.lines[0] += centered(Names.input(channel), gridWidth, isCurrent ? Styles.currentLabel : Styles.label)
            for row in 0..<shape.height {
                var cells: [Run] = []
                var marked: Int?
                for column in 0..<shape.width {
                    let text = texts[(channel * shape.height + row) * shape.width + column]
                    var style = CellStyle.plain
                    if isCurrentPixel(row: row, column: column) {
                        style = isCurrent ? Styles.term : Styles.pixel
                        if isCurrent { marked = column }
                    }
                    cells.append(Run(text, style))
                }
                let runs = gridRow(cells, cellWidth: cellWidth, marked: marked)
                block.lines[row + 1] += runs
                let used = runs.reduce(0) { $0 + $1.columns }
                if used < gridWidth { block.lines[row + 1].append(Run(String(repeating: " ", count: gridWidth - used))) }
            }
        }
        return block.framed(
            title: labels.input + symbols.separator + shapeText(channels: shape.inChannels),
            symbols: symbols, titleStyle: Styles.heading, frameStyle: Styles.frame)
    }

    /// The kernel bank: one row of `C_in` weights per kernel (plus its bias), the current `w_ij` marked.
    func kernelPanel() -> Block {
        let kernels = convolution.kernels
        let hasBias = kernels.bias != nil
        var texts: [[String]] = []
        for kernel in 0..<shape.outChannels {
            var row = (0..<shape.inChannels).map { number(kernels.weight(kernel: kernel, inputChannel: $0)) }
            if let bias = kernels.bias(kernel: kernel) { row.append(number(bias)) }
            texts.append(row)
        }
        let headers = (0..<shape.inChannels).map(Names.input) + (hasBias ? ["b"] : [])
        let cellWidth = max(
            texts.flatMap { $0 }.map { TextWidth.columns(of: $0) }.max() ?? 1,
            headers.map { TextWidth.columns(of: $0) }.max() ?? 1)
        let rowLabels = (0..<shape.outChannels).map { "w\($0 + 1)" }
        let labelWidth = 1 + (rowLabels.map { TextWidth.columns(of: $0) }.max() ?? 2)

        var block = Block()
        let headerCells = headers.enumerated().map { index, header in
            Run(header, index == currentInputChannel ? Styles.currentLabel : Styles.label)
        }
        block.lines.append([Run(String(repeating: " ", count: labelWidth))] + gridRow(headerCells, cellWidth: cellWidth, marked: nil))
        for kernel in 0..<shape.outChannels {
            let isCurrentKernel = step?.kernel == kernel
            var marked: Int?
            var cells: [Run] = []
            for (index, text) in texts[kernel].enumerated() {
                var style = CellStyle.plain
                if isCurrentKernel {
                    let isBiasCell = index == shape.inChannels
                    if index == currentInputChannel || (isBiasCell && step?.kind == .bias) {
                        style = Styles.term
                        marked = index
                    }
                }
                cells.append(Run(text, style))
            }
            let label = [Run(" "), Run(rowLabels[kernel], isCurrentKernel ? Styles.currentLabel : Styles.label),
                         Run(String(repeating: " ", count: labelWidth - 1 - TextWidth.columns(of: rowLabels[kernel])))]
            block.lines.append(label + gridRow(cells, cellWidth: cellWidth, marked: marked))
        }
        var title = labels.kernels + symbols.separator + symbols.adapt("1×1×\(shape.inChannels)")
        if kernels.activation == .relu { title += symbols.separator + "ReLU" }
        return block.framed(title: title, symbols: symbols, titleStyle: Styles.heading, frameStyle: Styles.frame)
    }

    /// The output channel grids: computed values, the value being accumulated, and empty cells.
    func outputPanel() -> Block {
        let walk = state.walk
        // Cells are as wide as the widest value any sum passes through, so nothing shifts as it fills.
        var cellWidth = TextWidth.columns(of: symbols.pending)
        for kernel in 0..<shape.outChannels {
            for row in 0..<shape.height {
                for column in 0..<shape.width {
                    for sum in convolution.runningSums(kernel: kernel, row: row, column: column) {
                        cellWidth = max(cellWidth, TextWidth.columns(of: number(sum)))
                    }
                }
            }
        }
        let labelWidth = (0..<shape.outChannels).map { TextWidth.columns(of: Names.output($0)) }.max() ?? 4
        let gridWidth = max(shape.width * (cellWidth + spacing) + spacing, labelWidth + 2)

        var block = Block(lines: Array(repeating: [], count: shape.height + 1))
        for kernel in 0..<shape.outChannels {
            if kernel > 0 {
                for line in block.lines.indices { block.lines[line].append(Run(String(repeating: " ", count: channelGap))) }
            }
            let isCurrentKernel = step?.kernel == kernel
            block.lines[0] += centered(Names.output(kernel), gridWidth, isCurrentKernel ? Styles.currentLabel : Styles.label)
            for row in 0..<shape.height {
                var cells: [Run] = []
                for column in 0..<shape.width {
                    if isCurrentKernel, isCurrentPixel(row: row, column: column), let sum = walk.runningSum {
                        cells.append(Run(number(sum), Styles.accumulating))
                    } else if walk.isComputed(kernel: kernel, row: row, column: column) {
                        let value = convolution.output(kernel: kernel, row: row, column: column)
                        var style = Styles.computed
                        if isCurrentPixel(row: row, column: column) { style.underline = true }
                        cells.append(Run(number(value), style))
                    } else {
                        cells.append(Run(symbols.pending, Styles.pending))
                    }
                }
                let runs = gridRow(cells, cellWidth: cellWidth, marked: nil)
                block.lines[row + 1] += runs
                let used = runs.reduce(0) { $0 + $1.columns }
                if used < gridWidth { block.lines[row + 1].append(Run(String(repeating: " ", count: gridWidth - used))) }
            }
        }
        return block.framed(
            title: labels.output + symbols.separator + shapeText(channels: shape.outChannels),
            symbols: symbols, titleStyle: Styles.heading, frameStyle: Styles.frame)
    }
}

