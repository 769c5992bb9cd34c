import LessonKit
import PointwiseCore
import ScreenCore
import TestSupport
import Testing

@testable import Explainer

/// The lesson's Markdown as the learner sees it: attributes on screen, plain words everywhere
/// else, and wrapping that counts the words shown.
@Suite("Markdown on the screen")
struct MarkdownScreenTests {
    private static func lesson(_ introduction: String, language: String = "en") throws -> Lesson {
        let text = LessonFixtures.frontMatter(language: language) + "## introduction\n" + introduction
        return try #require(LessonReader.read(text: text).lesson)
    }

    /// Every screen row holding `word`, with the style of each of its cells.
    private static func cells(of word: String, in screen: Screen) -> [[CellStyle]] {
        var found: [[CellStyle]] = []
        for (row, line) in screen.lines().enumerated() {
            guard let range = line.range(of: word) else { continue }
            let column = TextWidth.columns(of: String(line[..<range.lowerBound]))
            let width = TextWidth.columns(of: word)
            found.append((column..<(column + width)).compactMap { screen.cell(row: row, column: $0)?.style })
        }
        return found
    }

    @Test("bold, emphasis and code are drawn bold, underlined and in reverse video, without their markers")
    func attributes() throws {
        let lesson = try Self.lesson("Each **output** is a *linear combination*, `out_i = Σ_j w_ij·x_j`, and `2 * 3` is six.")
        let screen = ExplainerRenderer.render(state(lesson), width: 80, height: 24)
        let lines = screen.lines().joined(separator: "\n")
        #expect(lines.contains("Each output is a linear combination, out_i = Σ_j w_ij·x_j, and 2 * 3 is six."))
        #expect(!lines.contains("**") && !lines.contains("`"))
        #expect(Self.cells(of: "output is", in: screen).first?.map(\.bold) == [true, true, true, true, true, true, false, false, false])
        #expect(Self.cells(of: "linear combination", in: screen).first?.allSatisfy { $0.underline && !$0.bold } == true)
        #expect(Self.cells(of: "2 * 3", in: screen).first?.allSatisfy { $0.reverse } == true)
        expectSnapshot(screen.ansiLines(colors: false).joined(separator: "\n") + "\n", named: "markdown-80x24-nocolor")
    }

    @Test("a phrase that wraps keeps its attribute on both lines, and widths leave the markers out")
    func wrapping() throws {
        // 20 columns of words once the markers are gone: exactly one line of 20, then the rest.
        let text = RichText(markdown: "**abcd efgh** ijk *lm* nopq rst uvw")
        let lines = TextWrapper.wrap(text, width: 20)
        #expect(lines.map { $0.map(\.text).joined() } == ["abcd efgh ijk lm", "nopq rst uvw"])
        let bold = RichText(markdown: "one two **three four five six** seven")
        let wrapped = TextWrapper.wrap(bold, width: 14)
        #expect(wrapped.map { $0.map(\.text).joined() } == ["one two three", "four five six", "seven"])
        #expect(wrapped[0].last.map { $0.text == "three" && $0.style.bold } == true)
        #expect(wrapped[1].allSatisfy { $0.style.bold })
        #expect(wrapped[2].allSatisfy { !$0.style.bold })
    }

    @Test("Chinese in bold wraps between characters and stays bold on each line")
    func chinese() throws {
        let lesson = try Self.lesson("一般文字，**逐點卷積在每一個位置把所有輸入通道做線性組合**，其餘照常。", language: "zh-TW")
        let screen = ExplainerRenderer.render(state(lesson), width: 40, height: 30)
        let rows = screen.lines().filter { $0.contains("逐點") || $0.contains("線性") }
        #expect(rows.count == 2, "\(rows)")
        #expect(Self.cells(of: "逐點卷積", in: screen).first?.allSatisfy(\.bold) == true)
        #expect(Self.cells(of: "線性組合", in: screen).first?.allSatisfy(\.bold) == true)
        #expect(Self.cells(of: "一般文字", in: screen).first?.contains(where: \.bold) == false)
    }

    @Test("list items are lines of their own, wrapped under their words")
    func lists() throws {
        let text = RichText(markdown: "Points:\n- the depth changes here\n- height and width do not")
        #expect(
            TextWrapper.wrap(text, width: 16).map { $0.map(\.text).joined() } == [
                "Points:", "", "- the depth", "  changes here", "- height and", "  width do not",
            ])
    }

    @Test("render and print show the words without markers")
    func plainOutputs() throws {
        let lesson = try Self.lesson("A **bold** claim, *stressed*, with `code`.\n- an item")
        #expect(text(state(lesson), 80, 24).contains(" A bold claim, stressed, with code.\n\n - an item"))
        #expect(WalkthroughPrinter.text(lesson, style: .unicode).contains("\nA bold claim, stressed, with code.\n\n- an item\n"))
    }

    @Test(
        "hostile text costs about what plain text of the same length does",
        arguments: [
            String(repeating: "*", count: 10_000) + String(repeating: "a ", count: 27_768),
            String(repeating: "**a", count: 21_845), String(repeating: "*a ", count: 21_845), String(repeating: "`a", count: 32_768),
            "a`" + String(repeating: "*a*b", count: 16_383),
        ])
    func hostile(text: String) {
        // The same characters with every marker made a letter: no Markdown to read at all.
        let plain = String(text.map { $0 == "*" || $0 == "`" ? "x" : $0 })
        let clock = ContinuousClock()
        let plainTime = clock.measure { _ = TextWrapper.wrap(RichText(markdown: plain), width: 78) }
        let markedTime = clock.measure { _ = TextWrapper.wrap(RichText(markdown: text), width: 78) }
        #expect(markedTime < max(.milliseconds(500), plainTime * 3), "\(markedTime) against \(plainTime) plain, for \(text.prefix(12))…")
    }
}
