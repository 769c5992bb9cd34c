import LessonKit
import PointwiseCore

/// Where the picture view's panels go and how big each picture is, for one screen size.
///
/// The three panels sit side by side as in the number view: the input's channels as a grid of
/// small labelled pictures, the weights as one C_out × C_in picture, the output's channels as a
/// grid. Every channel is drawn at one zoom (so a pixel is at the same place in every picture):
/// the largest, from 4× down to averages of ever larger blocks, at which the output shows all
/// its channels (up to 16) and the input at least 8 (or all it has) with pictures at least 8
/// pixels across; failing that, fewer channels (8, 4, 2) and smaller pictures (6, 4, 3 pixels);
/// failing that, the largest at which one of each fits. Channels that do not fit are paged (`[ ]`, `{ }`), as in the
/// number view; a picture is never cropped.
struct PictureLayout {
    let zoom: PictureZoom
    /// Cells one channel's picture takes.
    let imageWidth: Int
    let imageHeight: Int
    /// A channel's picture with its label row, and the columns it takes (at least its label).
    let thumbWidth: Int
    let thumbHeight: Int
    /// Thumbnails per column of a panel's grid.
    let gridRows: Int
    let inputColumns: Int
    let outputColumns: Int
    /// Channels shown at once in the input and the output panel.
    let inputShown: Int
    let outputShown: Int
    /// The kernels' picture: magnification, and the kernels there are.
    let kernelZoom: Int
    let outChannels: Int
    let pixelsPerRow: Int
    /// Columns of the row labels left of the kernels' picture (`w16`).
    let kernelLabelWidth: Int

    /// Columns a panel's frame and padding add to its content.
    static let panelChrome = 4
    /// Rows inside a panel besides its thumbnails: the legend and the line saying what is shown.
    static let panelExtraRows = 2

    var inputContentWidth: Int { inputColumns * (thumbWidth + 1) - 1 }
    var outputContentWidth: Int { outputColumns * (thumbWidth + 1) - 1 }
    var kernelImageWidth: Int { inputShown * kernelZoom }
    func kernelContentWidth(_ style: PictureStyle) -> Int { kernelLabelWidth + kernelImageWidth * style.pixelColumns }
    func kernelImageHeight(_ style: PictureStyle) -> Int { (kernelRowsShown * kernelZoom + style.pixelsPerRow - 1) / style.pixelsPerRow }
    /// Kernels (rows of weights) shown: as many as fit beside the thumbnails.
    var kernelRowsShown: Int {
        min(outChannels, max(1, usedGridRows * thumbHeight * pixelsPerRow / kernelZoom))
    }

    /// Rows of thumbnails actually used (fewer when every channel fits in fewer).
    var usedGridRows: Int {
        max(
            1,
            min(
                gridRows,
                max((inputShown + inputColumns - 1) / max(1, inputColumns), (outputShown + outputColumns - 1) / max(1, outputColumns))))
    }

    func totalWidth(_ style: PictureStyle, legendWidth: Int) -> Int {
        max(inputContentWidth, legendWidth) + max(kernelContentWidth(style), legendWidth) + max(outputContentWidth, legendWidth) + 3
            * Self.panelChrome + 2
    }

    /// The smallest layout there is: one channel of each, every channel averaged to one pixel;
    /// its width and the rows of thumbnails it needs, for the too-small message.
    static func minimum(shape: ConvolutionShape, style: PictureStyle, legendWidth: Int) -> (width: Int, innerRows: Int) {
        let labelWidth = max(
            TextWidth.columns(of: Names.input(shape.inChannels - 1)), TextWidth.columns(of: Names.output(shape.outChannels - 1)))
        let thumbWidth = max(style.pixelColumns, labelWidth)
        let layout = PictureLayout(
            zoom: .reduce(max(2, shape.height, shape.width)), imageWidth: style.pixelColumns, imageHeight: 1, thumbWidth: thumbWidth,
            thumbHeight: 2, gridRows: 1, inputColumns: 1, outputColumns: 1, inputShown: 1, outputShown: 1, kernelZoom: 1,
            outChannels: shape.outChannels, pixelsPerRow: style.pixelsPerRow,
            kernelLabelWidth: TextWidth.columns(of: "w\(shape.outChannels)") + 1)
        return (layout.totalWidth(style, legendWidth: legendWidth), 2)
    }

    /// The best layout for a lesson in `width` columns and `innerRows` rows of thumbnails
    /// (frames, legends and the shown-line excluded), or nil when not even one small picture fits.
    static func choose(shape: ConvolutionShape, style: PictureStyle, width: Int, innerRows: Int, legendWidth: Int) -> PictureLayout? {
        let labelWidth = max(
            TextWidth.columns(of: Names.input(shape.inChannels - 1)), TextWidth.columns(of: Names.output(shape.outChannels - 1)))
        let kernelLabelWidth = TextWidth.columns(of: "w\(shape.outChannels)") + 1
        var candidates: [PictureLayout] = []
        for zoom in PictureZoom.candidates(upTo: max(shape.height, shape.width)) {
            let pixelRows = zoom.screenPixels(shape.height)
            let pixelColumns = zoom.screenPixels(shape.width)
            let imageWidth = pixelColumns * style.pixelColumns
            let imageHeight = (pixelRows + style.pixelsPerRow - 1) / style.pixelsPerRow
            // Small lessons are magnified, but not into huge pictures.
            if case .magnify(let factor) = zoom, factor > 1, imageWidth > 24 || imageHeight > 12 { continue }
            let thumbWidth = max(imageWidth, labelWidth)
            let thumbHeight = imageHeight + 1
            let gridRows = innerRows / thumbHeight
            guard gridRows >= 1 else { continue }
            var kernelZoom = 1
            if case .magnify(let factor) = zoom { kernelZoom = factor }
            // The output takes at most 40% of the width.
            let outputBudget = max(thumbWidth, (width * 2) / 5 - panelChrome)
            let outputColumns = max(1, min(shape.outChannels, (outputBudget + 1) / (thumbWidth + 1)))
            let outputShown = min(shape.outChannels, outputColumns * gridRows)
            // The rest for the input and the kernels: the most input columns that fit.
            var found: PictureLayout?
            var inputColumns = min(shape.inChannels, max(1, width / (thumbWidth + 1)))
            while inputColumns >= 1 {
                let layout = PictureLayout(
                    zoom: zoom, imageWidth: imageWidth, imageHeight: imageHeight, thumbWidth: thumbWidth, thumbHeight: thumbHeight,
                    gridRows: gridRows, inputColumns: inputColumns, outputColumns: outputColumns,
                    inputShown: min(shape.inChannels, inputColumns * gridRows), outputShown: outputShown, kernelZoom: kernelZoom,
                    outChannels: shape.outChannels, pixelsPerRow: style.pixelsPerRow, kernelLabelWidth: kernelLabelWidth)
                if layout.totalWidth(style, legendWidth: legendWidth) <= width {
                    found = layout
                    break
                }
                inputColumns -= 1
            }
            guard let layout = found else { continue }
            candidates.append(layout)
        }
        // Largest pictures first, as long as enough channels show; the wanted counts drop as the
        // screen gets smaller, and a picture must stay big enough to show something.
        let tiers: [(outputs: Int, inputs: Int, pixels: Int)] = [(16, 8, 8), (8, 8, 6), (4, 4, 4), (2, 2, 3)]
        for tier in tiers {
            if let layout = candidates.first(where: { layout in
                layout.outputShown >= min(shape.outChannels, tier.outputs) && layout.inputShown >= min(shape.inChannels, tier.inputs)
                    && layout.zoom.screenPixels(min(shape.height, shape.width)) >= min(tier.pixels, min(shape.height, shape.width))
            }) {
                return layout
            }
        }
        return candidates.first
    }
}
