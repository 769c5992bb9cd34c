import LessonKit
import PointwiseCore

/// The three matrices of the matrix view, windowed to the screen: `X`, `Wᵀ` and `Y`.
///
/// One window of pixels is shared by the rows of `X` and `Y`, one window of input channels by
/// the columns of `X` and the rows of `Wᵀ`, and one window of kernels by the columns of `Wᵀ` and
/// `Y`, so the row and column that meet in the current output are always on screen together.
struct MatrixBlocks {
    let frame: Frame
    let pixels: Span
    let channels: Span
    let kernels: Span
    let sizes: Sizes
    let titles: Titles

    /// Cell and label widths, fixed for the lesson so nothing shifts as the cursor moves.
    struct Sizes {
        var pixelLabel: Int
        var channelLabel: Int
        var input: Int
        var weight: Int
        var output: Int

        init(frame: Frame) {
            let shape = frame.shape
            let widths = frame.widths
            pixelLabel = TextWidth.columns(of: "(\(shape.height),\(shape.width))")
            channelLabel = TextWidth.columns(of: Names.input(shape.inChannels - 1))
            input = max(widths.input, channelLabel, 1)
            weight = max(widths.kernel, TextWidth.columns(of: "w\(shape.outChannels)"))
            // One column more for the partial mark of the sum being added up (`2…`).
            output = max(
                widths.output + TextWidth.columns(of: frame.symbols.partial), TextWidth.columns(of: Names.output(shape.outChannels - 1)))
        }
    }

    /// The matrices' frame titles, long (`pixels X · 9×3`) or short (`X`).
    struct Titles {
        var pixels: String
        var weights: String
        var output: String

        init(frame: Frame, labels: MatrixLabels, long: Bool) {
            let shape = frame.shape
            let symbols = frame.symbols
            func adapt(_ text: String) -> String { ViewChrome.adapt(text, symbols) }
            if long {
                pixels = adapt(labels.pixels + symbols.separator + "\(shape.pixels)×\(shape.inChannels)")
                weights = adapt(labels.weights + symbols.separator + "\(shape.inChannels)×\(shape.outChannels)")
                output = adapt(labels.output + symbols.separator + "\(shape.pixels)×\(shape.outChannels)")
            } else {
                (pixels, weights, output) = ("X", adapt("Wᵀ"), "Y")
            }
        }
    }

    /// Where the cursor is: the pixel's row, the input channel (the last one once the terms are
    /// done) and the kernel; all 0 at the introduction.
    static func focus(_ frame: Frame) -> (pixel: Int, channel: Int, kernel: Int) {
        guard let step = frame.step else { return (0, 0, 0) }
        return (step.pixelIndex(width: frame.shape.width), frame.currentInputChannel ?? frame.shape.inChannels - 1, step.kernel)
    }

    /// The matrices in `width` columns with `dataRoom` rows for data, as many columns as fit;
    /// nil when not even one channel and one kernel fit.
    init?(frame: Frame, labels: MatrixLabels, width: Int, dataRoom: Int) {
        let shape = frame.shape
        let sizes = Sizes(frame: frame)
        let focus = Self.focus(frame)
        let pixels = Span.around(focus: focus.pixel, total: shape.pixels, room: dataRoom)
        // Wᵀ's rows are the channels, plus the bias row when the layer has one.
        let channelRows = dataRoom - Self.biasRows(frame)
        guard pixels.slots <= dataRoom, channelRows > 0 else { return nil }
        for long in [true, false] {
            let titles = Titles(frame: frame, labels: labels, long: long)
            func window(_ channelRoom: Int, _ kernelRoom: Int) -> (Span, Span)? {
                let channels = Span.around(focus: focus.channel, total: shape.inChannels, room: channelRoom)
                let kernels = Span.around(focus: focus.kernel, total: shape.outChannels, room: kernelRoom)
                guard channels.slots <= channelRows,
                    Self.totalWidth(sizes: sizes, titles: titles, channelSlots: channels.slots, kernelSlots: kernels.slots) <= width
                else { return nil }
                return (channels, kernels)
            }
            guard var best = window(1, 1) else { continue }
            var (channelRoom, kernelRoom) = (1, 1)
            let channelLimit = min(shape.inChannels, channelRows)
            // Grow the two windows in turn, kernels no further ahead than channels.
            while true {
                if kernelRoom < shape.outChannels, kernelRoom <= channelRoom, let grown = window(channelRoom, kernelRoom + 1) {
                    kernelRoom += 1
                    best = grown
                } else if channelRoom < channelLimit, let grown = window(channelRoom + 1, kernelRoom) {
                    channelRoom += 1
                    best = grown
                } else if kernelRoom < shape.outChannels, let grown = window(channelRoom, kernelRoom + 1) {
                    kernelRoom += 1
                    best = grown
                } else {
                    break
                }
            }
            self.frame = frame
            self.pixels = pixels
            self.channels = best.0
            self.kernels = best.1
            self.sizes = sizes
            self.titles = titles
            return
        }
        return nil
    }

    /// The least width and height of the matrices at the cursor: one channel and one kernel
    /// (with their markers), short titles, and up to three pixel rows.
    static func minimumSize(frame: Frame, labels: MatrixLabels) -> (width: Int, height: Int) {
        let shape = frame.shape
        let focus = focus(frame)
        let channelSlots = Span.around(focus: focus.channel, total: shape.inChannels, room: 1).slots
        let kernelSlots = Span.around(focus: focus.kernel, total: shape.outChannels, room: 1).slots
        let width = totalWidth(
            sizes: Sizes(frame: frame), titles: Titles(frame: frame, labels: labels, long: false),
            channelSlots: channelSlots, kernelSlots: kernelSlots)
        let pixelSlots = Span.around(focus: focus.pixel, total: shape.pixels, room: min(shape.pixels, 3)).slots
        let rows = max(min(shape.pixels, 3), pixelSlots, channelSlots + biasRows(frame))
        return (width, 3 + rows)
    }

    /// 1 when `Wᵀ` has a bias row under its weights, else 0.
    static func biasRows(_ frame: Frame) -> Int {
        frame.convolution.kernels.bias == nil ? 0 : 1
    }

    /// Columns of a row of `slots` cells `cellWidth` wide, one column apart (brackets go there).
    private static func gridWidth(_ slots: Int, _ cellWidth: Int) -> Int { slots * (cellWidth + 1) + 1 }

    private static func framedWidth(_ content: Int, title: String) -> Int {
        max(content, TextWidth.columns(of: title) + 2) + 2
    }

    /// The three framed matrices with ` × ` and ` = ` between them.
    private static func totalWidth(sizes: Sizes, titles: Titles, channelSlots: Int, kernelSlots: Int) -> Int {
        let x = framedWidth(sizes.pixelLabel + gridWidth(channelSlots, sizes.input), title: titles.pixels)
        let w = framedWidth(sizes.channelLabel + gridWidth(kernelSlots, sizes.weight), title: titles.weights)
        let y = framedWidth(gridWidth(kernelSlots, sizes.output), title: titles.output)
        return x + 3 + w + 3 + y
    }

    /// True when a row or column of any matrix is out of view.
    var hidesAnything: Bool {
        !pixels.isWhole || !channels.isWhole || !kernels.isWhole
    }

    /// Which pixels, channels and kernels are on screen, e.g. `13–24 / 784`.
    func shownText(_ labels: MatrixLabels) -> String {
        func range(_ window: Span) -> String {
            window.count == 1
                ? "\(window.start + 1) / \(window.total)" : "\(window.start + 1)–\(window.start + window.count) / \(window.total)"
        }
        return labels.shown(range(pixels), range(channels), range(kernels))
    }

    /// Draws the matrices from `row`, centred in `width`; returns the rows they take.
    func draw(on screen: inout Screen, row: Int, width: Int) -> Int {
        let x = pixelsBlock()
        let w = weightsBlock()
        let y = outputBlock()
        let total = x.width + 3 + w.width + 3 + y.width
        var column = max(1, (width - total) / 2)
        x.draw(on: &screen, row: row, column: column, maxColumn: width - 1)
        let signRow = row + 2 + (slotIndex(of: Self.focus(frame).pixel, in: pixels) ?? 0)
        column += x.width
        screen.write(ViewChrome.adapt("×", frame.symbols), row: signRow, column: column + 1, style: Styles.label, maxColumn: width - 1)
        column += 3
        w.draw(on: &screen, row: row, column: column, maxColumn: width - 1)
        column += w.width
        screen.write("=", row: signRow, column: column + 1, style: Styles.label, maxColumn: width - 1)
        column += 3
        y.draw(on: &screen, row: row, column: column, maxColumn: width - 1)
        return max(x.height, w.height, y.height)
    }

    // MARK: The blocks

    /// A window as slots: an index, or a marker for hidden items.
    private enum Slot {
        case item(Int)
        case marker
    }

    private func slots(_ window: Span) -> [Slot] {
        var slots: [Slot] = []
        if window.hidesBefore { slots.append(.marker) }
        slots += window.range.map { .item($0) }
        if window.hidesAfter { slots.append(.marker) }
        return slots
    }

    private func slotIndex(of index: Int, in window: Span) -> Int? {
        guard window.range.contains(index) else { return nil }
        return index - window.start + (window.hidesBefore ? 1 : 0)
    }

    private var verticalMarker: String { ViewChrome.adapt("⋮", frame.symbols) }
    private var horizontalMarker: String { frame.symbols.numberStyle == .ascii ? "~" : "…" }

    /// The header of a matrix: column names, the current one underlined, markers where hidden.
    private func header(_ window: Span, name: (Int) -> String, current: Int?, cellWidth: Int, label: Int) -> [Run] {
        let cells = slots(window).map { slot -> Run in
            switch slot {
            case .marker: return Run(horizontalMarker, Styles.muted)
            case .item(let index): return Run(name(index), index == current ? Styles.currentLabel : Styles.label)
            }
        }
        return [Run(spaces: label)] + frame.gridRow(cells, cellWidth: cellWidth, marked: nil)
    }

    /// A row of `⋮` under every column, for hidden rows.
    private func markerRow(columns: Span, cellWidth: Int, label: Int) -> [Run] {
        let cells = slots(columns).map { _ in Run(verticalMarker, Styles.muted) }
        let lead = label > 0 ? [Run(Pad.center(verticalMarker, label), Styles.muted)] : []
        return lead + frame.gridRow(cells, cellWidth: cellWidth, marked: nil)
    }

    /// One line per slot of `window` down a matrix: `line` for each item, a row of `⋮` under
    /// every column for each hidden run.
    private func lines(down window: Span, columns: Span, cellWidth: Int, label: Int, _ line: (Int) -> [Run]) -> [[Run]] {
        slots(window).map { slot in
            guard case .item(let index) = slot else { return markerRow(columns: columns, cellWidth: cellWidth, label: label) }
            return line(index)
        }
    }

    /// One grid row across `window`: `cell` for each item (bracketed when it says so), a muted
    /// marker for each hidden run.
    private func gridRow(across window: Span, cellWidth: Int, _ cell: (Int) -> (run: Run, isMarked: Bool)) -> [Run] {
        var marked: Int?
        var cells: [Run] = []
        for (index, slot) in slots(window).enumerated() {
            guard case .item(let item) = slot else {
                cells.append(Run(horizontalMarker, Styles.muted))
                continue
            }
            let (run, isMarked) = cell(item)
            if isMarked { marked = index }
            cells.append(run)
        }
        return frame.gridRow(cells, cellWidth: cellWidth, marked: marked)
    }

    /// `X`: one row per pixel, one column per input channel.
    private func pixelsBlock() -> Block {
        let step = frame.step
        let currentPixel = step.map { $0.pixelIndex(width: frame.shape.width) }
        let width = frame.shape.width
        var block = Block()
        block.lines.append(
            header(channels, name: Names.input, current: frame.currentInputChannel, cellWidth: sizes.input, label: sizes.pixelLabel))
        block.lines += lines(down: pixels, columns: channels, cellWidth: sizes.input, label: sizes.pixelLabel) { pixel in
            let (row, column) = (pixel / width, pixel % width)
            let isCurrent = pixel == currentPixel
            let cells = gridRow(across: channels, cellWidth: sizes.input) { channel in
                let text = frame.number(frame.convolution.inputValue(inputChannel: channel, row: row, column: column))
                let isTerm = isCurrent && channel == frame.currentInputChannel
                var style = CellStyle.plain
                if isCurrent { style = isTerm ? Styles.term : Styles.pixel }
                return (Run(text, style), isTerm)
            }
            let label = Run(Pad.right("(\(row + 1),\(column + 1))", sizes.pixelLabel), isCurrent ? Styles.currentLabel : Styles.label)
            return [label] + cells
        }
        return block.framed(title: titles.pixels, symbols: frame.symbols, titleStyle: Styles.heading, frameStyle: Styles.frame)
    }

    /// `Wᵀ`: one row per input channel, one column per kernel; `Wᵀ[j][i] = w_ij`.
    private func weightsBlock() -> Block {
        let currentKernel = frame.step?.kernel
        var block = Block()
        block.lines.append(
            header(kernels, name: { "w\($0 + 1)" }, current: currentKernel, cellWidth: sizes.weight, label: sizes.channelLabel))
        block.lines += lines(down: channels, columns: kernels, cellWidth: sizes.weight, label: sizes.channelLabel) { channel in
            let isCurrentChannel = channel == frame.currentInputChannel
            let cells = gridRow(across: kernels, cellWidth: sizes.weight) { kernel in
                let text = frame.number(frame.convolution.kernels.weight(kernel: kernel, inputChannel: channel))
                let isTerm = kernel == currentKernel && isCurrentChannel
                var style = CellStyle.plain
                if kernel == currentKernel { style = isCurrentChannel ? Styles.term : Styles.pixel }
                return (Run(text, style), isTerm)
            }
            let label = Run(Pad.left(Names.input(channel), sizes.channelLabel), isCurrentChannel ? Styles.currentLabel : Styles.label)
            return [label] + cells
        }
        if let bias = frame.convolution.kernels.bias {
            // Y = X · Wᵀ + b: the bias row, its entry marked at a bias step.
            let isBiasStep = frame.step?.kind == .bias
            let cells = gridRow(across: kernels, cellWidth: sizes.weight) { kernel in
                let isTerm = kernel == currentKernel && isBiasStep
                var style = CellStyle.plain
                if kernel == currentKernel { style = isBiasStep ? Styles.term : Styles.pixel }
                return (Run(frame.number(bias.value(channel: 0, row: 0, column: kernel)), style), isTerm)
            }
            let label = Run(Pad.left("b", sizes.channelLabel), isBiasStep ? Styles.currentLabel : Styles.label)
            block.lines.append([label] + cells)
        }
        return block.framed(title: titles.weights, symbols: frame.symbols, titleStyle: Styles.heading, frameStyle: Styles.frame)
    }

    /// `Y`: one row per pixel, one column per output channel; the entry being summed is marked.
    private func outputBlock() -> Block {
        let walk = frame.state.walk
        let step = frame.step
        let currentPixel = step.map { $0.pixelIndex(width: frame.shape.width) }
        let width = frame.shape.width
        var block = Block()
        block.lines.append(header(kernels, name: Names.output, current: step?.kernel, cellWidth: sizes.output, label: 0))
        block.lines += lines(down: pixels, columns: kernels, cellWidth: sizes.output, label: 0) { pixel in
            let (row, column) = (pixel / width, pixel % width)
            let isCurrentRow = pixel == currentPixel
            return gridRow(across: kernels, cellWidth: sizes.output) { kernel in
                if isCurrentRow, kernel == step?.kernel, let sum = walk.runningSum {
                    // Between brackets here, so the mark takes a column of the cell (kept free for it).
                    let text = frame.isPartialSum ? frame.number(sum) + frame.symbols.partial : frame.number(sum)
                    return (Run(text, Styles.accumulating), true)
                }
                if walk.isComputed(kernel: kernel, row: row, column: column) {
                    var style = Styles.computed
                    style.underline = isCurrentRow
                    return (Run(frame.number(frame.convolution.output(kernel: kernel, row: row, column: column)), style), false)
                }
                var style = Styles.pending
                style.underline = isCurrentRow
                return (Run(frame.symbols.pending, style), false)
            }
        }
        return block.framed(title: titles.output, symbols: frame.symbols, titleStyle: Styles.heading, frameStyle: Styles.frame)
    }
}
