import PointwiseCore

/// What the bottom line is asking of the learner, if anything; while it asks, keys go to it.
public enum Interaction: Hashable, Sendable {
    /// "What is out_i(r, c)?" before the value is revealed.
    case predicting(Prediction)
    /// A cell of the input or the weights is selected for editing, perhaps with a value being typed.
    case editing(CellEditor)
    /// The file name to save the edited lesson to.
    case choosingSavePath(InputLine)
    /// The file exists: overwrite it? y/n.
    case confirmingOverwrite(SaveRequest)
    /// Saved progress was found: resume at this position? y/n.
    case offeringResume(ResumePoint)
    /// The lesson list (`o`): which lesson to open.
    case choosingLesson(LessonPicker)
    /// Quit with unsaved edits: s save a copy, d discard and quit, c (or Esc) cancel.
    case confirmingQuit

    /// True while a cell is selected for editing (its selection mark is found on the click map).
    var isEditing: Bool {
        if case .editing = self { return true }
        return false
    }
}

/// A question on screen: the value asked for, the lesson's hint, and the answer being typed.
public struct Prediction: Hashable, Sendable {
    public let place: OutputPlace
    public let hint: String?
    /// The walk position that reveals the value (the step that finishes it).
    public let revealPosition: Int
    /// The value's first step; the question is asked on the step before it.
    public let entryPosition: Int
    public var line = InputLine(kind: .number)
}

/// Where to resume a lesson and the score earned there, from saved progress.
public struct ResumePoint: Hashable, Sendable {
    public let position: Int
    public let answers: [OutputPlace: Bool]

    public init(position: Int, answers: [OutputPlace: Bool]) {
        self.position = position
        self.answers = answers
    }
}

/// Writing a file, asked of the edge: the text, where, and whether an existing file may be replaced.
public struct SaveRequest: Hashable, Sendable {
    public let path: String
    public let contents: String
    /// False on the first attempt: the edge reports `.exists` instead of replacing a file.
    public let overwrite: Bool

    public init(path: String, contents: String, overwrite: Bool) {
        self.path = path
        self.contents = contents
        self.overwrite = overwrite
    }
}

/// What became of a `SaveRequest`, reported back by the edge as an action.
public enum SaveResult: Hashable, Sendable {
    case saved(path: String)
    /// A file is there and the request did not allow replacing it.
    case exists(SaveRequest)
    case failed(path: String, reason: String)
}
