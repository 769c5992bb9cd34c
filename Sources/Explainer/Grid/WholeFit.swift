import PointwiseCore

/// Finds the way to show every value of a lesson that fits the screen, as a person arranging
/// the numbers on paper would: every arrangement of the three panels, the channel grids wrapped
/// into several rows of grids (2×3 instead of 1×5), roomier spacing first, and narrower number
/// cells only when nothing fits at the lesson's own widths.
///
/// Everything is measured by arithmetic (`Frame.inputPanelWidth` and the others mirror how the
/// panels are drawn), so the search formats no number and draws nothing: a few thousand
/// additions at most, bounded by the screen's rows.
extension ExplainerRenderer {
    /// The narrowest a number cell is made to fit a whole lesson; narrower cells would show
    /// little more than `~` and `#`, so below this the lesson is windowed instead.
    static let narrowestReadableCell = 4

    /// Spacings the panels grow to when there is room to spare (big screens), roomiest first.
    static let roomySpacings = [4, 3]

    /// Spacings tried to fit a lesson whole, roomiest first.
    static let fittingSpacings = [2, 1]

    /// A frame showing the whole lesson and where its panels go.
    struct WholeFit {
        let frame: Frame
        let arrangement: PanelLayout.Arrangement
        let width: Int
        let height: Int
    }

    /// The best whole arrangement: the largest cells, then the fewest rows, then the widest
    /// spacing, that fit `width` columns and `panelRows` rows; nil when nothing shows every value.
    /// When that is the roomiest fitting spacing at the lesson's own cell widths and the same
    /// arrangement still fits in `roomyRows` (the rows left when all of the lesson's text fits
    /// too), the panels grow to a roomier spacing as the width allows.
    static func wholeFit(_ base: Frame, width: Int, panelRows: Int, roomyRows: Int) -> WholeFit? {
        guard !base.isWindowed else { return searchWholeFit(base, width: width, panelRows: panelRows, roomyRows: roomyRows) }
        let key = WholeFitKey(
            shape: base.shape, hasBias: base.convolution.kernels.bias != nil, widths: base.widths, measures: base.measures, width: width,
            panelRows: panelRows, roomyRows: roomyRows)
        let choice = wholeFits.value(for: key) {
            searchWholeFit(base, width: width, panelRows: panelRows, roomyRows: roomyRows).map(WholeFitChoice.init)
        }
        return choice.map { $0.applied(to: base) }
    }

    /// What the size of every panel of a whole lesson depends on (`Frame.panelSize` and the
    /// widths it calls): the search's answer is the same for equal keys.
    private struct WholeFitKey: Equatable, Sendable {
        let shape: ConvolutionShape
        let hasBias: Bool
        let widths: CellWidths
        let measures: PanelMeasures
        let width: Int
        let panelRows: Int
        let roomyRows: Int
    }

    /// What the search chose, as changes to the frame it started from.
    private struct WholeFitChoice: Sendable {
        let spacing: Int
        let widths: CellWidths
        let inputGridsPerRow: Int
        let outputGridsPerRow: Int
        let arrangement: PanelLayout.Arrangement
        let width: Int
        let height: Int

        init(_ fit: WholeFit) {
            spacing = fit.frame.spacing
            widths = fit.frame.widths
            inputGridsPerRow = fit.frame.inputGridsPerRow
            outputGridsPerRow = fit.frame.outputGridsPerRow
            arrangement = fit.arrangement
            width = fit.width
            height = fit.height
        }

        func applied(to base: Frame) -> WholeFit {
            var frame = base
            frame.spacing = spacing
            frame.widths = widths
            frame.inputGridsPerRow = inputGridsPerRow
            frame.outputGridsPerRow = outputGridsPerRow
            return WholeFit(frame: frame, arrangement: arrangement, width: width, height: height)
        }
    }

    /// Whole fits found lately: the search tries every arrangement, wrapping and cell width, a
    /// fifth of a key press on a small lesson, and its answer changes only with the size, the
    /// lesson's text or an edit.
    private static let wholeFits = RecentResults<WholeFitKey, WholeFitChoice?>(capacity: 8)

    /// The search behind `wholeFit`, every time.
    private static func searchWholeFit(_ base: Frame, width: Int, panelRows: Int, roomyRows: Int) -> WholeFit? {
        let natural = base.widths
        let widest = max(natural.input, natural.kernel, natural.output)
        for cap in stride(from: widest, through: min(widest, narrowestReadableCell), by: -1) {
            // The fewest rows; between spacings that take as many rows, the roomier.
            var best: WholeFit?
            for spacing in fittingSpacings {
                var frame = base
                frame.spacing = spacing
                frame.widths = natural.capped(at: cap)
                guard let fit = bestArrangement(frame, width: width, panelRows: panelRows) else { continue }
                if best.map({ fit.height < $0.height }) ?? true { best = fit }
            }
            if let fit = best {
                guard cap == widest, fit.frame.spacing == fittingSpacings[0], fit.height <= roomyRows else { return fit }
                for roomy in roomySpacings {
                    var grown = fit.frame
                    grown.spacing = roomy
                    let size = fit.arrangement.size { grown.panelSize($0) }
                    if size.width <= width {
                        return WholeFit(frame: grown, arrangement: fit.arrangement, width: size.width, height: size.height)
                    }
                }
                return fit
            }
        }
        return nil
    }

    /// The arrangement and wrapping of the grids that takes the fewest rows within the bounds.
    private static func bestArrangement(_ frame: Frame, width: Int, panelRows: Int) -> WholeFit? {
        let shape = frame.shape
        let inputWraps = gridWraps(channels: shape.inChannels, frame: frame, panel: .input, panelRows: panelRows) {
            frame.inputPanelWidth(channels: $0, columns: shape.width)
        }
        let outputWraps = gridWraps(channels: shape.outChannels, frame: frame, panel: .output, panelRows: panelRows) {
            frame.outputPanelWidth(channels: $0, columns: shape.width)
        }
        let kernels = (width: frame.kernelPanelWidth(channels: shape.inChannels), height: frame.kernelPanelHeight)
        guard kernels.width <= width, kernels.height <= panelRows else { return nil }
        var best: WholeFit?
        for arrangement in PanelLayout.Arrangement.allCases {
            for input in inputWraps {
                for output in outputWraps {
                    let size = arrangement.size { panel in
                        switch panel {
                        case .input: (input.width, input.height)
                        case .kernels: kernels
                        case .output: (output.width, output.height)
                        }
                    }
                    guard size.width <= width, size.height <= panelRows else { continue }
                    if let best, best.height <= size.height { continue }
                    var fitted = frame
                    fitted.inputGridsPerRow = input.perRow
                    fitted.outputGridsPerRow = output.perRow
                    best = WholeFit(frame: fitted, arrangement: arrangement, width: size.width, height: size.height)
                }
            }
        }
        return best
    }

    /// Each way to wrap a panel's channel grids that is short enough: grids per row of grids,
    /// and the panel's size. Only the fewest grids per row for each number of rows of grids.
    private static func gridWraps(
        channels: Int, frame: Frame, panel: PanelLayout.Panel, panelRows: Int, width: (Int) -> Int
    ) -> [(perRow: Int, width: Int, height: Int)] {
        var wraps: [(perRow: Int, width: Int, height: Int)] = []
        var gridRows = 1
        while gridRows <= channels {
            let height = frame.channelPanelHeight(gridRows: gridRows, panel: panel)
            guard height <= panelRows else { break }
            let perRow = (channels + gridRows - 1) / gridRows
            // Rows of grids that this many per row actually needs (5 channels, 4 rows → 2 per row → 3 rows).
            let needed = (channels + perRow - 1) / perRow
            if needed == gridRows { wraps.append((perRow, width(perRow), height)) }
            gridRows += 1
        }
        return wraps
    }
}

extension Frame {
    /// A panel's size as drawn by this frame, with its grids wrapped as the frame says (and,
    /// with `indicatorRows` false, without the indicator lines of a window).
    func panelSize(_ panel: PanelLayout.Panel, indicatorRows: Bool = true) -> (width: Int, height: Int) {
        let lines = indicatorRows ? indicatorLines(panel) : 0
        func perRow(_ wrap: Int, _ channels: Int) -> Int { max(1, min(wrap, channels)) }
        switch panel {
        case .input:
            let count = perRow(inputGridsPerRow, windows.inputChannels.count)
            return (
                inputPanelWidth(channels: count, columns: windows.columns.count),
                ((windows.inputChannels.count + count - 1) / count) * (windows.rows.count + 1) + 2 + lines
            )
        case .kernels:
            return (kernelPanelWidth(channels: windows.kernelChannels.count), windows.kernelRows.count + 3 + lines)
        case .output:
            let count = perRow(outputGridsPerRow, windows.outputChannels.count)
            return (
                outputPanelWidth(channels: count, columns: windows.columns.count),
                ((windows.outputChannels.count + count - 1) / count) * (windows.rows.count + 1) + 2 + lines
            )
        }
    }
}
