import LessonKit
import PointwiseCore

/// The three panels side by side on the screen: the input, the kernel bank and the output.
///
/// Each panel draws only its window (`Frame.windows`): for a lesson that fits, everything; for a
/// bigger one, the pages around the cursor, with a line inside the panel and a note on its bottom
/// border saying what is hidden. Only drawn cells are formatted, so a frame costs O(screen).
extension Frame {
    /// A label centred in a width, the style on the label only (not on the padding).
    func centered(_ label: String, _ width: Int, _ style: CellStyle) -> [Run] {
        let (before, after) = Pad.centringGaps(label, width)
        return [Run(spaces: before), Run(label, style), Run(spaces: after)]
    }

    /// Columns between two channel grids of the same panel.
    var channelGap: Int { spacing + 1 }

    /// The shape written `H×W×C`, in the frame's symbols.
    func shapeText(channels: Int) -> String {
        symbols.adapt("\(shape.height)×\(shape.width)×\(channels)")
    }

    var inputTitle: String { labels.input + symbols.separator + shapeText(channels: shape.inChannels) }

    var kernelTitle: String {
        var title = labels.kernels + symbols.separator + symbols.adapt("1×1×\(shape.inChannels)")
        if convolution.kernels.activation == .relu { title += symbols.separator + "ReLU" }
        return title
    }

    var outputTitle: String { labels.output + symbols.separator + shapeText(channels: shape.outChannels) }

    // MARK: Widths, for fitting windows without drawing

    /// One channel grid of `columns` cells, at least as wide as its label.
    func gridWidth(columns: Int, cellWidth: Int, labelWidth: Int) -> Int {
        max(columns * (cellWidth + spacing) + spacing, labelWidth + 2)
    }

    /// A panel's height with its channel grids in `gridRows` rows of grids, frame included.
    func channelPanelHeight(gridRows: Int, panel: PanelLayout.Panel) -> Int {
        gridRows * (windows.rows.count + 1) + 2 + indicatorLines(panel)
    }

    /// Rows a panel with one row of grids takes besides its data rows and its indicator lines:
    /// the top and bottom of its frame and its header (channel labels, the weights' columns).
    static let chromeRows = 3

    /// The kernel panel's height, frame included.
    var kernelPanelHeight: Int { windows.kernelRows.count + Self.chromeRows + indicatorLines(.kernels) }

    /// What each panel's window can hide, in the order its indicators are written.
    func indicators(_ panel: PanelLayout.Panel) -> [ScrollIndicator] {
        switch panel {
        case .input:
            [
                ScrollIndicator(dimension: .channels, span: windows.inputChannels), ScrollIndicator(dimension: .rows, span: windows.rows),
                ScrollIndicator(dimension: .columns, span: windows.columns),
            ]
        case .kernels:
            [
                ScrollIndicator(dimension: .channels, span: windows.kernelChannels),
                ScrollIndicator(dimension: .kernels, span: windows.kernelRows),
            ]
        case .output:
            [
                ScrollIndicator(dimension: .channels, span: windows.outputChannels), ScrollIndicator(dimension: .rows, span: windows.rows),
                ScrollIndicator(dimension: .columns, span: windows.columns),
            ]
        }
    }

    /// The widest indicator a windowed panel may have to show: the panel is at least this wide.
    func widestIndicator(_ panel: PanelLayout.Panel) -> Int {
        guard isWindowed else { return 0 }
        switch panel {
        case .input: return measures.inputIndicator
        case .kernels: return measures.kernelIndicator
        case .output: return measures.outputIndicator
        }
    }

    /// Measures the widest indicator of a panel, for `PanelMeasures`.
    func indicatorWidth(_ panel: PanelLayout.Panel) -> Int {
        let language = state.lesson.interfaceLanguage
        return indicators(panel).map { $0.widestColumns(language: language, symbols: symbols) }.max() ?? 0
    }

    /// The indicator lines inside a windowed panel (at least one, to keep panels level); none
    /// for a whole lesson.
    func indicatorLines(_ panel: PanelLayout.Panel) -> Int {
        guard isWindowed else { return 0 }
        let inner = panelSize(panel, indicatorRows: false).width - 2
        return max(
            1, ScrollIndicator.lineCount(indicators(panel), width: inner - 1, language: state.lesson.interfaceLanguage, symbols: symbols))
    }

    /// The input panel's width with `channels` grids of `columns` columns, frame included.
    func inputPanelWidth(channels: Int, columns: Int) -> Int {
        let grid = gridWidth(columns: columns, cellWidth: widths.input, labelWidth: measures.inputLabel)
        let content = channels * grid + (channels - 1) * channelGap
        return max(content, measures.inputTitle + 2, widestIndicator(.input) + 1) + 2
    }

    /// The kernel panel's width with `channels` weight columns (and the bias), frame included.
    func kernelPanelWidth(channels: Int) -> Int {
        let cells = channels + (convolution.kernels.bias == nil ? 0 : 1)
        let content = kernelLabelWidth + cells * (widths.kernel + spacing) + spacing
        return max(content, measures.kernelTitle + 2, widestIndicator(.kernels) + 1) + 2
    }

    /// The output panel's width with `channels` grids of `columns` columns, frame included.
    func outputPanelWidth(channels: Int, columns: Int) -> Int {
        let grid = gridWidth(columns: columns, cellWidth: widths.output, labelWidth: measures.outputLabel)
        let content = channels * grid + (channels - 1) * channelGap
        return max(content, measures.outputTitle + 2, widestIndicator(.output) + 1) + 2
    }

    /// The kernel panel's row labels `w1 … wN`, with a space before.
    var kernelLabelWidth: Int {
        // `w` and the decimal digits of the kernel count, counted rather than written out: the
        // fitting of windows asks for this width dozens of times a frame.
        var digits = 1
        var rest = shape.outChannels / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return 2 + digits
    }

    // MARK: Panels

    /// The input's channel grids, the current pixel underlined in each and the current `x_j` marked.
    func inputPanel() -> FramedBlock {
        let input = convolution.input
        let cellWidth = widths.input
        let key = linesKey(
            .input, tensors: [input], spans: [windows.inputChannels, windows.rows, windows.columns], perRow: inputGridsPerRow,
            cellWidth: cellWidth, labelWidth: measures.inputLabel, place: step?.row)
        let (block, width) = channelGrids(
            windows.inputChannels, perRow: inputGridsPerRow, name: Names.input, current: currentInputChannel,
            cellWidth: cellWidth, labelWidth: measures.inputLabel, key: key
        ) { channel, row, column in
            let isCurrent = channel == currentInputChannel
            let text = number(input.value(channel: channel, row: row, column: column), fitting: cellWidth)
            var style = CellStyle.plain
            let isTerm = isCurrent && isCurrentPixel(row: row, column: column)
            if isCurrentPixel(row: row, column: column) { style = isCurrent ? Styles.term : Styles.pixel }
            return (Run(text, style, target: .input(channel: channel, row: row, column: column)), isTerm)
        }
        return framed(block, width: width, title: inputTitle, panel: .input)
    }

    /// The kernel bank: one row of `C_in` weights per kernel (plus its bias), the current `w_ij` marked.
    func kernelPanel() -> FramedBlock {
        let kernels = convolution.kernels
        let hasBias = kernels.bias != nil
        let channels = windows.kernelChannels.range
        let headers = channels.map(Names.input) + (hasBias ? ["b"] : [])
        let cellWidth = widths.kernel
        let labelWidth = kernelLabelWidth
        // The bias column's index in a row of cells: after the visible weights.
        let biasIndex = channels.count

        func line(_ index: Int) -> [Run] {
            guard index > 0 else {
                let headerCells = headers.enumerated().map { index, header in
                    let isCurrent = index < biasIndex && channels.lowerBound + index == currentInputChannel
                    return Run(header, isCurrent ? Styles.currentLabel : Styles.label)
                }
                var runs = [Run(spaces: labelWidth)]
                _ = appendGridRow(headerCells, cellWidth: cellWidth, marked: nil, to: &runs)
                return runs
            }
            let kernel = windows.kernelRows.start + index - 1
            let isCurrentKernel = step?.kernel == kernel
            var marked: Int?
            var cells: [Run] = []
            cells.reserveCapacity(headers.count)
            for (index, channel) in channels.enumerated() {
                var style = CellStyle.plain
                if isCurrentKernel, channel == currentInputChannel {
                    style = Styles.term
                    marked = index
                }
                cells.append(
                    Run(
                        number(kernels.weight(kernel: kernel, inputChannel: channel), fitting: cellWidth), style,
                        target: .weight(kernel: kernel, inputChannel: channel)))
            }
            if let bias = kernels.bias(kernel: kernel) {
                var style = CellStyle.plain
                if isCurrentKernel, step?.kind == .bias {
                    style = Styles.term
                    marked = biasIndex
                }
                cells.append(Run(number(bias, fitting: cellWidth), style, target: .bias(kernel: kernel)))
            }
            let rowLabel = "w\(kernel + 1)"
            var runs = [
                Run(" "), Run(rowLabel, isCurrentKernel ? Styles.currentLabel : Styles.label, target: .kernelRow(kernel: kernel)),
                Run(spaces: labelWidth - 1 - TextWidth.columns(of: rowLabel)),
            ]
            runs.reserveCapacity(3 + 2 * cells.count + 2)
            _ = appendGridRow(cells, cellWidth: cellWidth, marked: marked, to: &runs)
            return runs
        }

        // The header (the current channel's label) and the current kernel's row show the place.
        let key = linesKey(
            .kernels, tensors: [kernels.weights] + (kernels.bias.map { [$0] } ?? []),
            spans: [windows.kernelChannels, windows.kernelRows], perRow: 1, cellWidth: cellWidth, labelWidth: labelWidth,
            place: step?.kernel)
        var placeLines = [0]
        if let kernel = step?.kernel, windows.kernelRows.range.contains(kernel) { placeLines.append(1 + kernel - windows.kernelRows.start) }
        let (block, width) = PanelLinesMemo.shared.block(
            for: key, lineCount: 1 + windows.kernelRows.count, placeLines: placeLines, line: line)
        return framed(block, width: width, title: kernelTitle, panel: .kernels)
    }

    /// The output channel grids: computed values, the value being accumulated, and empty cells.
    func outputPanel() -> FramedBlock {
        let walk = state.walk
        // Cells are as wide as the widest value any sum can pass through, so nothing shifts as it fills.
        let cellWidth = widths.output
        // The other rows' output values are finished or not by whether they come before the
        // current pixel's row, so that row is the key's place.
        let kernels = convolution.kernels
        let key = linesKey(
            .output, tensors: [convolution.input, kernels.weights] + (kernels.bias.map { [$0] } ?? []),
            spans: [windows.outputChannels, windows.rows, windows.columns], perRow: outputGridsPerRow, cellWidth: cellWidth,
            labelWidth: measures.outputLabel, place: step?.row)
        let (block, width) = channelGrids(
            windows.outputChannels, perRow: outputGridsPerRow, name: Names.output, current: step?.kernel,
            cellWidth: cellWidth, labelWidth: measures.outputLabel, key: key
        ) { kernel, row, column in
            let isCurrentKernel = step?.kernel == kernel
            let target = HitTarget.output(kernel: kernel, row: row, column: column)
            if isCurrentKernel, isCurrentPixel(row: row, column: column), let sum = walk.runningSum {
                if isPartialSum { return (partialRun(sum, fitting: cellWidth, style: Styles.accumulating, target: target), false) }
                return (Run(number(sum, fitting: cellWidth), Styles.accumulating, target: target), false)
            }
            if walk.isComputed(kernel: kernel, row: row, column: column) {
                let value = convolution.output(kernel: kernel, row: row, column: column)
                var style = Styles.computed
                if isCurrentPixel(row: row, column: column) { style.underline = true }
                return (Run(number(value, fitting: cellWidth), style, target: target), false)
            }
            return (Run(symbols.pending, Styles.pending, target: target), false)
        }
        return framed(block, width: width, title: outputTitle, panel: .output)
    }

    /// Channel grids side by side, `channelGap` apart, as the input and output panels show them,
    /// `perRow` to a row of grids (further rows of grids below): each a centred name
    /// (highlighted for `current`) over its window of rows and columns, padded to the grid's
    /// width. `cell` gives a cell's run and whether it is bracketed. Only the label lines and the
    /// current pixel's row are built for every frame; the other lines come from `PanelLinesMemo`
    /// under `key`, which holds everything they are made from.
    private func channelGrids(
        _ span: Span, perRow: Int, name: (Int) -> String, current: Int?, cellWidth: Int, labelWidth: Int, key: PanelLinesMemo.Key,
        cell: (_ channel: Int, _ row: Int, _ column: Int) -> (run: Run, isMarked: Bool)
    ) -> (block: Block, width: Int) {
        let gridWidth = gridWidth(columns: windows.columns.count, cellWidth: cellWidth, labelWidth: labelWidth)
        let perRow = max(1, min(perRow, span.count))
        let linesPerGridRow = windows.rows.count + 1
        let gridRows = (span.count + perRow - 1) / perRow
        // A gap, then a bracket, a space and a cell per column, per grid: each line gets its room
        // once; growing them run by run was a sixth of a key press on a big lesson.
        let runsPerLine = perRow * (2 * windows.columns.count + 4)

        // The cells of one grid's row are gathered in an array of the line's own: one shared by
        // all lines, captured by this function, leaked its buffer once a frame (Swift 6.3, -O;
        // found by the fuzzer's leak check, 530 bytes a key press).
        func line(_ index: Int) -> [Run] {
            var cells: [Run] = []
            cells.reserveCapacity(windows.columns.count)
            let gridRow = index / linesPerGridRow
            let lineInGrid = index % linesPerGridRow
            let first = span.start + gridRow * perRow
            var runs: [Run] = []
            runs.reserveCapacity(runsPerLine)
            for channel in first..<min(first + perRow, span.start + span.count) {
                if channel > first { runs.append(Run(spaces: channelGap)) }
                guard lineInGrid > 0 else {
                    runs += centered(name(channel), gridWidth, channel == current ? Styles.currentLabel : Styles.label)
                    continue
                }
                let row = windows.rows.start + lineInGrid - 1
                cells.removeAll(keepingCapacity: true)
                var marked: Int?
                for (index, column) in windows.columns.range.enumerated() {
                    let (run, isMarked) = cell(channel, row, column)
                    if isMarked { marked = index }
                    cells.append(run)
                }
                let used = appendGridRow(cells, cellWidth: cellWidth, marked: marked, to: &runs)
                if used < gridWidth { runs.append(Run(spaces: gridWidth - used)) }
            }
            return runs
        }

        var placeLines: [Int] = []
        for gridRow in 0..<gridRows {
            placeLines.append(gridRow * linesPerGridRow)
            if let row = step?.row, windows.rows.range.contains(row) {
                placeLines.append(gridRow * linesPerGridRow + 1 + row - windows.rows.start)
            }
        }
        return PanelLinesMemo.shared.block(for: key, lineCount: gridRows * linesPerGridRow, placeLines: placeLines, line: line)
    }

    /// The memo's key for a panel's lines: the tensors it shows, its windows, its cells' widths
    /// and symbols, and `place`, the row (or kernel) whose line shows the learner's place.
    private func linesKey(
        _ panel: PanelLayout.Panel, tensors: [Tensor], spans: [Span], perRow: Int, cellWidth: Int, labelWidth: Int, place: Int?
    ) -> PanelLinesMemo.Key {
        PanelLinesMemo.Key(
            panel: panel, tensors: tensors.map(PanelLinesMemo.SameTensor.init), activation: convolution.kernels.activation,
            spans: spans, perRow: perRow, cellWidth: cellWidth, labelWidth: labelWidth, spacing: spacing,
            symbols: PanelLinesMemo.SymbolsKey(symbols), place: place, position: step == nil ? state.walk.position : nil)
    }

    /// The panel in its frame; in a window, with lines inside saying what the window hides
    /// (`ScrollIndicator.lines`), each within the panel's width, which was made room for them.
    private func framed(_ block: Block, width: Int, title: String, panel: PanelLayout.Panel) -> FramedBlock {
        guard isWindowed else {
            return FramedBlock(
                block, contentWidth: width, title: title, symbols: symbols, titleStyle: Styles.heading, frameStyle: Styles.frame)
        }
        let language = state.lesson.interfaceLanguage
        let inner = max(width, TextWidth.columns(of: title) + 2, widestIndicator(panel) + 1)
        var content = block
        let lines = ScrollIndicator.lines(indicators(panel), width: inner - 1, language: language, symbols: symbols)
        // The same texts get the same line values as in the frame before, so they are copied
        // as drawn (`DrawnLinesMemo`) rather than drawn again.
        let indicatorLines = IndicatorTexts.shared.lines.value(for: lines) {
            (lines.isEmpty ? [""] : lines).map { [Run(" " + $0, Styles.muted)] }
        }
        content.lines += indicatorLines
        let contentWidth = indicatorLines.reduce(width) { max($0, Block.width(of: $1)) }
        return FramedBlock(
            content, contentWidth: contentWidth, title: title, symbols: symbols, titleStyle: Styles.heading, frameStyle: Styles.frame)
    }
}
