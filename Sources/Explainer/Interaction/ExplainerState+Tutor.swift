extension ExplainerState {
    /// A key while the bottom line asks something: the answer, the edit, the file name, y/n.
    mutating func interact(_ key: Key, with interaction: Interaction) -> Effect? {
        switch interaction {
        case .predicting(let prediction):
            answer(key, to: prediction)
        case .editing(let editor):
            edit(key, editor: editor)
        case .choosingSavePath(let line):
            return typeSavePath(key, line: line)
        case .confirmingOverwrite(let request):
            return confirmOverwrite(key, request: request)
        case .offeringResume(let point):
            answerResume(key, point: point)
        }
        return nil
    }

    /// The score line for the end of the lesson, or nil before any prediction.
    public var scoreText: String? {
        tutor.quiz.asked > 0 ? tutorLabels.score(tutor.quiz.right, tutor.quiz.asked) : nil
    }
}
