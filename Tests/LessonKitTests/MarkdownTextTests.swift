import LessonKit
import PointwiseCore
import TestSupport
import Testing

/// The lesson text's Markdown as a teacher writes it: what is read as a marker and what stays
/// literal, checked against spans written out by hand.
@Suite("Markdown in lesson sections")
struct MarkdownTextTests {
    typealias Span = RichText.Span

    /// The spans of one paragraph.
    private static func spans(_ paragraph: String) -> [Span] {
        let text = RichText(markdown: paragraph)
        #expect(text.blocks.count == 1)
        return text.blocks.first?.spans ?? []
    }

    private static let frontMatter = LessonFixtures.frontMatter()

    private static func lesson(_ body: String) throws -> Lesson {
        let result = LessonReader.read(text: frontMatter + body)
        #expect(result.diagnostics.isEmpty)
        return try #require(result.lesson)
    }

    @Test("bold, emphasis and code each mark their words, and the markers are gone")
    func eachMarker() {
        #expect(Self.spans("a **b c** d") == [Span("a "), Span("b c", .strong), Span(" d")])
        #expect(Self.spans("a *b* d") == [Span("a "), Span("b", .emphasis), Span(" d")])
        #expect(Self.spans("sum `w_ij·x_j` here") == [Span("sum "), Span("w_ij·x_j", .code), Span(" here")])
        #expect(Self.spans("***both***") == [Span("both", [.strong, .emphasis])])
    }

    @Test("markers nest, and a code span inside bold is both")
    func nesting() {
        #expect(Self.spans("**a *b* c**") == [Span("a ", .strong), Span("b", [.strong, .emphasis]), Span(" c", .strong)])
        #expect(Self.spans("*a **b** c*") == [Span("a ", .emphasis), Span("b", [.strong, .emphasis]), Span(" c", .emphasis)])
        #expect(Self.spans("**see `x1`**") == [Span("see ", .strong), Span("x1", [.strong, .code])])
        // A closer whose opener is not the innermost: the inner opener stays as written.
        #expect(Self.spans("**a *b** c") == [Span("a *b", .strong), Span(" c")])
    }

    @Test("what has no partner, and what is not one of the three markers, stays literal")
    func literal() {
        for text in [
            "an **unclosed bold", "an *unclosed emphasis", "a `lone backtick", "2 * 3 = 6", "a ** b ** c", "``",
            "_x_ and __y__", "# heading in a section", "[a link](https://example.org)", "**** four", "a*",
            String(repeating: "*", count: 9),
        ] {
            #expect(Self.spans(text) == [Span(text)], "\(text)")
        }
        // A run of four or more is literal; the bold after it still pairs.
        #expect(Self.spans("**** and **b**") == [Span("**** and "), Span("b", .strong)])
    }

    @Test("inside a code span every `*` is literal")
    func codeKeepsStars() {
        #expect(Self.spans("`a * b` and `**x**`") == [Span("a * b", .code), Span(" and "), Span("**x**", .code)])
        #expect(Self.spans("*a `*` b*") == [Span("a ", .emphasis), Span("*", [.emphasis, .code]), Span(" b", .emphasis)])
    }

    @Test("Chinese text takes markers with no spaces around them")
    func chinese() {
        #expect(
            Self.spans("每個位置做**逐點卷積**，也就是*線性組合*。") == [
                Span("每個位置做"), Span("逐點卷積", .strong), Span("，也就是"), Span("線性組合", .emphasis), Span("。"),
            ])
    }

    @Test("`- ` lines are list items, blank lines separate paragraphs, and lines still join")
    func blocks() throws {
        let lesson = try Self.lesson(
            """
            ## introduction
            Three points:
            - the **depth**
              changes
            - height and width do not

            After the list.
            -5 is not an item, and neither is -this.
            """)
        let text = Narration.richText(lesson, at: Walk(lesson.convolution), style: .unicode)
        #expect(text.blocks.map(\.isListItem) == [false, true, true, false])
        #expect(
            text.blocks.map(\.plain) == [
                "Three points:", "the depth changes", "height and width do not",
                "After the list. -5 is not an item, and neither is -this.",
            ])
        #expect(text.blocks[1].spans == [Span("the "), Span("depth", .strong), Span(" changes")])
        #expect(
            Narration.text(lesson, at: Walk(lesson.convolution), style: .unicode)
                == "Three points:\n- the depth changes\n- height and width do not\nAfter the list. -5 is not an item, and neither is -this."
        )
    }

    @Test("placeholders inside markers are filled")
    func placeholders() throws {
        let lesson = try Self.lesson("## term\n{w_name}·{x_name} gives **{product}**, the sum *{sum}*.\n")
        let walk = Walk(lesson.convolution, position: 1)
        let text = Narration.richText(lesson, at: walk, style: .unicode)
        // Step 1: w11·x1 = 1·1 at pixel (1, 1), computed here from the lesson's numbers.
        let product = lesson.convolution.product(kernel: 0, inputChannel: 0, row: 0, column: 0).description
        #expect(
            text.blocks.first?.spans == [
                Span("w11·x1 gives "), Span(product, .strong), Span(", the sum "), Span(product, .emphasis), Span("."),
            ])
    }

    @Test("print writes the words without markers, and a list without blank lines between its items")
    func printed() throws {
        let lesson = try Self.lesson(
            """
            ## introduction
            A **1×1** layer mixes *channels*: `out = W·x`, not `2 * 3`.
            - one
            - two

            Done.
            """)
        for style in [DecimalFormatter.Style.unicode, .ascii] {
            let printed = WalkthroughPrinter.text(lesson, style: style)
            let expected = "A 1x1 layer mixes channels: out = W*x, not 2 * 3.\n\n- one\n- two\n\nDone.\n"
            #expect(
                printed.contains(
                    style == .ascii ? expected : "A 1×1 layer mixes channels: out = W·x, not 2 * 3.\n\n- one\n- two\n\nDone.\n"))
            #expect(!printed.contains("**") && !printed.contains("`"))
        }
        // The JSON carries no section text: nothing of it can leak a marker.
        #expect(!LessonJSON.text(lesson).contains("mixes"))
    }
}
