/// The explainer's tutor side: the quiz, the prompt on the bottom line, edits and saving.
///
/// Kept in one value so the explainer's state grows by a single property for all of it.
public struct TutorState: Hashable, Sendable {
    /// Predictions made and whether each was right.
    public var quiz = Quiz()
    /// What the bottom line is asking, or nil when keys drive the walk.
    public var interaction: Interaction?
    /// One line of feedback ("Right!", "saved to …"), cleared by the next key.
    public var message: String?
    /// The lesson file's text as read, for saving an edited copy; nil when not available.
    public var sourceText: String?
    /// The file name offered when saving a copy.
    public var suggestedSavePath = "lesson-copy.md"
    /// True once a number was edited in the app.
    public var isEdited = false

    public init() {}
}
