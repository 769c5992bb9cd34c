import LessonKit
import PointwiseCore

/// Draws the picture view's three framed panels: input channels, kernels, output channels.
struct PanelPainter {
    let state: ExplainerState
    let data: PictureData
    let layout: PictureLayout
    let painter: PicturePainter
    let labels: PictureLabels
    let legends: [Legend]
    let legendWidth: Int

    private var shape: ConvolutionShape { data.source.shape }
    private var symbols: Symbols { state.symbols }
    private var step: WalkStep? { state.walk.step }

    /// The input channel the cursor is on: the current term's, the last one after the terms of
    /// an output (bias, activation), the first at the introduction.
    private var focusChannel: Int {
        guard let step else { return 0 }
        if case .term(let channel) = step.kind { return channel }
        return shape.inChannels - 1
    }

    private var currentChannel: Int? {
        guard let step, case .term(let channel) = step.kind else { return nil }
        return channel
    }

    /// The first item of the page holding `focus`, shifted by `pages` and kept in range.
    private static func pageStart(focus: Int, pageSize: Int, count: Int, pages: Int) -> Int {
        let size = max(1, pageSize)
        let lastPage = max(0, (count - 1) / size)
        let page = min(max(focus / size + pages, 0), lastPage)
        return page * size
    }

    mutating func draw(on screen: inout Screen, row: Int, width: Int) {
        let style = painter.style
        let inputWidth = max(layout.inputContentWidth, legendWidth) + PictureLayout.panelChrome
        let kernelWidth = max(layout.kernelContentWidth(style), legendWidth) + PictureLayout.panelChrome
        let outputWidth = max(layout.outputContentWidth, legendWidth) + PictureLayout.panelChrome
        let total = inputWidth + kernelWidth + outputWidth + 2
        var column = max(0, (width - total) / 2)
        let height = layout.usedGridRows * layout.thumbHeight + PictureLayout.panelExtraRows + 2

        let firstChannel = Self.pageStart(
            focus: focusChannel, pageSize: layout.inputShown, count: shape.inChannels, pages: state.scroll.channelPages)
        let channels = firstChannel..<min(shape.inChannels, firstChannel + layout.inputShown)
        let focusKernel = step?.kernel ?? 0
        let firstOutput = Self.pageStart(
            focus: focusKernel, pageSize: layout.outputShown, count: shape.outChannels, pages: state.scroll.kernelPages)
        let outputs = firstOutput..<min(shape.outChannels, firstOutput + layout.outputShown)
        let firstKernel = Self.pageStart(
            focus: focusKernel, pageSize: layout.kernelRowsShown, count: shape.outChannels, pages: state.scroll.kernelPages)
        let kernels = firstKernel..<min(shape.outChannels, firstKernel + layout.kernelRowsShown)

        let shapeText = "\(shape.height)×\(shape.width)×"
        drawFrame(
            on: &screen, row: row, column: column, width: inputWidth, height: height,
            title: state.labels.input + symbols.separator + shapeText + "\(shape.inChannels)")
        drawInput(on: &screen, row: row + 1, column: column + 2, channels: channels)
        drawFooter(
            on: &screen, row: row + height - 3, column: column + 2, width: inputWidth - 4, legend: legends[0],
            shown: shownText(channels, total: shape.inChannels, name: Names.input))
        column += inputWidth + 1

        drawFrame(
            on: &screen, row: row, column: column, width: kernelWidth, height: height,
            title: state.labels.kernels + symbols.separator + "\(shape.outChannels)×\(shape.inChannels)")
        drawKernels(on: &screen, row: row + 1, column: column + 2, kernels: kernels, channels: channels)
        let kernelShown = labels.kernelWindow(rangeText(kernels, name: { "w\($0 + 1)" }), rangeText(channels, name: Names.input))
        drawFooter(on: &screen, row: row + height - 3, column: column + 2, width: kernelWidth - 4, legend: legends[1], shown: kernelShown)
        column += kernelWidth + 1

        drawFrame(
            on: &screen, row: row, column: column, width: outputWidth, height: height,
            title: state.labels.output + symbols.separator + shapeText + "\(shape.outChannels)")
        drawOutput(on: &screen, row: row + 1, column: column + 2, outputs: outputs)
        drawFooter(
            on: &screen, row: row + height - 3, column: column + 2, width: outputWidth - 4, legend: legends[2],
            shown: (data.sampleStride > 1 ? labels.sampled(data.sampleStride) + symbols.separator : "")
                + shownText(outputs, total: shape.outChannels, name: Names.output))
    }

    private func rangeText(_ range: Range<Int>, name: (Int) -> String) -> String {
        range.count <= 1 ? name(range.lowerBound) : name(range.lowerBound) + "–" + name(range.upperBound - 1)
    }

    private func shownText(_ range: Range<Int>, total: Int, name: (Int) -> String) -> String {
        if range.count == total { return rangeText(range, name: name) }
        if range.count == 1 { return labels.shownChannel(name(range.lowerBound), total) }
        return labels.shownChannels(name(range.lowerBound), name(range.upperBound - 1), total)
    }

    private func drawFrame(on screen: inout Screen, row: Int, column: Int, width: Int, height: Int, title: String) {
        let adaptedTitle = ViewChrome.adapt(title, symbols)
        let inner = width - 2
        let titleText = " " + symbols.cut(adaptedTitle, toColumns: inner - 2) + " "
        screen.write(symbols.topLeft, row: row, column: column, style: Styles.frame)
        let afterTitle = screen.write(titleText, row: row, column: column + 1, style: Styles.heading)
        screen.write(
            Rule.of(symbols.horizontal, count: column + width - 1 - afterTitle) + symbols.topRight,
            row: row, column: afterTitle, style: Styles.frame)
        for offset in 1..<(height - 1) {
            screen.write(symbols.vertical, row: row + offset, column: column, style: Styles.frame)
            screen.write(symbols.vertical, row: row + offset, column: column + width - 1, style: Styles.frame)
        }
        screen.write(
            symbols.bottomLeft + Rule.of(symbols.horizontal, count: inner) + symbols.bottomRight,
            row: row + height - 1, column: column, style: Styles.frame)
    }

    /// The legend and, under it, what the panel shows.
    private func drawFooter(on screen: inout Screen, row: Int, column: Int, width: Int, legend: Legend, shown: String) {
        legend.draw(on: &screen, row: row, column: column, width: width, painter: painter)
        screen.write(
            symbols.cut(ViewChrome.adapt(shown, symbols), toColumns: width), row: row + 1, column: column, style: Styles.muted,
            maxColumn: column + width)
    }

    /// The thumbnail at `index` of a panel's grid: top-left corner of its label.
    private func thumbOrigin(index: Int, columns: Int, row: Int, column: Int) -> (row: Int, column: Int) {
        (row + (index / columns) * layout.thumbHeight, column + (index % columns) * (layout.thumbWidth + 1))
    }

    private func drawInput(on screen: inout Screen, row: Int, column: Int, channels: Range<Int>) {
        let pixels = shape.pixels
        let width = shape.width
        let scale = data.inputRange.scale
        for (index, channel) in channels.enumerated() {
            let origin = thumbOrigin(index: index, columns: layout.inputColumns, row: row, column: column)
            let isCurrent = channel == currentChannel
            screen.write(
                Names.input(channel), row: origin.row, column: origin.column, style: isCurrent ? Styles.currentLabel : Styles.label)
            let base = channel * pixels
            let values = data.input
            let image = PictureImage(rows: shape.height, columns: width, zoom: layout.zoom) { values[base + $0 * width + $1] }
            image.draw(on: &screen, row: origin.row + 1, column: origin.column, painter: painter, scale: scale)
            if let step {
                image.mark(
                    on: &screen, row: origin.row + 1, column: origin.column, dataRow: step.row, dataColumn: step.column,
                    painter: painter, scale: scale, base: isCurrent ? Styles.term : Styles.pixel)
            }
        }
    }

    private func drawOutput(on screen: inout Screen, row: Int, column: Int, outputs: Range<Int>) {
        let pixels = shape.pixels
        let width = shape.width
        let scale = data.outputRange.scale
        let walk = state.walk
        for (index, kernel) in outputs.enumerated() {
            let origin = thumbOrigin(index: index, columns: layout.outputColumns, row: row, column: column)
            let isCurrent = kernel == step?.kernel
            screen.write(
                Names.output(kernel), row: origin.row, column: origin.column, style: isCurrent ? Styles.currentLabel : Styles.label)
            let base = kernel * pixels
            let values = data.output
            let image = PictureImage(rows: shape.height, columns: width, zoom: layout.zoom) { r, c in
                guard walk.isComputed(kernel: kernel, row: r, column: c) else { return nil }
                let value = values[base + r * width + c]
                return value.isNaN ? nil : value
            }
            image.draw(on: &screen, row: origin.row + 1, column: origin.column, painter: painter, scale: scale)
            if let step {
                image.mark(
                    on: &screen, row: origin.row + 1, column: origin.column, dataRow: step.row, dataColumn: step.column,
                    painter: painter, scale: scale, base: isCurrent ? Styles.accumulating : Styles.pixel)
            }
        }
    }

    private func drawKernels(on screen: inout Screen, row: Int, column: Int, kernels: Range<Int>, channels: Range<Int>) {
        let scale = data.weightRange.scale
        let weights = data.weights
        let inChannels = shape.inChannels
        let image = PictureImage(rows: kernels.count, columns: channels.count, zoom: .magnify(layout.kernelZoom)) { r, c in
            weights[(kernels.lowerBound + r) * inChannels + channels.lowerBound + c]
        }
        let imageColumn = column + layout.kernelLabelWidth
        image.draw(on: &screen, row: row, column: imageColumn, painter: painter, scale: scale)
        // Row labels: each kernel's name on the (first) row showing it, the current one marked.
        let perRow = painter.style.pixelsPerRow
        var labelled = Set<Int>()
        for (offset, kernel) in kernels.enumerated() {
            // The first cell row whose upper pixel shows this kernel; a kernel only in the lower
            // half of a row is named there only when it is the current one.
            let firstPixel = offset * layout.kernelZoom
            let ownRow = (firstPixel + perRow - 1) / perRow
            let ownsRow = ownRow * perRow < firstPixel + layout.kernelZoom
            let isCurrent = kernel == step?.kernel
            let cellRow = ownsRow ? ownRow : firstPixel / perRow
            guard isCurrent || !labelled.contains(cellRow) else { continue }
            if isCurrent || ownsRow {
                screen.write(
                    Pad.left("w\(kernel + 1)", layout.kernelLabelWidth), row: row + cellRow, column: column,
                    style: isCurrent ? Styles.currentLabel : Styles.label, maxColumn: imageColumn)
                labelled.insert(cellRow)
            }
        }
        if let step, let channel = currentChannel, kernels.contains(step.kernel), channels.contains(channel) {
            image.mark(
                on: &screen, row: row, column: imageColumn, dataRow: step.kernel - kernels.lowerBound,
                dataColumn: channel - channels.lowerBound, painter: painter, scale: scale, base: Styles.term)
        }
    }
}
