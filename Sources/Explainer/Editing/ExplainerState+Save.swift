import LessonKit

extension ExplainerState {
    /// `w`: ask for a file name to save the lesson, with its edits, as a new file.
    mutating func startSaving() {
        guard tutor.sourceText != nil else {
            tutor.message = tutorLabels.noSource
            return
        }
        isPlaying = false
        tutor.interaction = .choosingSavePath(InputLine(kind: .text, text: tutor.suggestedSavePath))
    }

    /// A key while the file name is typed; Enter asks the edge to write (never over a file unasked).
    mutating func typeSavePath(_ key: Key, line: InputLine) -> Effect? {
        var line = line
        switch line.apply(key) {
        case .editing:
            tutor.interaction = .choosingSavePath(line)
            return nil
        case .cancelled:
            tutor.interaction = nil
            tutor.quitsAfterSave = false
            tutor.message = tutorLabels.notSaved
            return nil
        case .submitted(let path):
            let path = path.trimmingSpaces
            guard !path.isEmpty, let source = tutor.sourceText else {
                tutor.interaction = nil
                tutor.quitsAfterSave = false
                tutor.message = tutorLabels.notSaved
                return nil
            }
            tutor.interaction = nil
            switch LessonWriter.rewrite(source: source, input: walk.convolution.input, weights: walk.convolution.kernels.weights) {
            case .success(let contents):
                return .save(SaveRequest(path: path, contents: contents, overwrite: false))
            case .failure(let failure):
                tutor.quitsAfterSave = false
                tutor.message = tutorLabels.saveFailed(path, failure.text.text(lesson.interfaceLanguage))
                return nil
            }
        }
    }

    /// `y` replaces the existing file; any other key keeps it.
    mutating func confirmOverwrite(_ key: Key, request: SaveRequest) -> Effect? {
        tutor.interaction = nil
        guard key == .character("y") || key == .character("Y") else {
            tutor.quitsAfterSave = false
            tutor.message = tutorLabels.notSaved
            return nil
        }
        return .save(SaveRequest(path: request.path, contents: request.contents, overwrite: true))
    }

    /// What the edge reports after writing; quits when the save was asked for on the way out.
    mutating func apply(_ result: SaveResult) -> Effect? {
        switch result {
        case .saved(let path):
            tutor.message = tutorLabels.saved(path)
            tutor.suggestedSavePath = path
            // The edits are in a file now: nothing is lost by quitting.
            tutor.isEdited = false
            if tutor.quitsAfterSave { return .quit }
        case .exists(let request):
            tutor.interaction = .confirmingOverwrite(request)
        case .failed(let path, let reason):
            tutor.quitsAfterSave = false
            tutor.message = tutorLabels.saveFailed(path, reason)
        }
        return nil
    }

    /// Offers to resume at saved progress; the edge calls this before the first frame.
    public mutating func offerResume(_ point: ResumePoint) {
        guard point.position > 0, point.position <= walk.stepCount else { return }
        tutor.interaction = .offeringResume(point)
    }

    /// `y` resumes at the saved step with the saved score; any other key starts afresh.
    mutating func answerResume(_ key: Key, point: ResumePoint) {
        tutor.interaction = nil
        guard key == .character("y") || key == .character("Y") else { return }
        walk.moveTo(position: point.position)
        tutor.quiz.answers = point.answers
    }
}

extension String {
    /// The text without leading and trailing spaces.
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
