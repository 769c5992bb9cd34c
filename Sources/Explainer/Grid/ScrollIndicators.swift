import LessonKit
import PointwiseCore
import Synchronization

/// The words and arrows that say what a panel's window hides: `channels 1–3 of 192 ▸`.
///
/// One vocabulary in every panel and view: `channels` (of the input, of the output, and the
/// kernel panel's weight columns), `rows` and `columns` of the grids, `kernels` (the kernel
/// panel's rows); in Chinese 通道, 列, 欄 and 核. An arrow points to where more is hidden (`◂ ▸`
/// across, `▴ ▾` down the grid; `< > ^ v` in ASCII). A panel with a window makes room for its
/// indicators, a line each when they do not share one, so none is ever cut or left out.
struct ScrollIndicator {
    enum Dimension { case channels, rows, columns, kernels }

    let dimension: Dimension
    let span: Span

    /// The text; nil when nothing is hidden.
    ///
    /// A frame of a big lesson shows up to eight of them, and filling the catalogue's template
    /// was a fortieth of a key press; the last few are remembered (`IndicatorTexts`), since a
    /// press seldom moves a window.
    func text(language: InterfaceLanguage, symbols: Symbols) -> String? {
        guard !span.isWhole else { return nil }
        let key = IndicatorTexts.Key(dimension: dimension, span: span, language: language, style: symbols.numberStyle)
        return IndicatorTexts.shared.results.value(for: key) {
            let first = span.start + 1
            let last = span.start + span.count
            return compose(
                range: first == last ? "\(first)" : "\(first)–\(last)", before: span.hidesBefore, after: span.hidesAfter,
                language: language, symbols: symbols)
        }
    }

    /// The widest the text can be for this dimension, wherever the window is: both arrows and
    /// a range of the largest numbers. Layouts are worked out with it, so they never depend on
    /// where the cursor is.
    ///
    /// It depends only on the dimension, the total, the language and the symbols' style, and a
    /// too-small screen's search for its minimum lays a big lesson out dozens of times, asking
    /// for it thousands of times: so each is worked out once (`WidestIndicators`).
    func widestColumns(language: InterfaceLanguage, symbols: Symbols) -> Int {
        WidestIndicators.shared.columns(
            for: WidestIndicators.Key(dimension: dimension, total: span.total, language: language, style: symbols.numberStyle)
        ) {
            TextWidth.columns(
                of: compose(range: "\(span.total)–\(span.total)", before: true, after: true, language: language, symbols: symbols))
        }
    }

    private func compose(range: String, before: Bool, after: Bool, language: InterfaceLanguage, symbols: Symbols) -> String {
        let vertical = dimension == .rows || dimension == .kernels
        let lead = before ? (vertical ? symbols.moreAbove : symbols.moreLeft) + " " : ""
        let trail = after ? " " + (vertical ? symbols.moreBelow : symbols.moreRight) : ""
        let key: TextKey =
            switch dimension {
            case .channels: .hiddenChannels
            case .rows: .hiddenRows
            case .columns: .hiddenColumns
            case .kernels: .hiddenKernels
            }
        let words = Catalogue.text(key, language, ["range": range, "total": "\(span.total)"])
        return symbols.adapt(lead + words + trail)
    }

    /// How many lines `lines` makes, without making their texts: layouts only count them.
    static func lineCount(_ indicators: [ScrollIndicator], width: Int, language: InterfaceLanguage, symbols: Symbols) -> Int {
        var count = 0
        var used = 0
        for indicator in indicators where !indicator.span.isWhole {
            let widest = indicator.widestColumns(language: language, symbols: symbols)
            if count == 0 || used + 2 + widest > width {
                count += 1
                used = widest
            } else {
                used += 2 + widest
            }
        }
        return count
    }

    /// The hidden ones of `indicators` in lines of at most `width` columns, two spaces apart,
    /// packed by their widest texts so the number of lines never depends on the cursor.
    static func lines(_ indicators: [ScrollIndicator], width: Int, language: InterfaceLanguage, symbols: Symbols) -> [String] {
        var lines: [String] = []
        var used = 0
        for indicator in indicators {
            guard let text = indicator.text(language: language, symbols: symbols) else { continue }
            let widest = indicator.widestColumns(language: language, symbols: symbols)
            if lines.isEmpty || used + 2 + widest > width {
                lines.append(text)
                used = widest
            } else {
                lines[lines.count - 1] += "  " + text
                used += 2 + widest
            }
        }
        return lines
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

/// The widest text of each kind of indicator, worked out once per process: a small table shared
/// by every frame (and by tests running at once, under its lock).
final class WidestIndicators: Sendable {
    static let shared = WidestIndicators()

    struct Key: Hashable, Sendable {
        let dimension: ScrollIndicator.Dimension
        let total: Int
        let language: InterfaceLanguage
        let style: DecimalFormatter.Style
    }

    private let table = Mutex<[Key: Int]>([:])

    /// The columns for `key`: remembered, or measured by `measure` and remembered. A table
    /// past a few thousand kinds (lessons reloaded with ever new sizes) starts again.
    func columns(for key: Key, measure: () -> Int) -> Int {
        if let known = table.withLock({ $0[key] }) { return known }
        let columns = measure()
        table.withLock { table in
            if table.count > 4096 { table.removeAll() }
            table[key] = columns
        }
        return columns
    }
}

/// The texts of the last few indicators drawn, and the lines they were shown in: what a window
/// hides changes only when it moves.
final class IndicatorTexts: Sendable {
    static let shared = IndicatorTexts()

    /// What an indicator's text is made from (the symbols only by their style: the arrows and
    /// the ASCII transliteration follow it).
    struct Key: Equatable, Sendable {
        let dimension: ScrollIndicator.Dimension
        let span: Span
        let language: InterfaceLanguage
        let style: DecimalFormatter.Style
    }

    /// Three panels' indicators (eight at most), and as many again from the frame before.
    let results = RecentResults<Key, String>(capacity: 16)

    /// The lines a panel shows its indicators in, by their texts: three panels', twice.
    let lines = RecentResults<[String], [[Run]]>(capacity: 6)
}
