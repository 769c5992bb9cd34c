import LessonKit
import PointwiseCore

/// Fits windows of a lesson larger than the screen: how many channels, columns, kernels and rows
/// each panel shows, for the first arrangement that shows enough.
///
/// Widths are worked out arithmetically (`Frame.inputPanelWidth` and the others mirror how the
/// panels are drawn), so fitting formats no number: it costs a few hundred additions, whatever
/// the lesson's size. Windows grow in turn — a column of the pixel window, an input channel, a
/// weight column, an output channel — while the arrangement still fits the width; rows then
/// take the height that is left.
extension ExplainerRenderer {
    /// Whether building a lesson's whole panels costs no more than the screen: a lesson with more
    /// values in a panel than the screen has cells cannot fit whole, and building its panels
    /// would cost O(tensor), so it goes straight to windows. Lessons that fit are never refused,
    /// so they are drawn exactly as before.
    static func wholeLessonCouldFit(_ shape: ConvolutionShape, width: Int, height: Int) -> Bool {
        let cells = max(0, width) * max(0, height)
        let (plane, overflow1) = shape.height.multipliedReportingOverflow(by: shape.width)
        let (inputCells, overflow2) = plane.multipliedReportingOverflow(by: shape.inChannels)
        let (outputCells, overflow3) = plane.multipliedReportingOverflow(by: shape.outChannels)
        let (weights, overflow4) = shape.inChannels.multipliedReportingOverflow(by: shape.outChannels)
        guard !(overflow1 || overflow2 || overflow3 || overflow4) else { return false }
        return inputCells <= cells && outputCells <= cells && weights <= cells
    }

    /// The windowed frame and panels that fit `width` columns and `panelRows` rows, or the
    /// smallest size that would fit them.
    static func windowedLayout(
        state: ExplainerState, widths: CellWidths, width: Int, panelRows: Int, building: Bool = true
    ) -> Result<(Frame, PanelLayout), SizeNeeded> {
        let measuring = Frame(state: state, spacing: 1, widths: widths, windows: .whole(state.walk.shape))
        let shape = measuring.shape
        var fallback: WindowSizes?
        var fallbackArrangement = PanelLayout.Arrangement.row
        var smallest: SizeNeeded?
        for arrangement in [PanelLayout.Arrangement.row, .inputAbove, .column] {
            let minimum = sizes(measuring, arrangement, width: Int.max, panelRows: Int.max, grow: false)
            if let minimum {
                let needed = SizeNeeded(width: neededWidth(measuring, arrangement, minimum), panelRows: neededRows(arrangement, minimum))
                if smallest.map({ needed.width + needed.panelRows < $0.width + $0.panelRows }) ?? true { smallest = needed }
            }
            guard let fitted = sizes(measuring, arrangement, width: width, panelRows: panelRows, grow: true) else { continue }
            let showsEnough =
                fitted.inputChannels >= min(2, shape.inChannels) && fitted.columns >= min(2, shape.width)
                && fitted.rows >= min(3, shape.height)
            if showsEnough {
                return .success(layout(state, measuring, fitted, arrangement, width: width, building: building))
            }
            if fallback == nil {
                fallback = fitted
                fallbackArrangement = arrangement
            }
        }
        if let fallback { return .success(layout(state, measuring, fallback, fallbackArrangement, width: width, building: building)) }
        return .failure(smallest ?? SizeNeeded(width: width, panelRows: panelRows))
    }

    /// A size the windowed panels need: columns, and rows for the panels alone.
    struct SizeNeeded: Error {
        let width: Int
        let panelRows: Int
    }

    /// The frame with windows of `sizes` around the learner's place, and its panels; `measuring`
    /// is the frame the sizes were fitted with (the whole lesson, windowed).
    private static func layout(
        _ state: ExplainerState, _ measuring: Frame, _ sizes: WindowSizes, _ arrangement: PanelLayout.Arrangement, width: Int,
        building: Bool
    ) -> (Frame, PanelLayout) {
        // The measuring frame, placed: the same state, spacing and widths, so nothing is measured again.
        var frame = measuring
        frame.windows = measuring.windows(sizes: sizes)
        return (frame, PanelLayout(frame: frame, width: width, arrangement: arrangement, building: building))
    }

    /// The window sizes for an arrangement: the smallest (`grow: false`), or grown to fill the
    /// width and height; nil when even the smallest does not fit.
    private static func sizes(_ frame: Frame, _ arrangement: PanelLayout.Arrangement, width: Int, panelRows: Int, grow: Bool)
        -> WindowSizes?
    {
        let shape = frame.shape
        var sizes = WindowSizes(inputChannels: 1, rows: 1, columns: 1, kernelRows: 1, kernelChannels: 1, outputChannels: 1)
        guard neededWidth(frame, arrangement, sizes) <= width else { return nil }
        if grow {
            // Grow the across-the-screen windows in turn while the arrangement fits: the pixel
            // window's columns, the input channels, the kernels' channels, the output channels.
            var grew = true
            while grew {
                grew = false
                for growth in 0..<4 {
                    var trial = sizes
                    switch growth {
                    case 0 where sizes.columns < shape.width: trial.columns += 1
                    case 1 where sizes.inputChannels < shape.inChannels: trial.inputChannels += 1
                    case 2 where sizes.kernelChannels < shape.inChannels: trial.kernelChannels += 1
                    case 3 where sizes.outputChannels < shape.outChannels: trial.outputChannels += 1
                    default: continue
                    }
                    if neededWidth(frame, arrangement, trial) <= width {
                        sizes = trial
                        grew = true
                    }
                }
            }
            // Then the rows: the pixel window's rows and the kernels, as the height allows, after
            // each panel's frame, label row and indicator lines (counted as if the rows and the
            // kernels were cut too, so the panels drawn are never taller than planned).
            var cut = sizes
            cut.rows = min(1, shape.height - 1)
            cut.kernelRows = min(1, shape.outChannels - 1)
            var trial = frame
            trial.windows = frame.windows(
                sizes: WindowSizes(
                    inputChannels: cut.inputChannels, rows: max(1, cut.rows), columns: cut.columns,
                    kernelRows: max(1, cut.kernelRows), kernelChannels: cut.kernelChannels, outputChannels: cut.outputChannels))
            let extraInput = Frame.chromeRows + trial.indicatorLines(.input)
            let extraKernels = Frame.chromeRows + trial.indicatorLines(.kernels)
            let extraOutput = Frame.chromeRows + trial.indicatorLines(.output)
            switch arrangement {
            case .row:
                sizes.rows = min(shape.height, panelRows - max(extraInput, extraOutput))
                sizes.kernelRows = min(shape.outChannels, panelRows - extraKernels)
            case .inputAbove:
                sizes.rows = min(shape.height, (panelRows - extraInput - extraOutput) / 2)
                sizes.kernelRows = min(shape.outChannels, panelRows - extraInput - sizes.rows - extraKernels)
            case .column, .kernelsAbove, .outputBelow:
                sizes.rows = min(shape.height, (panelRows - extraInput - extraKernels - extraOutput - 1) / 2)
                sizes.kernelRows = min(shape.outChannels, panelRows - extraInput - extraKernels - extraOutput - 2 * sizes.rows)
            }
            guard sizes.rows >= 1, sizes.kernelRows >= 1 else { return nil }
        }
        return sizes
    }

    private static func neededWidth(_ frame: Frame, _ arrangement: PanelLayout.Arrangement, _ sizes: WindowSizes) -> Int {
        let input = frame.inputPanelWidth(channels: sizes.inputChannels, columns: sizes.columns)
        let kernels = frame.kernelPanelWidth(channels: sizes.kernelChannels)
        let output = frame.outputPanelWidth(channels: sizes.outputChannels, columns: sizes.columns)
        return arrangement.size { panel in
            switch panel {
            case .input: (input, 0)
            case .kernels: (kernels, 0)
            case .output: (output, 0)
            }
        }.width
    }

    private static func neededRows(_ arrangement: PanelLayout.Arrangement, _ sizes: WindowSizes) -> Int {
        // A panel's frame and header, and the one indicator line a windowed panel has at least.
        let extra = Frame.chromeRows + 1
        switch arrangement {
        case .row: return extra + max(sizes.rows, sizes.kernelRows)
        case .inputAbove: return 2 * extra + sizes.rows + max(sizes.rows, sizes.kernelRows)
        case .column, .kernelsAbove, .outputBelow: return 3 * extra + 2 * sizes.rows + sizes.kernelRows
        }
    }
}
