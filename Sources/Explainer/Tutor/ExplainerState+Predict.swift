import LessonKit
import PointwiseCore

extension ExplainerState {
    var tutorLabels: TutorLabels { TutorLabels.forLanguage(lesson.interfaceLanguage) }

    /// A forward move (next term, next pixel, an autoplay tick, the wheel, a click ahead) that
    /// stops where the walk would enter a value the learner is to predict, and asks for it there.
    ///
    /// The walk stays on the step before the value's first term, so nothing of the value is on
    /// screen yet: its output cell is empty and the running sum is still the previous value's.
    mutating func moveForward(_ move: (inout Walk) -> Void) {
        var target = walk
        move(&target)
        guard let question = firstQuestion(after: walk.position, through: target.position) else {
            walk = target
            return
        }
        walk.moveTo(position: question.entryPosition - 1)
        isPlaying = false
        tutor.interaction = .predicting(question)
    }

    /// The first open question whose value the walk enters (its first step) at a position in `(from, through]`.
    func firstQuestion(after from: Int, through to: Int) -> Prediction? {
        guard to > from else { return nil }
        let perOutput = walk.stepsPerOutput
        var best: Prediction?
        for question in lesson.questions {
            let place = OutputPlace(kernel: question.kernel, row: question.row, column: question.column)
            let reveal = walk.lastPosition(kernel: place.kernel, row: place.row, column: place.column)
            let entry = reveal - perOutput + 1
            guard entry > from, entry <= to, tutor.quiz.isOpen(place), entry < (best?.entryPosition ?? Int.max) else { continue }
            best = Prediction(place: place, hint: question.hint, revealPosition: reveal, entryPosition: entry)
        }
        if tutor.quiz.asksEveryValue {
            // Values start at positions 1, 1 + perOutput, 1 + 2·perOutput, …: the first after `from`.
            var entry = (from + perOutput - 1) / perOutput * perOutput + 1
            while entry <= to, entry < (best?.entryPosition ?? Int.max) {
                if let step = walk.describe(position: entry) {
                    let place = OutputPlace(kernel: step.kernel, row: step.row, column: step.column)
                    if tutor.quiz.isOpen(place) {
                        best = Prediction(place: place, hint: nil, revealPosition: entry + perOutput - 1, entryPosition: entry)
                        break
                    }
                }
                entry += perOutput
            }
        }
        return best
    }

    /// The lesson's questions still open whose values start in `(from, through]`: what a jump passes.
    func openQuestions(after from: Int, through to: Int) -> [OutputPlace] {
        var places: [OutputPlace] = []
        for question in lesson.questions {
            let place = OutputPlace(kernel: question.kernel, row: question.row, column: question.column)
            let entry = walk.lastPosition(kernel: place.kernel, row: place.row, column: place.column) - walk.stepsPerOutput + 1
            if entry > from, entry <= to, tutor.quiz.isOpen(place), !places.contains(place) { places.append(place) }
        }
        return places
    }

    /// `G` and End: to the last step, passing any open questions and saying how many were not asked.
    mutating func jumpToEnd() {
        let passed = openQuestions(after: walk.position, through: walk.stepCount).count
        walk.last()
        if passed > 0 { tutor.message = tutorLabels.passed(passed) }
    }

    /// `r`: back to the introduction with every answer forgotten, so each question is asked again.
    mutating func retake() {
        let hadAnswers = !tutor.quiz.answers.isEmpty || !tutor.quiz.skipped.isEmpty
        tutor.quiz.answers = [:]
        tutor.quiz.skipped = []
        tutor.interaction = nil
        walk.first()
        isPlaying = false
        if hadAnswers { tutor.message = tutorLabels.retake }
    }

    /// The lesson's questions the learner has gone past without being asked (jumped over with `G`,
    /// End or a click behind them), each place counted once.
    public var notAskedCount: Int {
        var seen = Set<OutputPlace>()
        for question in lesson.questions {
            let place = OutputPlace(kernel: question.kernel, row: question.row, column: question.column)
            let entry = walk.lastPosition(kernel: place.kernel, row: place.row, column: place.column) - walk.stepsPerOutput + 1
            if entry <= walk.position, tutor.quiz.isOpen(place) { seen.insert(place) }
        }
        return seen.count
    }

    /// `P`: ask for every output value from now on, or only for the lesson's questions.
    mutating func togglePredictMode() {
        tutor.quiz.asksEveryValue.toggle()
        tutor.message = tutor.quiz.asksEveryValue ? tutorLabels.predictOn : tutorLabels.predictOff
    }

    /// A key while a question is on screen.
    mutating func answer(_ key: Key, to prediction: Prediction) {
        var prediction = prediction
        let name = "\(Names.output(prediction.place.kernel))(\(prediction.place.row + 1), \(prediction.place.column + 1))"
        switch prediction.line.apply(key) {
        case .editing:
            tutor.interaction = .predicting(prediction)
        case .cancelled:
            tutor.quiz.skipped.insert(prediction.place)
            tutor.interaction = nil
            // Skipping is asking to be shown: the walk enters the value at its first term.
            walk.moveTo(position: prediction.entryPosition)
            scroll = ViewScroll()
            tutor.message = tutorLabels.skipped
        case .submitted(let text):
            guard case .success(let guess) = DecimalLiteral.parse(text) else {
                tutor.message = tutorLabels.notANumber(text)
                prediction.line = InputLine(kind: .number)
                tutor.interaction = .predicting(prediction)
                return
            }
            let value = walk.convolution.output(kernel: prediction.place.kernel, row: prediction.place.row, column: prediction.place.column)
            let isRight = AnswerCheck.isRight(guess: guess, value: value)
            tutor.quiz.answers[prediction.place] = isRight
            tutor.interaction = nil
            // Reveal: the step that finishes the value, where the formula shows every term.
            walk.moveTo(position: prediction.revealPosition)
            scroll = ViewScroll()
            let shown = DecimalFormatter.format(value, style: symbols.numberStyle)
            tutor.message =
                isRight
                ? tutorLabels.right(name, shown)
                : tutorLabels.wrong(name, DecimalFormatter.format(guess, style: symbols.numberStyle), shown)
        }
    }
}
