import PointwiseCore

/// The lines of the last few panels, so a key press rebuilds only the lines that show the
/// learner's place.
///
/// A key press mostly moves the highlight: the current term's brackets, the current pixel, the
/// current channel's and kernel's labels. Every other line of a panel is the same as in the
/// frame before, and formatting its numbers again was about a fifth of a key press on a big
/// lesson. So a panel's lines are remembered under everything they are made from except the
/// place, and the lines that show the place — the label lines, the current pixel's row, the
/// current kernel's row — are built afresh for every frame and put over the remembered ones.
/// Answers are only ever what building would give, so the screen stays a function of the state
/// and the size.
final class PanelLinesMemo: Sendable {
    /// The one memo every frame uses; tests running at once share it under its lock.
    static let shared = PanelLinesMemo()

    /// Three panels, and a few more for going back and forth between two pages or two lessons.
    static let capacity = 6

    /// What a panel's lines other than its place lines are made from.
    struct Key: Equatable, Sendable {
        let panel: PanelLayout.Panel
        /// The tensors whose numbers the panel shows, by storage (see `SameTensor`).
        let tensors: [SameTensor]
        let activation: Activation
        /// The windows the panel shows (channels, rows, columns; or channels and kernels).
        let spans: [Span]
        let perRow: Int
        let cellWidth: Int
        let labelWidth: Int
        let spacing: Int
        let symbols: SymbolsKey
        /// The row of the current pixel (the kernel, for the kernel panel): which output values
        /// are finished on the other rows depends on it. Nil before the first step, with
        /// `position` saying so.
        let place: Int?
        let position: Int?
    }

    /// The symbols a panel's cells are drawn with, compared by what the cells use of them.
    struct SymbolsKey: Equatable, Sendable {
        let numberStyle: DecimalFormatter.Style
        let pending: String
        let partial: String
        let markLeft: String
        let markRight: String

        init(_ symbols: Symbols) {
            numberStyle = symbols.numberStyle
            pending = symbols.pending
            partial = symbols.partial
            markLeft = symbols.markLeft
            markRight = symbols.markRight
        }
    }

    /// A tensor compared by the storage of its units: the memo keeps the tensor, so its storage
    /// cannot be freed and reused while the key lives, and storage that two values share cannot
    /// be changed in place (copy on write), so the same storage means the same numbers. Comparing
    /// the numbers themselves would cost as much as the lines the memo saves.
    struct SameTensor: Equatable, Sendable {
        let tensor: Tensor

        static func == (lhs: SameTensor, rhs: SameTensor) -> Bool {
            let one = lhs.tensor
            let other = rhs.tensor
            guard one.channels == other.channels, one.height == other.height, one.width == other.width, one.scale == other.scale
            else { return false }
            let first = one.units.withUnsafeBufferPointer { $0.baseAddress }
            let second = other.units.withUnsafeBufferPointer { $0.baseAddress }
            return first == second
        }
    }

    /// A convolution's three tensors by storage (`SameTensor`): what the memos of things made
    /// from a lesson's numbers (cell widths, the formula's texts) compare, in a few words.
    struct SameTensors: Equatable, Sendable {
        let input: SameTensor
        let weights: SameTensor
        let bias: SameTensor?

        init(_ convolution: PointwiseConvolution) {
            input = SameTensor(tensor: convolution.input)
            weights = SameTensor(tensor: convolution.kernels.weights)
            bias = convolution.kernels.bias.map(SameTensor.init)
        }
    }

    /// A panel's lines as built, with each line's width: measuring the lines again each frame
    /// walked every run of the panel (a few hundred kilobytes) for one number.
    private struct Remembered: Sendable {
        let block: Block
        let widths: [Int]
    }

    private let results = RecentResults<Key, Remembered>(capacity: PanelLinesMemo.capacity)

    /// The panel's lines for `key`, and the widest line's columns, with the lines at
    /// `placeLines` built afresh by `line`: the other lines are remembered ones when this key was
    /// asked for lately, else built by `line` and remembered.
    func block(for key: Key, lineCount: Int, placeLines: [Int], line: (Int) -> [Run]) -> (block: Block, width: Int) {
        var built = false
        let remembered = results.value(for: key) {
            built = true
            let lines = (0..<lineCount).map(line)
            return Remembered(block: Block(lines: lines), widths: lines.map(Block.width(of:)))
        }
        guard !built else { return (remembered.block, remembered.widths.max() ?? 0) }
        var block = remembered.block
        var width = 0
        for (index, lineWidth) in remembered.widths.enumerated() where !placeLines.contains(index) { width = max(width, lineWidth) }
        for index in placeLines where block.lines.indices.contains(index) {
            block.lines[index] = line(index)
            width = max(width, Block.width(of: block.lines[index]))
        }
        return (block, width)
    }

    /// Forgets every panel's lines: the next frame builds them all (tests compare that frame with
    /// one built from remembered lines).
    func removeAll() { results.removeAll() }
}
