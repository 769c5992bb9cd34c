import Explainer
import LessonKit
import PointwiseCore
import Testing

@Suite("The screen")
struct ScreenTests {
    /// The bracketed items of a screen's text, in reading order: `[3]`, `[1]`, `[1·3]`.
    static func marked(_ lines: [String]) -> [String] {
        var items: [String] = []
        for line in lines {
            var rest = line[...]
            while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
                items.append(String(rest[rest.index(after: open)..<close]))
                rest = rest[rest.index(after: close)...]
            }
        }
        return items
    }

    @Test(
        "at every step the input cell, the weight and the formula mark the same term", arguments: ["intro", "fully-connected", "bias-relu"])
    func highlightsAgree(name: String) throws {
        let lesson = try bundledLesson(name)
        let convolution = lesson.convolution
        var state = ExplainerState(lesson: lesson, symbols: .ascii)
        while state.walk.position < state.walk.stepCount {
            state.update(.key(.right))
            let step = try #require(state.walk.step)
            let items = Self.marked(ExplainerRenderer.render(state, width: 100, height: 30).lines())
            func factor(_ value: ExactDecimal) -> String { value.isNegative ? "(\(value))" : value.description }
            switch step.kind {
            case .term(let channel):
                // Independently: x_j at the pixel and w_ij from the lesson's own numbers.
                let x = convolution.input.value(channel: channel, row: step.row, column: step.column)
                let w = convolution.kernels.weights.value(channel: 0, row: step.kernel, column: channel)
                // The panels share lines, so the two cells may come in either order; the formula is last.
                #expect(items.prefix(2).sorted() == [x.description, w.description].sorted(), "step \(step.index)")
                #expect(items.dropFirst(2) == [factor(w) + "*" + factor(x)], "step \(step.index)")
            case .bias:
                let bias = try #require(convolution.kernels.bias(kernel: step.kernel))
                #expect(items == [bias.description, factor(bias)], "step \(step.index)")
            case .activation:
                #expect(items.isEmpty, "step \(step.index)")
            }
        }
    }

    @Test("output cells fill in as their values are computed, and hold the right values")
    func outputsFillIn() throws {
        let lesson = try bundledLesson("intro")
        var state = ExplainerState(lesson: lesson, symbols: .ascii)
        state.update(.key(.character("G")))
        let lines = ExplainerRenderer.render(state, width: 80, height: 24).lines()
        // out1 = x1 − x2 and out2 = 2·x2 + x3, worked by hand for the source note's numbers.
        #expect(lines.contains { $0.contains("|  1  1 -1     3  2  4 |") })
        #expect(lines.contains { $0.contains("| -2  1  2     5  2  2 |") })
        #expect(lines.contains { $0.contains("|  1 -1  1     2  3  2 |") })
        state.update(.key(.character("g")))
        let empty = ExplainerRenderer.render(state, width: 80, height: 24).lines()
        #expect(empty.contains { $0.contains("|  .  .  .     .  .  . |") })
    }

    @Test("never draws past its size, from 1×1 up, for every lesson and moment", arguments: bundledLessonNames)
    func anySize(name: String) throws {
        let lesson = try bundledLesson(name)
        let states = [
            state(lesson), state(lesson, keys: [.character("n"), .right]),
            state(lesson, keys: [.character("G")]), state(lesson, keys: [.character("?")]),
        ]
        for width in [1, 2, 3, 5, 8, 13, 21, 34, 40, 55, 64, 72, 79, 80, 89, 100, 121, 144] {
            for height in [1, 2, 3, 5, 8, 13, 16, 20, 21, 24, 34, 45] {
                for state in states {
                    expectDrawnWithin(
                        ExplainerRenderer.render(state, width: width, height: height), width: width, height: height, name: name)
                }
            }
        }
    }

    @Test("below the size a lesson needs, a centred message gives both sizes")
    func tooSmall() throws {
        let lines = ExplainerRenderer.render(state(try bundledLesson("intro")), width: 50, height: 10).lines()
        let message = lines.joined(separator: " ")
        #expect(message.contains("The terminal is 50×10"))
        let chinese = ExplainerRenderer.render(state(try bundledLesson("intro.zh-TW")), width: 50, height: 10).lines().joined()
        #expect(chinese.contains("終端機目前 50×10"))
    }

    @Test("Chinese text wraps between characters and never cuts one in half")
    func chineseWrapping() {
        let text = "在位置 (1, 2)，第 1 個卷積核把通道 2 乘上對應的權重：w12·x2 = (−1) · 1 = −1。"
        for width in 4...40 {
            let lines = TextWrapper.wrap(text, width: width)
            #expect(lines.allSatisfy { TextWidth.columns(of: $0) <= width })
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
            #expect(!lines.contains { $0.hasPrefix("，") || $0.hasPrefix("。") || $0.hasPrefix("：") })
        }
    }

    @Test("a word longer than the line is cut into full lines in one pass, nothing lost")
    func longWord() {
        let word = String(repeating: "w", count: 200_000)
        let clock = ContinuousClock()
        let start = clock.now
        let lines = TextWrapper.wrap("a " + word + " b", width: 40)
        #expect(clock.now - start < .seconds(20))
        #expect(lines.count == 2 + 5_000)
        #expect(lines.first == "a")
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.count == 40 })
        #expect(lines.last == "b")
        #expect(TextWrapper.wrap("(1, 2)，(3, 4)。", width: 3).allSatisfy { !$0.hasPrefix("，") && !$0.hasPrefix("。") })
    }

    @Test("English text breaks at spaces")
    func englishWrapping() {
        #expect(
            TextWrapper.wrap("Height and width never change; only the depth does.", width: 20)
                == ["Height and width", "never change; only", "the depth does."])
        #expect(TextWrapper.wrap("one\ntwo", width: 10) == ["one", "", "two"])
    }

    @Test("control characters from a lesson never reach the screen raw")
    func controlCharacters() {
        var screen = Screen(width: 20, height: 1)
        screen.write("a\u{1B}[31mb\u{07}", row: 0, column: 0)
        #expect(screen.lines() == ["a^[[31mb^G"])
    }
}
