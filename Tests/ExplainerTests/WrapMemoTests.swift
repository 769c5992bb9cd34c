import LessonKit
import PointwiseCore
import ScreenCore
import Testing

@testable import Explainer

/// Wrapping remembered per text and width: a frame gets the lines it would have wrapped itself,
/// whatever was wrapped before it, so the screen stays a function of the state and the size.
@Suite("Wrapped text remembered between frames")
struct WrapMemoTests {
    /// A line as the learner reads it: its words and the style of each run.
    private static func shown(_ lines: [[Run]]) -> [[Shown]] {
        lines.map { line in line.map { Shown(text: $0.text, style: $0.style) } }
    }

    private struct Shown: Equatable {
        let text: String
        let style: CellStyle
    }

    /// Texts that are hard to wrap: decomposed accents, CJK with punctuation and coordinates,
    /// emoji sequences, marked words, a long word, list items.
    private static let texts: [String] = [
        String(repeating: "e\u{301}", count: 300),
        "在位置 (1, 2)，第 1 個卷積核把通道 2 乘上對應的權重：w12·x2 = (−1) · 1 = −1。" + String(repeating: "卷積，", count: 40),
        String(repeating: "\u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467} ", count: 60),
        "A **bold** claim, *stressed*, with `code` at out(3, 12, 4) and (a, b) then " + String(repeating: "w", count: 130),
        "- first item, long enough to wrap onto a second line\n- second\nthen a paragraph",
    ]

    @Test("the lines are the ones wrapping gives, at every width, in any order of asking")
    func sameLines() {
        for text in Self.texts {
            let rich = RichText(markdown: text)
            // Widths up and down, and back again past the memo's capacity, so some answers come
            // from the memo and some are wrapped afresh.
            let widths = Array(1...24) + [78, 40, 9, 78, 40, 9] + Array((1...24).reversed())
            for width in widths {
                let expected = Self.shown(TextWrapper.wrapUnremembered(rich, width: width))
                #expect(Self.shown(TextWrapper.wrap(rich, width: width)) == expected, "width \(width): \(text.prefix(16))…")
                #expect(Self.shown(TextWrapper.wrap(rich, width: width)) == expected, "asked again at \(width)")
            }
        }
    }

    @Test("text that only looks the same is wrapped from its own bytes")
    func ownBytes() {
        // `é` composed and decomposed are equal as Swift strings; the screen draws the bytes
        // the lesson wrote, so each keeps its own.
        let composed = RichText(markdown: String(repeating: "\u{E9}", count: 50))
        let decomposed = RichText(markdown: String(repeating: "e\u{301}", count: 50))
        #expect(composed == decomposed)
        let first = TextWrapper.wrap(composed, width: 20).flatMap { $0.map(\.text) }
        let second = TextWrapper.wrap(decomposed, width: 20).flatMap { $0.map(\.text) }
        #expect(first.allSatisfy { $0.unicodeScalars.allSatisfy { $0 == "\u{E9}" } })
        #expect(second.allSatisfy { $0.unicodeScalars.allSatisfy { $0 == "e" || $0 == "\u{301}" } })
        #expect(first.count == 3 && second.count == 3)
    }

    @Test("a coordinate stays on one line; words in brackets that are not one may break")
    func coordinates() {
        #expect(TextWrapper.wrap("at out(3, 12, 4) now", width: 14) == ["at", "out(3, 12, 4)", "now"])
        #expect(TextWrapper.wrap("(1, 2)", width: 6) == ["(1, 2)"])
        #expect(TextWrapper.wrap("(a, b)", width: 4) == ["(a,", "b)"])
        #expect(TextWrapper.wrap("(é, 2)", width: 4) == ["(é,", "2)"])
    }
}
