import Explainer
import LessonKit
import PointwiseCore
import Testing

/// Lessons larger than the screen: windows that follow the cursor, indicators, and page keys.
@Suite("Windows on lessons larger than the screen")
struct ScrollingTests {
    static func generated(channels: Int, side: Int, kernels: Int) throws -> Lesson {
        let text = """
            ---
            input: {generate: random, seed: 7, channels: \(channels), height: \(side), width: \(side), range: [-1, 1], decimals: 2}
            weights: {generate: random, seed: 8, kernels: \(kernels), range: [-0.5, 0.5], decimals: 2}
            ---

            """
        return try #require(LessonReader.read(text: text).lesson)
    }

    static func press(_ state: inout ExplainerState, _ keys: String) {
        for key in keys { state.update(.key(.character(key))) }
    }

    @Test("the current term stays on screen at every kind of step, with the running sum")
    func followsTheCursor() throws {
        let lesson = try Self.generated(channels: 192, side: 28, kernels: 16)
        var state = ExplainerState(lesson: lesson)
        // A term deep in the channels, of a later kernel, at a pixel far from the first.
        state.walk.jump(row: 20, column: 17, kernel: 9, inputChannel: 150)
        let screen = text(state, 80, 24)
        #expect(screen.contains("x151"), "\(screen)")
        #expect(screen.contains("w10"), "\(screen)")
        #expect(screen.contains("out10"), "\(screen)")
        #expect(screen.contains("out10(21, 18)"), "\(screen)")
        #expect(screen.contains("running sum:"), "\(screen)")
        // The current term is bracketed in the input, the kernels and the formula.
        #expect(screen.filter { $0 == "[" }.count >= 3, "\(screen)")
        #expect(screen.contains("w10,151·x151"), "\(screen)")
        for line in screen.split(separator: "\n") { #expect(TextWidth.columns(of: line) <= 80) }
    }

    @Test("indicators say what is hidden, with arrows, in both languages and in ASCII")
    func indicators() throws {
        let lesson = try Self.generated(channels: 192, side: 28, kernels: 16)
        let screen = text(ExplainerState(lesson: lesson), 80, 24)
        #expect(screen.contains("channels 1–5 of 192 ▸"), "\(screen)")
        #expect(screen.contains("▾"), "\(screen)")
        let ascii = text(ExplainerState(lesson: lesson, symbols: .ascii), 80, 24)
        #expect(ascii.contains("channels 1-5 of 192 >"), "\(ascii)")
        let chinese = Lesson(title: "t", language: "zh-TW", convolution: lesson.convolution, sections: [:])
        #expect(text(ExplainerState(lesson: chinese), 80, 24).contains("通道 1–5（共 192）"))
    }

    @Test("[ ] page the channels, H L K J move the grid window, { } the kernels; a step brings the cursor back")
    func keysMoveTheWindow() throws {
        let lesson = try Self.generated(channels: 192, side: 28, kernels: 16)
        var state = ExplainerState(lesson: lesson)
        state.update(.key(.right))
        let before = text(state, 80, 24)
        #expect(before.contains("channels 1–5 of 192 ▸"))
        Self.press(&state, "]")
        let paged = text(state, 80, 24)
        #expect(paged.contains("◂ channels 6–10 of 192 ▸"), "\(paged)")
        #expect(paged.contains("x6") && !paged.contains(" x1 "))
        Self.press(&state, "[[")
        #expect(text(state, 80, 24).contains("channels 1–5 of 192 ▸"))
        Self.press(&state, "LLJ")
        let moved = text(state, 80, 24)
        #expect(moved.contains("◂ r") || moved.contains("◂ c") || moved.contains("▴"), "\(moved)")
        #expect(moved != before)
        Self.press(&state, "}")
        #expect(text(state, 80, 24).contains("▴ kernels"), "\(text(state, 80, 24))")
        #expect(!state.scroll.isFollowingCursor)
        state.update(.key(.right))
        #expect(state.scroll.isFollowingCursor)
        #expect(text(state, 80, 24).contains("channels 1–5 of 192 ▸"))
    }

    @Test("a window never moves past either end")
    func clamped() throws {
        let lesson = try Self.generated(channels: 192, side: 28, kernels: 16)
        var state = ExplainerState(lesson: lesson)
        state.update(.key(.right))
        Self.press(&state, String(repeating: "]", count: 500))
        #expect(text(state, 80, 24).contains("◂ channels 188–192 of 192"))
        Self.press(&state, String(repeating: "[", count: 500))
        #expect(text(state, 80, 24).contains("channels 1–5 of 192 ▸"))
    }

    @Test("a 224×224×64 → 256 lesson draws at 80×24 and 120×40, and steps anywhere")
    func largest() throws {
        let lesson = try Self.generated(channels: 64, side: 224, kernels: 256)
        var state = ExplainerState(lesson: lesson)
        for keys in ["", "l", "n", "G", "g", "]", "}"] {
            Self.press(&state, keys)
            for (width, height) in [(80, 24), (120, 40)] {
                let screen = text(state, width, height)
                #expect(screen.contains("224×224×64"), "\(screen)")
                #expect(!screen.contains("needs at least"), "\(screen)")
            }
        }
        #expect(text(state, 80, 24).contains("out256") || state.walk.position == 0)
    }

    @Test("lessons that fit the screen show everything, with no indicators")
    func smallLessonsUnchanged() throws {
        let screen = text(state(try bundledLesson("intro"), keys: [.right, .character("]")]), 80, 24)
        #expect(!screen.contains("of 3") && !screen.contains("▸"))
    }
}
