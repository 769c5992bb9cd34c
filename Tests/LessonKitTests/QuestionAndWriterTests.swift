import LessonKit
import PointwiseCore
import Testing

/// A small lesson with `questions` lines inserted into the front matter.
private func lessonText(questions: String) -> String {
    """
    ---
    title: Two kernels
    # the numbers
    input:
      - [[1, 2], [3, 4]]
      - [[0, 1], [1, 0]]
    weights:
      - [0.5, -1]   # kernel 1
      - [2, 1]
    \(questions)
    ---

    ## introduction

    Keep this text   exactly, even odd  spacing.
    ## end
    Done: {output}.

    """
}

@Suite("Questions in a lesson and saving edited copies")
struct QuestionAndWriterTests {
    @Test("questions name a pixel and a kernel, with a hint, 0-based inside")
    func readsQuestions() throws {
        let result = LessonReader.read(
            text: lessonText(questions: "questions:\n  - {pixel: [2, 1], kernel: 2, hint: \"Add two products.\"}"))
        let lesson = try #require(result.lesson)
        #expect(lesson.questions == [Question(row: 1, column: 0, kernel: 1, hint: "Add two products.")])
    }

    @Test("a lesson whose questions changed is a different lesson (a reload that edits only them is seen)")
    func questionsTakePartInEquality() throws {
        let asked = try #require(LessonReader.read(text: lessonText(questions: "questions:\n  - {pixel: [2, 1], kernel: 2}")).lesson)
        let other = try #require(LessonReader.read(text: lessonText(questions: "questions:\n  - {pixel: [1, 1], kernel: 2}")).lesson)
        let again = try #require(LessonReader.read(text: lessonText(questions: "questions:\n  - {pixel: [2, 1], kernel: 2}")).lesson)
        #expect(asked != other)
        #expect(asked == again)
    }

    @Test("check names the out-of-range numbers and unknown fields, with line and column")
    func diagnostics() {
        let text = lessonText(
            questions: """
                questions:
                  - {pixel: [3, 1], kernel: 1}
                  - {pixel: [1, 1], kernel: 4}
                  - {pixel: [1, 2], kernel: 1, hnit: "x"}
                  - {kernel: 1}
                """)
        let result = LessonReader.read(text: text)
        let rendered = result.diagnostics.map(\.description)
        #expect(
            rendered == [
                "11:14: error: pixel (3, 1) is outside the 2×2 map",
                "12:29: error: kernel 4 does not exist: the lesson has 2 kernels",
                "13:32: error: unknown field 'hnit' in a question",
                "14:5: error: a question needs a 'pixel': [row, column]",
            ])
        #expect(result.diagnostics[2].notes.first == "did you mean 'hint'?")
        #expect(result.lesson == nil)
    }

    @Test("'questions' must be a list")
    func notAList() {
        let result = LessonReader.read(text: lessonText(questions: "questions: 3"))
        #expect(result.diagnostics.map(\.description) == ["10:12: error: 'questions' must be a list, not a value"])
    }

    @Test("a saved copy reads back to the edited numbers and keeps every other line byte for byte")
    func roundTrip() throws {
        let original = lessonText(questions: "questions: [{pixel: [1, 1], kernel: 1}]")
        let lesson = try #require(LessonReader.read(text: original).lesson)
        let weights = try Tensor([[[ExactDecimal(units: 25, scale: 2), ExactDecimal(-1)], [ExactDecimal(2), ExactDecimal(1)]]])
        let saved = try LessonWriter.rewrite(source: original, input: lesson.convolution.input, weights: weights).get()
        let reread = try #require(LessonReader.read(text: saved).lesson)
        #expect(reread.convolution.kernels.weights == weights)
        #expect(reread.convolution.input == lesson.convolution.input)
        #expect(reread.questions == lesson.questions)
        // The body, the title, the comment and the input are untouched.
        let body = try #require(original.range(of: "\n---\n")).upperBound
        #expect(saved.hasSuffix(String(original[body...])))
        #expect(
            saved.contains(
                "# the numbers\ninput:\n  - [[1, 2], [3, 4]]\n  - [[0, 1], [1, 0]]\nweights:\n  - [0.25, -1]\n  - [2, 1]\nquestions:"))
    }

    @Test("an unchanged lesson is written back exactly as it was")
    func unchanged() throws {
        let original = lessonText(questions: "")
        let lesson = try #require(LessonReader.read(text: original).lesson)
        let saved = try LessonWriter.rewrite(source: original, input: lesson.convolution.input, weights: lesson.convolution.kernels.weights)
            .get()
        #expect(saved == original)
    }
}
