import LessonKit
import PointwiseCore

/// The words and arrows that say what a panel's window hides: `channels 1–3 of 192 ▸`.
///
/// An arrow points to where more is hidden (`◂ ▸` across, `▴ ▾` down the grid; `< > ^ v` in
/// ASCII). Each indicator has a long form and a short one (`ch 1–3/192 ▸`); a panel uses the
/// long forms when they fit its width, and shorter ones when they do not.
struct ScrollIndicator {
    enum Dimension { case channels, rows, columns, kernels, outputs }

    let dimension: Dimension
    let span: Span

    /// The text in the given form; nil when nothing is hidden.
    func text(long: Bool, language: InterfaceLanguage, symbols: Symbols) -> String? {
        guard !span.isWhole else { return nil }
        let vertical = dimension == .rows || dimension == .kernels
        let before = span.hidesBefore ? (vertical ? symbols.moreAbove : symbols.moreLeft) + " " : ""
        let after = span.hidesAfter ? " " + (vertical ? symbols.moreBelow : symbols.moreRight) : ""
        let first = span.start + 1
        let last = span.start + span.count
        let range = first == last ? "\(first)" : "\(first)–\(last)"
        let words: String
        switch (language, long) {
        case (.english, true):
            let noun = switch dimension {
            case .channels: "channels"
            case .rows: "rows"
            case .columns: "columns"
            case .kernels: "kernels"
            case .outputs: "outputs"
            }
            words = "\(noun) \(range) of \(span.total)"
        case (.english, false):
            let noun = switch dimension {
            case .channels: "ch"
            case .rows: "r"
            case .columns: "c"
            case .kernels: "k"
            case .outputs: "out"
            }
            words = "\(noun) \(range)/\(span.total)"
        case (.traditionalChinese, true):
            let noun = switch dimension {
            case .channels: "通道"
            case .rows: "列"
            case .columns: "行"
            case .kernels: "核"
            case .outputs: "輸出通道"
            }
            words = "\(noun) \(range)（共 \(span.total)）"
        case (.traditionalChinese, false):
            let noun = switch dimension {
            case .channels: "通道"
            case .rows: "列"
            case .columns: "行"
            case .kernels: "核"
            case .outputs: "輸出"
            }
            words = "\(noun) \(range)/\(span.total)"
        }
        return symbols.adapt(before + words + after)
    }

    /// The indicators joined on one line of at most `width` columns: long forms if they fit,
    /// else short ones, else as many short ones as fit.
    static func line(_ indicators: [ScrollIndicator], width: Int, language: InterfaceLanguage, symbols: Symbols) -> String {
        for long in [true, false] {
            let text = indicators.compactMap { $0.text(long: long, language: language, symbols: symbols) }.joined(separator: "  ")
            if TextWidth.columns(of: text) <= width { return text }
        }
        var text = ""
        for part in indicators.compactMap({ $0.text(long: false, language: language, symbols: symbols) }) {
            let candidate = text.isEmpty ? part : text + " " + part
            guard TextWidth.columns(of: candidate) <= width else { break }
            text = candidate
        }
        return text
    }
}

extension Symbols {
    /// Points to hidden items on the right.
    var moreRight: String { numberStyle == .ascii ? ">" : "▸" }
    /// Points to hidden items on the left.
    var moreLeft: String { numberStyle == .ascii ? "<" : "◂" }
    /// Points to hidden items below.
    var moreBelow: String { numberStyle == .ascii ? "v" : "▾" }
    /// Points to hidden items above.
    var moreAbove: String { numberStyle == .ascii ? "^" : "▴" }
}
