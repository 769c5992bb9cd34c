import Explainer
import LessonKit
import Testing

/// The reload panel speaks the lesson's language, diagnostics included.
@Suite("The reload panel's diagnostics in the lesson's language")
struct ChineseReloadPanelTests {
    static let broken = "---\nlanguage: zh-TW\ninput:\n  - [[1, 2], [3, 4]]\n  - [[1, 2]]\nweights: [[1, 一]]\n---\n"

    @Test("a Chinese lesson's errors are listed in Chinese, at the same places as in English")
    func chineseDetails() {
        let problem = LessonFileProblem.invalid(path: "課程.md", result: LessonReader.read(text: Self.broken))
        let english = problem.lines(.english)
        let chinese = problem.lines(.traditionalChinese)
        #expect(english.contains("課程.md:5:5: error: channel 2 is 1×2 but channel 1 is 2×2"))
        #expect(chinese.contains("課程.md:5:5: 錯誤：通道 2 是 1×2，但通道 1 是 2×2"))
        #expect(chinese.contains("課程.md:6:15: 錯誤：「一」不是數字"))
        #expect(chinese.contains("附註：請寫十進位數字，例如 3、-0.25 或 1.5e-2"))
        #expect(english.count == chinese.count)
        // The snippets and carets are the file's own text, the same in both.
        for (en, zh) in zip(english, chinese) where en.hasPrefix("    ") { #expect(en == zh) }
    }

    @Test("the panel of a Chinese lesson shows the Chinese details")
    func panel() throws {
        var state = ExplainerState(lesson: try bundledLesson("intro.zh-TW"))
        let problem = LessonFileProblem.invalid(path: "課程.md", result: LessonReader.read(text: Self.broken))
        state.update(.lessonFile(.problem(problem)))
        let screen = text(state, 100, 30)
        #expect(screen.contains("錯誤：通道 2 是 1×2"), "\(screen)")
        #expect(!screen.contains("error:"), "\(screen)")
    }
}
