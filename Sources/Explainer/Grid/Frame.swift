import LessonKit
import PointwiseCore

/// What one frame shows, worked out once from the state and shared by the panels.
///
/// A frame is copied often (each trial of a window's size, each closure that draws a column), so
/// what it shares with every copy — the state, the symbols, the words, the convolution — sits in
/// one object (`Basis`): copying the frame retains that object once instead of every string and
/// array inside the state, which was a twelfth of a key press on a big lesson.
struct Frame {
    /// The parts of a frame that every copy of it shares.
    final class Basis: Sendable {
        let state: ExplainerState
        let symbols: Symbols
        let labels: Labels
        let convolution: PointwiseConvolution

        init(state: ExplainerState) {
            self.state = state
            self.symbols = state.symbols
            self.labels = state.labels
            self.convolution = state.walk.convolution
        }
    }

    let basis: Basis
    var state: ExplainerState { basis.state }
    var symbols: Symbols { basis.symbols }
    var labels: Labels { basis.labels }
    var convolution: PointwiseConvolution { basis.convolution }
    let shape: ConvolutionShape
    let step: WalkStep?
    /// The input channel of the current term, when the step is a term.
    let currentInputChannel: Int?
    /// Columns between grid cells; the current term's brackets sit in them.
    var spacing: Int
    /// How wide each panel's cells are (measured for small lessons, bounded for big ones).
    var widths: CellWidths
    /// How many channel grids the input panel puts side by side before starting a new row of
    /// grids (2×3 instead of 1×5 when that fits the screen better).
    var inputGridsPerRow = Int.max
    /// The same for the output panel.
    var outputGridsPerRow = Int.max
    /// What each panel shows: everything, or a window around the cursor.
    var windows: PanelWindows
    /// True when the panels show windows with indicators of what is hidden.
    let isWindowed: Bool
    /// Widths of the panels' titles and widest labels, measured once for the fitting of windows.
    private(set) var measures: PanelMeasures

    /// A frame showing every value, or the given windows of a lesson larger than the screen.
    init(state: ExplainerState, spacing: Int, widths: CellWidths? = nil, windows: PanelWindows? = nil) {
        let basis = Basis(state: state)
        self.basis = basis
        self.shape = basis.convolution.shape
        self.step = state.walk.step
        if let step = state.walk.step, case .term(let channel) = step.kind {
            currentInputChannel = channel
        } else {
            currentInputChannel = nil
        }
        self.spacing = spacing
        self.widths = widths ?? CellWidths(convolution: basis.convolution, symbols: basis.symbols)
        self.windows = windows ?? .whole(basis.convolution.shape)
        self.isWindowed = windows != nil
        self.measures = PanelMeasures(inputTitle: 0, kernelTitle: 0, outputTitle: 0, inputLabel: 0, outputLabel: 0)
        let key = PanelMeasures.Key(self)
        measures = PanelMeasures.recent.value(for: key) { measured() }
    }

    /// The widths of the titles, labels and (in a window) the widest indicators, measured.
    private func measured() -> PanelMeasures {
        var measures = PanelMeasures(
            inputTitle: TextWidth.columns(of: inputTitle), kernelTitle: TextWidth.columns(of: kernelTitle),
            outputTitle: TextWidth.columns(of: outputTitle), inputLabel: TextWidth.columns(of: Names.input(shape.inChannels - 1)),
            outputLabel: TextWidth.columns(of: Names.output(shape.outChannels - 1)))
        if isWindowed {
            // The widest indicators depend only on the shape: measured once, not per trial width.
            measures.inputIndicator = indicatorWidth(.input)
            measures.kernelIndicator = indicatorWidth(.kernels)
            measures.outputIndicator = indicatorWidth(.output)
        }
        return measures
    }

    func number(_ value: ExactDecimal) -> String {
        DecimalFormatter.format(value, style: symbols.numberStyle)
    }

    func isCurrentPixel(row: Int, column: Int) -> Bool {
        step.map { $0.row == row && $0.column == column } ?? false
    }

    /// One grid row: cells right-aligned to `cellWidth`, `spacing` columns apart; the marked cell
    /// gets brackets hugging its text (in its padding or the gap beside it).
    func gridRow(_ cells: [Run], cellWidth: Int, marked: Int?) -> [Run] {
        var runs: [Run] = []
        runs.reserveCapacity(2 * cells.count + 2)
        _ = appendGridRow(cells, cellWidth: cellWidth, marked: marked, to: &runs)
        return runs
    }

    /// `gridRow` appended to a line being built, without a line of its own in between; returns
    /// the columns it took.
    func appendGridRow(_ cells: [Run], cellWidth: Int, marked: Int?, to runs: inout [Run]) -> Int {
        var borrowed = 0  // columns of this gap already taken by the previous cell's closing bracket
        var used = 0
        for (index, cell) in cells.enumerated() {
            let padding = max(0, cellWidth - (cell.columns - cell.hanging))
            let lead = spacing - borrowed + padding
            if index == marked {
                let opening = Run(Spaces.of(lead - 1) + symbols.markLeft)
                let closing = Run(symbols.markRight)
                runs.append(opening)
                runs.append(cell)
                runs.append(closing)
                used += opening.columns + cell.columns + closing.columns
                borrowed = 1
            } else {
                let gap = Run(spaces: lead)
                runs.append(gap)
                runs.append(cell)
                used += gap.columns + cell.columns
                borrowed = min(cell.hanging, spacing)
            }
        }
        let end = Run(spaces: spacing - borrowed)
        runs.append(end)
        return used + end.columns
    }
}

/// Widths that every panel-width calculation needs, measured once for a lesson's shape and
/// words: a frame is made several times a key press, and measuring titles and indicators each
/// time was a twentieth of a press on a big lesson.
struct PanelMeasures: Equatable, Sendable {
    /// Everything the measures are made from.
    struct Key: Equatable, Sendable {
        let shape: ConvolutionShape
        let relu: Bool
        let input: String
        let kernels: String
        let output: String
        let separator: String
        let numberStyle: DecimalFormatter.Style
        let language: InterfaceLanguage
        let isWindowed: Bool

        init(_ frame: Frame) {
            shape = frame.shape
            relu = frame.convolution.kernels.activation == .relu
            input = frame.labels.input
            kernels = frame.labels.kernels
            output = frame.labels.output
            separator = frame.symbols.separator
            numberStyle = frame.symbols.numberStyle
            language = frame.state.lesson.interfaceLanguage
            isWindowed = frame.isWindowed
        }
    }

    /// The measures of the last few lessons and views (windowed or whole, Unicode or ASCII).
    static let recent = RecentResults<Key, PanelMeasures>(capacity: 4)

    var inputTitle: Int
    var kernelTitle: Int
    var outputTitle: Int
    /// The widest channel name, `x192`, and output name, `out16`.
    var inputLabel: Int
    var outputLabel: Int
    /// The widest indicator each panel may show in a window (`◂ channels 192–192 of 192 ▸`).
    var inputIndicator = 0
    var kernelIndicator = 0
    var outputIndicator = 0
}
