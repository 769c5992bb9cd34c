import LessonKit
import PointwiseCore

extension ExplainerState {
    var tutorLabels: TutorLabels { TutorLabels.forLanguage(lesson.interfaceLanguage) }

    /// A forward move (next term, next pixel, an autoplay tick) that stops before revealing a
    /// value the learner is to predict, and asks for it instead.
    mutating func moveForward(_ move: (inout Walk) -> Void) {
        var target = walk
        move(&target)
        guard let question = firstQuestion(after: walk.position, through: target.position) else {
            walk = target
            return
        }
        walk.moveTo(position: question.revealPosition - 1)
        isPlaying = false
        tutor.interaction = .predicting(question)
    }

    /// The first open question whose value is revealed at a position in `(from, through]`.
    func firstQuestion(after from: Int, through to: Int) -> Prediction? {
        guard to > from else { return nil }
        var best: Prediction?
        for question in lesson.questions {
            let place = OutputPlace(kernel: question.kernel, row: question.row, column: question.column)
            let reveal = walk.lastPosition(kernel: place.kernel, row: place.row, column: place.column)
            guard reveal > from, reveal <= to, tutor.quiz.isOpen(place), reveal < (best?.revealPosition ?? Int.max) else { continue }
            best = Prediction(place: place, hint: question.hint, revealPosition: reveal)
        }
        if tutor.quiz.asksEveryValue {
            // Values finish every `stepsPerOutput` steps; a forward move crosses at most a pixel's worth.
            let perOutput = walk.stepsPerOutput
            var reveal = (from / perOutput + 1) * perOutput
            var checked = 0
            while reveal <= to, reveal < (best?.revealPosition ?? Int.max), checked <= walk.shape.outChannels {
                if let step = walk.describe(position: reveal) {
                    let place = OutputPlace(kernel: step.kernel, row: step.row, column: step.column)
                    if tutor.quiz.isOpen(place) {
                        best = Prediction(place: place, hint: nil, revealPosition: reveal)
                        break
                    }
                }
                reveal += perOutput
                checked += 1
            }
        }
        return best
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
            tutor.message = isRight
                ? tutorLabels.right(name, shown)
                : tutorLabels.wrong(name, DecimalFormatter.format(guess, style: symbols.numberStyle), shown)
        }
    }
}
