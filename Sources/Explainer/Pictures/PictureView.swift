import LessonKit
import PointwiseCore

/// The picture view (key `v`): every channel as a small heatmap, so a real layer can be seen.
///
/// The input's channels, the weights and the output's channels sit side by side as in the
/// number view, each channel a labelled picture (see `PictureLayout` for the sizes and
/// `PicturePainter` for the colours). One colour scale per tensor — all input channels share
/// one, all output channels another, the weights a third — each with a legend under its panel
/// giving its smallest value, 0 and its largest value exactly. The walk is drawn on the
/// pictures: the current pixel is marked in every input channel and every output channel, the
/// current weight in the kernels' picture, and output pixels appear only once the walk has
/// computed them, so stepping or autoplay paints the output pixel by pixel. The formula and the
/// lesson's text are those of the number view.
///
/// A frame reads only the pixels it draws (averaging a block costs its size), so it costs what
/// the screen shows; the output's values come from `PictureData`, made once per lesson.
enum PictureView {
    static func render(_ state: ExplainerState, width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        guard width > 0, height > 0 else { return screen }
        let convolution = state.walk.convolution
        let data: PictureData
        if let cached = state.pictures, cached.isCurrent(for: convolution) { data = cached } else { data = PictureData(convolution) }
        let style = state.pictureStyle
        let symbols = state.symbols
        let labels = PictureLabels.forLanguage(state.lesson.interfaceLanguage)
        let shape = convolution.shape
        let painter = PicturePainter(style: style, symbols: symbols)
        let legends = [
            Legend(range: data.inputRange, symbols: symbols), Legend(range: data.weightRange, symbols: symbols),
            Legend(range: data.outputRange, symbols: symbols),
        ]
        let legendWidth = legends.map(\.minimumWidth).max() ?? 0

        // Rows: title, gap, panels, gap, formula, gap, text (at least 2), status.
        let frame = Frame(state: state, spacing: 1, widths: CellWidths(convolution: convolution, symbols: symbols).capped())
        let formula = state.walk.step == nil ? Block() : frame.formulaBlock(width: width - 2).wrapped(width: width - 2)
        let text = Narration.richText(state.lesson, at: state.walk, style: symbols.numberStyle).mapText { ViewChrome.adapt($0, symbols) }
        let textLines = TextWrapper.wrap(text, width: max(1, width - 2))
        let colorKeyLines = TextWrapper.wrap(ViewChrome.adapt(labels.colorKey(style), symbols), width: max(1, width - 2))
        let fixedRows = 1 + 1 + max(3, formula.height) + 1 + ExplainerRenderer.minimumTextRows + 1
        let panelRows = height - fixedRows - 2 - PictureLayout.panelExtraRows
        guard width >= ExplainerRenderer.minimumWidth,
            let layout = PictureLayout.choose(shape: shape, style: style, width: width, innerRows: panelRows, legendWidth: legendWidth)
        else {
            let smallest = PictureLayout.minimum(shape: shape, style: style, legendWidth: legendWidth)
            let neededWidth = max(ExplainerRenderer.minimumWidth, smallest.width)
            ViewChrome.drawTooSmall(
                on: &screen, state: state, needed: (neededWidth, fixedRows + 2 + PictureLayout.panelExtraRows + smallest.innerRows))
            return screen
        }

        // The zoom is the same for every channel: said once, beside the view's name.
        let zoomText: String
        switch layout.zoom {
        case .magnify(let factor): zoomText = labels.magnified(factor)
        case .reduce(let factor): zoomText = labels.averaged(factor)
        }
        ViewChrome.drawTitle(on: &screen, state: state, viewName: labels.viewName + symbols.separator + zoomText)
        let panelsHeight = layout.usedGridRows * layout.thumbHeight + PictureLayout.panelExtraRows + 2
        var row = 1
        let spare = height - fixedRows - panelsHeight
        if spare > 0 { row += 1 }
        var panels = PanelPainter(
            state: state, data: data, layout: layout, painter: painter, labels: labels, legends: legends, legendWidth: legendWidth)
        panels.draw(on: &screen, row: row, width: width)
        row += panelsHeight + 1

        if state.walk.step == nil {
            let idea = TextWrapper.wrap(
                ViewChrome.adapt(labels.idea(shape.inChannels, shape.outChannels), symbols), width: max(1, width - 2))
            for line in idea.prefix(max(0, height - 1 - row - ExplainerRenderer.minimumTextRows)) {
                screen.write(line, row: row, column: 1, style: Styles.label, maxColumn: width - 1)
                row += 1
            }
            if !idea.isEmpty { row += 1 }
        } else {
            formula.draw(on: &screen, row: row, column: 1, maxColumn: width - 1)
            row += formula.height + 1
        }
        // The lesson's text, then (when rows are left) what the colours mean.
        var lines = textLines
        let tutorRows = TutorBar.rows(state: state, width: width, height: height, textRows: height - 1 - row)
        let textRows = height - 1 - tutorRows - row
        if textRows - lines.count >= colorKeyLines.count + 1 {
            let keyRow = height - 1 - tutorRows - colorKeyLines.count
            for (offset, line) in colorKeyLines.enumerated() {
                screen.write(line, row: keyRow + offset, column: 1, style: Styles.muted, maxColumn: width - 1)
            }
        }
        lines = ViewChrome.fitted(lines, rows: max(0, textRows), width: width - 2, symbols: symbols)
        for (offset, line) in lines.enumerated() {
            var x = 1
            for run in line { x = screen.write(run.text, row: row + offset, column: x, style: run.style, maxColumn: width - 1) }
        }
        ViewChrome.drawStatus(
            on: &screen, state: state,
            labels: ViewLabels(keyHints: labels.keyHints, shortKeyHints: labels.shortKeyHints, viewName: labels.viewName))
        TutorBar.draw(on: &screen, state: state, textRows: height - 1 - row)
        ViewChrome.drawOverlays(on: &screen, state: state)
        return screen
    }
}

/// A tensor's legend: `min ▕colours▏ max`, with `0` marked inside for a signed tensor.
struct Legend {
    let range: ExactRange
    let minimumText: String
    let maximumText: String
    /// The colour bar's widest and narrowest forms, in cells.
    static let widestBar = 10
    static let narrowestBar = 3

    init(range: ExactRange, symbols: Symbols) {
        self.range = range
        let scale = range.scale
        minimumText = scale.isSigned ? DecimalFormatter.format(range.minimum, style: symbols.numberStyle, maxWidth: 8) : "0"
        maximumText = DecimalFormatter.format(range.maximum, style: symbols.numberStyle, maxWidth: 8)
    }

    /// Columns the legend needs at the least (with the narrowest bar).
    var minimumWidth: Int { TextWidth.columns(of: minimumText) + TextWidth.columns(of: maximumText) + Self.narrowestBar + 2 }

    /// Draws the legend in `width` columns, its bar as wide as they allow (up to `widestBar`).
    func draw(on screen: inout Screen, row: Int, column: Int, width: Int, painter: PicturePainter) {
        let barWidth = min(Self.widestBar, max(Self.narrowestBar, width - minimumWidth + Self.narrowestBar))
        let scale = range.scale
        var x = screen.write(minimumText, row: row, column: column, style: Styles.label) + 1
        let low = scale.isSigned ? scale.minimum : 0
        let high = scale.maximum
        var zeroCell: Int?
        if scale.isSigned, high > low {
            zeroCell = min(barWidth - 1, max(0, Int(((0 - low) / (high - low) * Double(barWidth - 1)).rounded())))
        }
        for index in 0..<barWidth {
            let value = low + (high - low) * Double(index) / Double(barWidth - 1)
            if index == zeroCell {
                let neutral = painter.style == .color ? CellStyle(bold: true, foreground: .black, background: scale.color(0)) : Styles.label
                screen.put("0", row: row, column: x + index, style: neutral)
                continue
            }
            switch painter.style {
            case .color: screen.put(" ", row: row, column: x + index, style: CellStyle(background: scale.color(value)))
            case .shades, .ascii:
                let ramp = painter.style.ramp
                screen.put(ramp[scale.rampIndex(value, count: ramp.count)], row: row, column: x + index, style: .plain)
            }
        }
        x += barWidth + 1
        screen.write(maximumText, row: row, column: x, style: Styles.label)
    }
}
