import BundledLessons
import Explainer
import LessonKit
import Testing

@Suite("Screens of every bundled lesson, as text")
struct ScreenSnapshotTests {
    /// Three moments of a lesson: the introduction, a term in the second pixel, the last step.
    static func frames(_ lesson: Lesson, width: Int, height: Int, symbols: Symbols = .unicode) -> String {
        var state = ExplainerState(lesson: lesson, symbols: symbols)
        var frames: [String] = []
        frames.append(text(state, width, height))
        state.update(.key(.character("n")))
        state.update(.key(.character("n")))
        state.update(.key(.right))
        frames.append(text(state, width, height))
        state.update(.key(.character("G")))
        frames.append(text(state, width, height))
        let rule = String(repeating: "=", count: width)
        return frames.joined(separator: "\n" + rule + "\n") + "\n"
    }

    @Test("at 80×24 and 120×40", arguments: bundledLessonNames, [(80, 24), (120, 40)])
    func sizes(name: String, size: (Int, Int)) throws {
        let lesson = try bundledLesson(name)
        expectSnapshot(Self.frames(lesson, width: size.0, height: size.1), named: "\(name)-\(size.0)x\(size.1)")
    }

    @Test("in ASCII for terminals without Unicode")
    func ascii() throws {
        expectSnapshot(Self.frames(try bundledLesson("bias-relu"), width: 80, height: 24, symbols: .ascii), named: "bias-relu-80x24-ascii")
    }

    @Test("with colour and attributes, and with attributes only", arguments: bundledLessonNames, [(80, 24), (120, 40)])
    func ansi(name: String, size: (Int, Int)) throws {
        let state = state(try bundledLesson(name), keys: [.character("n"), .right])
        let screen = ExplainerRenderer.render(state, width: size.0, height: size.1)
        for colors in [true, false] {
            let text = screen.ansiLines(colors: colors).joined(separator: "\n") + "\n"
            expectSnapshot(text, named: "\(name)-\(size.0)x\(size.1)-\(colors ? "color" : "nocolor")")
        }
    }

    @Test("the help overlay")
    func help() throws {
        expectSnapshot(text(state(try bundledLesson("intro"), keys: [.right, .character("?")]), 80, 24) + "\n", named: "intro-help")
        expectSnapshot(text(state(try bundledLesson("intro.zh-TW"), keys: [.character("?")]), 80, 24) + "\n", named: "intro.zh-TW-help")
    }
}
