import LessonKit
import PointwiseCore
import Testing

@testable import Explainer

private func type(_ text: String, into state: inout ExplainerState) {
    for character in text { state.update(.key(.character(character))) }
}

@Suite("The tutor: predictions, edits, saving and progress")
struct TutorTests {
    @Test("predict mode asks when the walk enters a value, before its first term, and a right answer reveals it")
    func predictRight() throws {
        var state = state(try sourceNoteLesson(), keys: [.character("P")])
        state.update(.key(.right))
        // out1(1, 1) starts at step 1: the question is asked at the introduction, nothing of it shown.
        #expect(state.walk.position == 0)
        guard case .predicting(let prediction) = state.tutor.interaction else { Issue.record("no question"); return }
        #expect(prediction.place == OutputPlace(kernel: 0, row: 0, column: 0))
        // out1(1, 1) = 1·1 + (−1)·0 + 0·3 = 1, revealed at its last term, step 3.
        type("1", into: &state)
        state.update(.key(.enter))
        #expect(state.walk.position == 3)
        #expect(state.tutor.interaction == nil)
        #expect(state.tutor.quiz.answers == [OutputPlace(kernel: 0, row: 0, column: 0): true])
        #expect(state.tutor.message?.hasPrefix("Right") == true)
    }

    @Test("a wrong answer is scored and the value shown; Esc skips without scoring and enters the value")
    func predictWrongAndSkip() throws {
        var state = state(try sourceNoteLesson(), keys: [.character("P"), .character("n")])
        type("-4", into: &state)
        state.update(.key(.enter))
        #expect(state.tutor.quiz.right == 0)
        #expect(state.tutor.quiz.asked == 1)
        #expect(state.tutor.message?.hasPrefix("Not quite") == true)
        state.update(.key(.right))
        // out2(1, 1) starts at step 4: asked on step 3.
        #expect(state.walk.position == 3)
        #expect(state.tutor.interaction != nil)
        state.update(.key(.escape))
        #expect(state.tutor.interaction == nil)
        #expect(state.walk.position == 4)
        state.update(.key(.right))
        #expect(state.tutor.quiz.asked == 1)
        #expect(state.tutor.quiz.skipped == [OutputPlace(kernel: 1, row: 0, column: 0)])
    }

    @Test("a lesson's question is asked even without predict mode, with its hint; G passes it and says so")
    func lessonQuestion() throws {
        var state = state(try questionLesson())
        state.update(.key(.character("G")))
        #expect(state.tutor.interaction == nil)
        #expect(state.tutor.message == "Passed 1 question without asking; r starts again and asks every question.")
        #expect(state.scoreText == "Predictions: none answered, 1 not asked.")
        state.update(.key(.character("g")))
        for _ in 0..<3 { state.update(.key(.character("n"))) }
        guard case .predicting(let prediction) = state.tutor.interaction else { Issue.record("no question"); return }
        #expect(prediction.hint == "Kernel 2 at pixel (1, 2).")
        // out2(1, 2) starts at step 10: the third n (from step 7 to 13) stops on step 9.
        #expect(state.walk.position == 9)
        // out2(1, 2) = 0·2 + 2·1 + 1·0 = 2
        type("2", into: &state)
        state.update(.key(.enter))
        #expect(state.tutor.quiz.answers[OutputPlace(kernel: 1, row: 0, column: 1)] == true)
        state.update(.key(.character("G")))
        #expect(state.scoreText == "Predictions: 1 of 1 right.")
        let screen = ExplainerRenderer.render(state, width: 80, height: 24)
        #expect(screen.lines().contains { $0.contains("Predictions: 1 of 1 right.") })
    }

    @Test("after G past the only question the last screen says none was answered, in English and in Chinese")
    func noneAnsweredScore() throws {
        let base = try questionLesson()
        for (language, line) in [("en", "Predictions: none answered, 1 not asked."), ("zh-TW", "預測：沒有回答任何一題，1 題未作答。")] {
            let lesson = Lesson(
                title: base.title, language: language, convolution: base.convolution, sections: [:], questions: base.questions)
            var state = state(lesson)
            state.update(.key(.character("G")))
            // G's own message ("Passed 1 question …") goes at the next key; the score stays.
            state.update(.key(.right))
            let screen = ExplainerRenderer.render(state, width: 80, height: 24).lines()
            #expect(screen.contains { $0.contains(line) }, "\(screen.joined(separator: "\n"))")
            // No "0 of 0": a score of nothing answered is not a score.
            #expect(!screen.contains { $0.contains("0 of 0") || $0.contains("0 題中") })
        }
    }

    @Test("on the question's screen the asked value's cell is empty and the running sum is the previous value's")
    func valueHiddenWhileAsked() throws {
        var state = state(try questionLesson())
        for _ in 0..<12 { state.update(.key(.right)) }
        #expect(state.walk.position == 9)
        #expect(!state.walk.isComputed(kernel: 1, row: 0, column: 1))
        // Step 9 finishes out1(1, 2); out2(1, 2) has no term on screen yet.
        #expect(state.walk.step?.kernel == 0)
        let lines = ExplainerRenderer.render(state, width: 100, height: 30).lines()
        #expect(lines.contains { $0.contains("Predict out2(1, 2) = _") })
        #expect(lines.contains { $0.contains("Kernel 2 at pixel (1, 2).") })
        #expect(!lines.contains { $0.contains("w21") && $0.contains("= 2") })
    }

    @Test("a click ahead stops at an unanswered question on the way")
    func clickStops() throws {
        var state = state(try questionLesson())
        state.moveForward { $0.moveTo(position: 20) }
        #expect(state.walk.position == 9)
        #expect(state.tutor.interaction != nil)
    }

    @Test("r starts again and asks every question again, without --fresh")
    func retake() throws {
        var state = state(try questionLesson())
        for _ in 0..<3 { state.update(.key(.character("n"))) }
        type("5", into: &state)
        state.update(.key(.enter))
        #expect(state.tutor.quiz.answers[OutputPlace(kernel: 1, row: 0, column: 1)] == false)
        state.update(.key(.character("r")))
        #expect(state.walk.position == 0)
        #expect(state.tutor.quiz.answers.isEmpty)
        #expect(state.tutor.message == "Starting again: every question will be asked again.")
        for _ in 0..<3 { state.update(.key(.character("n"))) }
        #expect(state.tutor.interaction != nil)
        type("2", into: &state)
        state.update(.key(.enter))
        state.update(.key(.character("G")))
        #expect(state.scoreText == "Predictions: 1 of 1 right.")
    }

    /// The source note's lesson with one question: out2 at pixel (1, 2), with a hint.
    private func questionLesson() throws -> Lesson {
        let base = try sourceNoteLesson()
        return Lesson(
            title: base.title, language: "en", convolution: base.convolution, sections: [:],
            questions: [Question(row: 0, column: 1, kernel: 1, hint: "Kernel 2 at pixel (1, 2).")])
    }

    @Test(
        "answers are checked exactly, to the places typed",
        arguments: [
            ("7", "7", true), ("7.0", "7", true), ("7.4", "7", false), ("1", "1.5", false), ("1.5", "1.5", true),
            ("0.33", "0.3333", true), ("0.3", "0.3333", false), ("0.34", "0.3333", false), ("-2", "-2", true),
        ])
    func answerCheck(guess: String, value: String, right: Bool) throws {
        let parsedGuess = try DecimalLiteral.parse(guess).get()
        let parsedValue = try DecimalLiteral.parse(value).get()
        #expect(AnswerCheck.isRight(guess: parsedGuess, value: parsedValue) == right)
    }

    @Test("editing a weight recomputes every output at once and keeps the walk where it was")
    func editWeight() throws {
        var state = state(try sourceNoteLesson(), keys: [.character("n"), .right, .right])
        #expect(state.walk.runningSum == ExactDecimal(1))
        state.update(.key(.character("e")))
        state.update(.key(.tab))  // to the weights: w13, the current term's
        state.update(.key(.character("h")))
        state.update(.key(.left))  // w11
        type("3", into: &state)
        state.update(.key(.enter))
        #expect(state.walk.position == 3)
        #expect(state.walk.convolution.kernels.weight(kernel: 0, inputChannel: 0) == ExactDecimal(3))
        #expect(state.walk.runningSum == ExactDecimal(3))  // 3·1 + (−1)·0 + 0·3
        #expect(state.walk.convolution.output(kernel: 0, row: 2, column: 0) == ExactDecimal(5))  // 3·2 − 1
        #expect(state.tutor.isEdited)
    }

    @Test("a value with more decimal places raises the scale; invalid text is refused with a message")
    func editScaleAndRefusal() throws {
        var state = state(try sourceNoteLesson(), keys: [.character("e")])
        type("0.125", into: &state)
        state.update(.key(.enter))
        #expect(state.walk.convolution.input.value(channel: 0, row: 0, column: 0) == ExactDecimal(units: 125, scale: 3))
        #expect(state.walk.convolution.input.value(channel: 0, row: 0, column: 1) == ExactDecimal(2))
        state.update(.key(.enter))
        type("1e999", into: &state)
        state.update(.key(.enter))
        #expect(state.tutor.message?.contains("not a number") == true)
        #expect(state.walk.convolution.input.value(channel: 0, row: 0, column: 0) == ExactDecimal(units: 125, scale: 3))
        state.update(.key(.escape))
        #expect(state.tutor.interaction == nil)
    }

    @Test("saving asks for a path, returns a save effect, and asks before replacing a file")
    func saving() throws {
        let text = "---\ninput: [[[1, 2]]]\nweights: [[3]]\n---\n\nBody text.\n"
        let lesson = try #require(LessonReader.read(text: text).lesson)
        var state = ExplainerState(lesson: lesson)
        state.tutor.sourceText = text
        state.tutor.suggestedSavePath = "copy.md"
        state.update(.key(.character("w")))
        let effect = state.update(.key(.enter))
        guard case .save(let request) = effect else { Issue.record("no save effect"); return }
        #expect(request.path == "copy.md")
        #expect(!request.overwrite)
        #expect(request.contents == text)
        state.update(.saveResult(.exists(request)))
        #expect(state.tutor.interaction == .confirmingOverwrite(request))
        #expect(state.update(.key(.character("n"))) == nil)
        #expect(state.tutor.message == "Not saved.")
        state.update(.saveResult(.exists(request)))
        #expect(state.update(.key(.character("y"))) == .save(SaveRequest(path: "copy.md", contents: text, overwrite: true)))
        state.update(.saveResult(.saved(path: "copy.md")))
        #expect(state.tutor.message == "Saved a copy to copy.md.")
    }

    @Test("progress records round-trip; corrupt ones are refused; a changed lesson is not resumed")
    func progressRecords() throws {
        let record = ProgressRecord(
            lesson: "/tmp/a.md", contentHash: "00ff", stepCount: 54, position: 17,
            answers: [OutputPlace(kernel: 1, row: 0, column: 2): true])
        #expect(ProgressRecord.decode(record.encoded) == .success(record))
        #expect(ProgressRecord.decode("garbage") == .failure(.notAProgressFile))
        #expect(ProgressRecord.decode("pointwise-progress 1\nstep x\n") == .failure(.badLine(2)))
        let shape = ConvolutionShape(height: 3, width: 3, inChannels: 3, outChannels: 2)
        #expect(record.resumePoint(lesson: "/tmp/a.md", contentHash: "00ff", stepCount: 54, outputShape: shape)?.position == 17)
        #expect(record.resumePoint(lesson: "/tmp/a.md", contentHash: "0100", stepCount: 54, outputShape: shape) == nil)
        #expect(record.resumePoint(lesson: "/tmp/a.md", contentHash: "00ff", stepCount: 60, outputShape: shape) == nil)
    }

    @Test("a progress file keeps a lesson path with a newline readable, and answers for places the lesson lacks are dropped")
    func hostileProgress() throws {
        let path = "/tmp/evil\nlesson 100%\u{1B}[2J é.md"
        let record = ProgressRecord(
            lesson: path, contentHash: "00ff", stepCount: 54, position: 17,
            answers: [
                OutputPlace(kernel: 1, row: 2, column: 2): true,
                OutputPlace(kernel: 2, row: 0, column: 0): true,  // a third kernel: the lesson has two
                OutputPlace(kernel: 0, row: 3, column: 0): false,  // a fourth row: it has three
                OutputPlace(kernel: 0, row: 0, column: 999): true,
            ])
        // One line per field: the newline in the name cannot start a line of its own.
        #expect(record.encoded.split(separator: "\n").count == 5 + 4)
        #expect(record.encoded.contains("lesson /tmp/evil%0Alesson 100%25%1B[2J é.md\n"))
        let decoded = try ProgressRecord.decode(record.encoded).get()
        #expect(decoded.lesson == path)
        let shape = ConvolutionShape(height: 3, width: 3, inChannels: 3, outChannels: 2)
        let point = try #require(decoded.resumePoint(lesson: path, contentHash: "00ff", stepCount: 54, outputShape: shape))
        #expect(point.answers == [OutputPlace(kernel: 1, row: 2, column: 2): true])
        #expect(ProgressRecord.decode("pointwise-progress 1\nlesson /a%zz\nhash 1\nsteps 1\nstep 1\n") == .failure(.badLine(2)))
    }

    @Test("the resume offer: y goes to the saved step with the saved score, n starts afresh")
    func resume() throws {
        var state = state(try sourceNoteLesson())
        let point = ResumePoint(position: 20, answers: [OutputPlace(kernel: 0, row: 0, column: 0): true])
        state.offerResume(point)
        #expect(ExplainerRenderer.render(state, width: 80, height: 24).lines().contains { $0.contains("Resume at step 20 of 54? y/n") })
        state.update(.key(.character("y")))
        #expect(state.walk.position == 20)
        #expect(state.tutor.quiz.right == 1)
        var fresh = self.state(try sourceNoteLesson())
        fresh.offerResume(point)
        fresh.update(.key(.character("n")))
        #expect(fresh.walk.position == 0)
    }

    private func state(_ lesson: Lesson, keys: [Key] = []) -> ExplainerState {
        var state = ExplainerState(lesson: lesson)
        for key in keys { state.update(.key(key)) }
        return state
    }
}

@Suite("Onward from the end: the lesson list and the last step")
struct LessonListTests {
    private func choices() -> [LessonChoice] {
        [
            LessonChoice(argument: "intro", title: "Intro", isRecentFile: false),
            LessonChoice(argument: "expand", title: "Expand", isRecentFile: false),
            LessonChoice(argument: "/tmp/mine.md", title: "Mine", isRecentFile: true),
        ]
    }

    @Test("o lists the lessons starting on the next one; Enter asks the edge to open it; Esc closes")
    func list() throws {
        var state = ExplainerState(lesson: try sourceNoteLesson())
        state.lessonChoices = choices()
        state.lessonArgument = "intro"
        state.update(.key(.character("o")))
        guard case .choosingLesson(let picker) = state.tutor.interaction else { Issue.record("no list"); return }
        #expect(picker.selected == 1)
        let lines = ExplainerRenderer.render(state, width: 100, height: 30).lines()
        #expect(lines.contains { $0.contains("> expand") && $0.contains("Expand") })
        #expect(lines.contains { $0.contains("mine.md") && $0.contains("Mine (recent file)") })
        state.update(.key(.down))
        #expect(state.update(.key(.enter)) == .openLesson("/tmp/mine.md"))
        state.update(.key(.character("o")))
        state.update(.key(.escape))
        #expect(state.tutor.interaction == nil)
    }

    @Test("with unsaved edits the list does not open another lesson")
    func editsKept() throws {
        var state = ExplainerState(lesson: try sourceNoteLesson())
        state.lessonChoices = choices()
        state.tutor.isEdited = true
        state.update(.key(.character("o")))
        #expect(state.update(.key(.enter)) == nil)
        #expect(state.tutor.message?.hasPrefix("Your edits are not saved") == true)
    }

    @Test("the last step says what was learned and offers the next lesson")
    func lastStep() throws {
        var state = ExplainerState(lesson: try sourceNoteLesson())
        state.lessonChoices = choices()
        state.lessonArgument = "intro"
        state.update(.key(.character("G")))
        let lines = ExplainerRenderer.render(state, width: 120, height: 30).lines()
        #expect(lines.contains { $0.contains("Learned: only the depth changes") })
        #expect(lines.contains { $0.contains("Next: expand — Expand. Press o") })
    }

    @Test("a lesson that turned Chinese (a reload changed its language) offers the next lesson's Chinese title")
    func nextLessonFollowsTheLanguage() throws {
        let base = try sourceNoteLesson()
        let chinese = Lesson(title: base.title, language: "zh-TW", convolution: base.convolution, sections: [:])
        var state = ExplainerState(lesson: chinese)
        state.lessonChoicesByLanguage = [
            .english: choices(),
            .traditionalChinese: [
                LessonChoice(argument: "intro.zh-TW", title: "入門", isRecentFile: false),
                LessonChoice(argument: "expand.zh-TW", title: "升維", isRecentFile: false),
            ],
        ]
        // Opened as the English `intro`; its place in the Chinese list is intro.zh-TW's.
        state.lessonArgument = "intro"
        state.update(.key(.character("G")))
        let lines = ExplainerRenderer.render(state, width: 120, height: 30).lines()
        #expect(lines.contains { $0.contains("下一課：expand.zh-TW——升維。") }, "\(lines.joined(separator: "\n"))")
        #expect(!lines.contains { $0.contains("Expand") })
    }
}
