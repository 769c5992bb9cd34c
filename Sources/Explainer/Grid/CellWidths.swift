import LessonKit
import PointwiseCore
import Synchronization

/// How wide the cells of each panel are, in columns, decided without looking at every value of
/// a big lesson.
///
/// A small lesson (at most `exactLimit` multiplications) measures every value, and every value
/// each sum passes through, so its cells are exactly as wide as needed and nothing shifts as the
/// output fills. A bigger lesson uses bounds known in O(1): the largest magnitude of each tensor
/// (found once when the tensor is made) gives the widest value it can print, and
/// `C_in · max|x| · max|w| + max|b|` bounds every partial sum, the same bound that proves the
/// sums fit 128 bits. A bound may be a few columns wider than the widest value; it never falls
/// short, so a frame costs what the screen shows, not what the lesson holds.
struct CellWidths: Hashable {
    var input: Int
    var kernel: Int
    var output: Int

    /// The most multiplications for which every value is measured.
    static let exactLimit = 4096

    init(convolution: PointwiseConvolution, symbols: Symbols) {
        // Every frame asks; the answer only changes with an edit, a reload or another lesson.
        let key = LastKey(convolution: convolution, symbols: symbols)
        if let known = Self.last.withLock({ $0?.key == key ? $0?.widths : nil }) {
            self = known
            return
        }
        self.init(working: convolution, symbols: symbols)
        let widths = self
        Self.last.withLock { $0 = (key, widths) }
    }

    /// The lesson whose widths were asked for last, by its tensors' storage (which the key keeps,
    /// as `PanelLinesMemo.SameTensors` does) and the symbols: a few words compared, where working
    /// the widths out again ran code a key press otherwise touches cold after the learner's pause.
    private struct LastKey: Equatable, Sendable {
        let tensors: PanelLinesMemo.SameTensors
        let activation: Activation
        let numberStyle: DecimalFormatter.Style
        let pending: String

        init(convolution: PointwiseConvolution, symbols: Symbols) {
            tensors = PanelLinesMemo.SameTensors(convolution)
            activation = convolution.kernels.activation
            numberStyle = symbols.numberStyle
            pending = symbols.pending
        }
    }

    private static let last = Mutex<(key: LastKey, widths: CellWidths)?>(nil)

    /// The widths worked out: measured for a small lesson, bounded for a big one.
    private init(working convolution: PointwiseConvolution, symbols: Symbols) {
        guard LayerCost(convolution).multiplications <= Self.exactLimit else {
            self.init(bounding: convolution, symbols: symbols)
            return
        }
        let key = MeasuredKey(convolution: convolution, numberStyle: symbols.numberStyle, pending: symbols.pending)
        self = Self.measured.value(for: key) { CellWidths(measuring: convolution, symbols: symbols) }
    }

    /// What a small lesson's measured widths depend on.
    private struct MeasuredKey: Equatable, Sendable {
        let convolution: PointwiseConvolution
        let numberStyle: DecimalFormatter.Style
        let pending: String
    }

    /// Widths measured lately: measuring formats every value and every running sum, which was a
    /// sixth of a key press on a small lesson; the numbers only change with an edit or a reload.
    private static let measured = RecentResults<MeasuredKey, CellWidths>(capacity: 4)

    /// Every value, and every value each sum passes through, measured.
    private init(measuring convolution: PointwiseConvolution, symbols: Symbols) {
        let shape = convolution.shape
        let kernels = convolution.kernels
        let style = symbols.numberStyle
        func columns(_ value: ExactDecimal) -> Int { TextWidth.columns(of: DecimalFormatter.format(value, style: style)) }
        let headerWidth = TextWidth.columns(of: Names.input(shape.inChannels - 1))
        let pendingWidth = TextWidth.columns(of: symbols.pending)
        var input = 1
        for channel in 0..<shape.inChannels {
            for row in 0..<shape.height {
                for column in 0..<shape.width {
                    input = max(input, columns(convolution.inputValue(inputChannel: channel, row: row, column: column)))
                }
            }
        }
        var kernel = headerWidth
        for index in 0..<shape.outChannels {
            for channel in 0..<shape.inChannels { kernel = max(kernel, columns(kernels.weight(kernel: index, inputChannel: channel))) }
            if let bias = kernels.bias(kernel: index) { kernel = max(kernel, columns(bias)) }
        }
        var output = pendingWidth
        for index in 0..<shape.outChannels {
            for row in 0..<shape.height {
                for column in 0..<shape.width {
                    for sum in convolution.runningSums(kernel: index, row: row, column: column) { output = max(output, columns(sum)) }
                }
            }
        }
        self.input = input
        self.kernel = kernel
        self.output = output
    }

    /// Bounds known in O(1), for a lesson too big to measure.
    private init(bounding convolution: PointwiseConvolution, symbols: Symbols) {
        let shape = convolution.shape
        let kernels = convolution.kernels
        let headerWidth = TextWidth.columns(of: Names.input(shape.inChannels - 1))
        let pendingWidth = TextWidth.columns(of: symbols.pending)
        let input = convolution.input
        let weights = kernels.weights
        self.input = Self.bound(magnitude: UInt128(input.largestUnitMagnitude), scale: input.scale)
        var kernel = max(headerWidth, Self.bound(magnitude: UInt128(weights.largestUnitMagnitude), scale: weights.scale))
        if let bias = kernels.bias { kernel = max(kernel, Self.bound(magnitude: UInt128(bias.largestUnitMagnitude), scale: bias.scale)) }
        self.kernel = kernel
        // Every partial sum, with the bias, in accumulator units (proven to fit when the
        // convolution was made, so this arithmetic cannot overflow).
        let productScale = input.scale + weights.scale
        let accumulator = convolution.accumulatorScale
        var sumBound =
            UInt128(input.largestUnitMagnitude) * UInt128(weights.largestUnitMagnitude)
            * Self.powerOfTen(accumulator - productScale) * UInt128(shape.inChannels)
        if let bias = kernels.bias {
            sumBound += UInt128(bias.largestUnitMagnitude) * Self.powerOfTen(accumulator - bias.scale)
        }
        self.output = max(pendingWidth, Self.bound(magnitude: sumBound, scale: accumulator))
    }

    /// The widest any value of magnitude at most `magnitude` units at `scale` prints: a minus
    /// sign, the integer digits, and every decimal place.
    static func bound(magnitude: UInt128, scale: Int) -> Int {
        var integerPart = magnitude / powerOfTen(scale)
        var digits = 1
        while integerPart >= 10 {
            integerPart /= 10
            digits += 1
        }
        return 1 + digits + (scale > 0 ? 1 + scale : 0)
    }

    /// `10^exponent` (1 below zero); the scales here are proven to fit, see `init`.
    private static func powerOfTen(_ exponent: Int) -> UInt128 {
        UInt128.powerOfTen(max(0, exponent)) ?? .max
    }
}
