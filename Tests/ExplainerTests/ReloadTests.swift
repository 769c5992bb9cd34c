import Explainer
import LessonKit
import PointwiseCore
import Testing

/// A lesson from its front matter and body, read as the program reads a file.
private func read(_ text: String) -> LessonReader.Result {
    LessonReader.read(bytes: Array(text.utf8))
}

private func lesson(_ text: String) throws -> Lesson {
    try #require(read(text).lesson)
}

private let threeByThree = """
    ---
    input:
      - [[1, 2, 0], [0, 1, 3], [2, 0, 1]]
      - [[0, 1, 1], [2, 0, 1], [1, 1, 0]]
      - [[3, 0, 2], [1, 2, 0], [0, 1, 2]]
    weights:
      - [1, -1, 0]
      - [0, 2, 1]
    ---
    """

@Suite("Live reload: the pure half")
struct ReloadTests {
    @Test("an edit that keeps the step count keeps the position, and clears the problem panel")
    func samePosition() throws {
        var state = ExplainerState(lesson: try lesson(threeByThree))
        state.walk.moveTo(position: 17)
        state.update(.lessonFile(.problem(.missing(path: "x.md"))))
        #expect(state.fileProblem?.kind == .missing)
        let edited = try lesson(threeByThree.replacingOccurrences(of: "[1, -1, 0]", with: "[5, -1, 0]") + "\n## term\nNew text {w}.\n")
        state.update(.lessonFile(.reloaded(edited)))
        #expect(state.walk.position == 17)
        #expect(state.lesson.convolution.kernels.weight(kernel: 0, inputChannel: 0) == ExactDecimal(5))
        #expect(state.fileProblem == nil)
    }

    @Test("a new shape keeps the same pixel, kernel and term by their coordinates")
    func sameTerm() throws {
        var state = ExplainerState(lesson: try lesson(threeByThree))
        // Pixel (2, 3), kernel 2, input channel 3 (0-based 1, 2, 1, 2).
        let before = try #require(state.walk.position(row: 1, column: 2, kernel: 1, inputChannel: 2))
        state.walk.moveTo(position: before)
        // A third kernel: more steps per pixel, the same term elsewhere in the walk.
        let wider = try lesson(threeByThree.replacingOccurrences(of: "  - [0, 2, 1]\n", with: "  - [0, 2, 1]\n  - [1, 1, 1]\n"))
        state.update(.lessonFile(.reloaded(wider)))
        let step = try #require(state.walk.step)
        #expect(step.row == 1 && step.column == 2 && step.kernel == 1 && step.kind == .term(inputChannel: 2))
        #expect(state.walk.position != before)
    }

    @Test("a bias step maps to the same output's bias; a term that no longer exists clamps")
    func biasAndClamp() throws {
        let withBias = try lesson(threeByThree.replacingOccurrences(of: "weights:", with: "bias: [1, 2]\nweights:"))
        var state = ExplainerState(lesson: withBias)
        state.walk.moveTo(position: 8)  // pixel 1: kernel 2's bias (4 steps per output)
        #expect(state.walk.step?.kind == .bias)
        let withReLU = try lesson(threeByThree.replacingOccurrences(of: "weights:", with: "bias: [1, 2]\nactivation: relu\nweights:"))
        state.update(.lessonFile(.reloaded(withReLU)))
        #expect(state.walk.step?.kind == .bias)
        #expect(state.walk.step?.kernel == 1)

        // One input channel only: the third channel's term is gone; the position is clamped.
        var last = ExplainerState(lesson: try lesson(threeByThree))
        last.walk.last()
        let tiny = try lesson("---\ninput: [[[1]]]\nweights: [[2]]\n---\n")
        last.update(.lessonFile(.reloaded(tiny)))
        #expect(last.walk.position == last.walk.stepCount)
        #expect(!last.isPlaying)
    }

    @Test("an invalid edit keeps the last good lesson and shows its located errors, inert")
    func invalidEdit() throws {
        var state = ExplainerState(lesson: try lesson(threeByThree))
        state.walk.moveTo(position: 5)
        let broken = read(threeByThree.replacingOccurrences(of: "[0, 2, 1]", with: "[0, 2]") + "\n## term\n\u{1B}[2J {nope}\n")
        state.update(.lessonFile(LessonFileEvent(path: "lessons/\u{1B}]0;x\u{07}.md", result: broken)))
        #expect(state.walk.position == 5)
        #expect(state.lesson.convolution.shape.outChannels == 2)
        let problem = try #require(state.fileProblem)
        #expect(problem.kind == .invalid)
        #expect(problem.lines.first?.hasPrefix("lessons/") == true)
        #expect(problem.lines.contains { $0.contains(":8:5: error: kernel 2 has 2 weights") })
        let screen = ExplainerRenderer.render(state, width: 80, height: 24)
        let lines = screen.lines()
        #expect(lines.contains { $0.contains("lesson not reloaded") })
        #expect(lines.contains { $0.contains(":8:5: error: kernel 2 has 2 weights") })
        // Above the panel, the screen is still the lesson.
        #expect(lines[0].contains("1×1 convolution: 3 channels → 2"))
        for cell in screen.cells {
            #expect(!cell.character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }

    @Test(
        "the panel fits every size, from 1×1 up, and says the file is gone in the lesson's language",
        arguments: [(1, 1), (10, 3), (19, 5), (20, 6), (40, 10), (80, 24), (200, 60)])
    func panelSizes(width: Int, height: Int) throws {
        for language in ["en", "zh-TW"] {
            var state = ExplainerState(
                lesson: try lesson(threeByThree.replacingOccurrences(of: "---\ninput", with: "---\nlanguage: \(language)\ninput")))
            state.update(.lessonFile(.problem(.missing(path: "a.md"))))
            let screen = ExplainerRenderer.render(state, width: width, height: height)
            #expect(screen.width == width && screen.height == height)
            let text = screen.lines().joined(separator: "\n")
            if width >= 20, height >= 6 {
                #expect(text.contains(language == "en" ? "is gone" : "找不到"))
            }
        }
    }

    @Test("a long list of errors is cut to half the screen with a count of what was left out")
    func manyErrors() throws {
        var state = ExplainerState(lesson: try lesson(threeByThree))
        let broken = read("---\n" + (1...20).map { "key\($0): 1" }.joined(separator: "\n") + "\n---\n")
        state.update(.lessonFile(LessonFileEvent(path: "many.md", result: broken)))
        let lines = ExplainerRenderer.render(state, width: 80, height: 24).lines()
        #expect(lines.contains { $0.contains("more lines") })
        #expect(lines[23].contains("q"))  // the status line is still there
    }

    @Test("a reload to a smaller shape while a number is being edited closes the editor, and draws")
    func reloadWhileEditing() throws {
        var state = ExplainerState(lesson: try lesson(threeByThree))
        state.walk.last()
        state.update(.key(.character("e")))
        #expect(state.tutor.interaction != nil)
        let tiny = "---\ninput: [[[1]]]\nweights: [[2]]\n---\n"
        state.update(.lessonFile(LessonFileEvent(path: "t.md", result: read(tiny))))
        #expect(state.tutor.interaction == nil)
        #expect(state.tutor.sourceText == tiny)
        for (width, height) in [(80, 24), (20, 6), (1, 1)] {
            _ = ExplainerRenderer.render(state, width: width, height: height)
        }
    }
}
