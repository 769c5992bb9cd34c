import PointwiseCore

/// The learner's predictions so far: which output values were asked, and which were right.
public struct Quiz: Hashable, Sendable {
    /// True when every output value is asked before it is revealed (`P`), not only the lesson's questions.
    public var asksEveryValue = false
    /// Each answered value, true when the prediction was right.
    public var answers: [OutputPlace: Bool] = [:]
    /// Values the learner chose not to answer (Esc); they are revealed without asking again.
    public var skipped: Set<OutputPlace> = []

    public init(asksEveryValue: Bool = false, answers: [OutputPlace: Bool] = [:]) {
        self.asksEveryValue = asksEveryValue
        self.answers = answers
    }

    /// Right answers.
    public var right: Int { answers.values.filter { $0 }.count }
    /// Answered questions.
    public var asked: Int { answers.count }

    /// True when this value should still be asked before it is revealed.
    func isOpen(_ place: OutputPlace) -> Bool {
        answers[place] == nil && !skipped.contains(place)
    }
}
