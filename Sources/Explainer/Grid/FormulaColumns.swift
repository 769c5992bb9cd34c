import PointwiseCore
import Synchronization

/// The texts of the formula's columns for the pixel and kernel shown last: `w13·x3` over
/// `0.35·0.51`, and each one's width.
///
/// A key press that steps to the next term of the same sum shows the same columns with the
/// highlight moved; making their texts again (names, numbers, widths) was most of the formula's
/// cost, and after the learner's pause that code runs cold. The texts depend only on what the
/// key holds, so the formula is what making them afresh gives.
final class FormulaColumns: Sendable {
    /// The one memo every frame uses; tests running at once share it under its lock.
    static let shared = FormulaColumns()

    /// One column's texts and the columns they take.
    struct Texts: Sendable {
        let symbolic: String
        let numeric: String
        let width: Int

        init(symbolic: String, numeric: String) {
            self.symbolic = symbolic
            self.numeric = numeric
            width = max(TextWidth.columns(of: symbolic), TextWidth.columns(of: numeric))
        }
    }

    /// What the texts are made from: the tensors (by storage, `PanelLinesMemo.SameTensors`),
    /// the kernel and the pixel, and the symbols that write them.
    struct Key: Equatable, Sendable {
        let tensors: PanelLinesMemo.SameTensors
        let kernel: Int
        let row: Int
        let column: Int
        let times: String
        let numberStyle: DecimalFormatter.Style

        init(convolution: PointwiseConvolution, step: WalkStep, symbols: Symbols) {
            tensors = PanelLinesMemo.SameTensors(convolution)
            kernel = step.kernel
            row = step.row
            column = step.column
            times = symbols.times
            numberStyle = symbols.numberStyle
        }
    }

    private let last = Mutex<(key: Key, texts: [Int: Texts])?>(nil)

    /// The texts made lately for this key's columns, by column (none for another key).
    func texts(for key: Key) -> [Int: Texts] {
        last.withLock { $0?.key == key ? $0?.texts ?? [:] : [:] }
    }

    /// Keeps the texts of this key's columns, in place of another key's.
    func remember(_ texts: [Int: Texts], for key: Key) {
        last.withLock { $0 = (key, texts) }
    }

    /// Forgets the texts (tests compare formulas made afresh with remembered ones).
    func removeAll() {
        last.withLock { $0 = nil }
    }
}
