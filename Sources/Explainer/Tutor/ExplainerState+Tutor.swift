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
        case .confirmingQuit:
            return answerQuit(key)
        case .choosingLesson(let picker):
            return pick(key, picker: picker)
        }
        return nil
    }

    /// The score line for the end of the lesson, or nil when nothing was asked or passed:
    /// "Predictions: 2 of 3 right, 1 skipped, 1 not asked."
    public var scoreText: String? {
        let notAsked = notAskedCount
        let skipped = tutor.quiz.skipped.count
        guard tutor.quiz.asked > 0 || notAsked > 0 || skipped > 0 else { return nil }
        return tutorLabels.score(tutor.quiz.right, tutor.quiz.asked, skipped, notAsked)
    }
}
