import LessonKit

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
    public var source: SourceText?
    /// `source` as a string; nil when there is none or it is not UTF-8.
    public var sourceText: String? {
        get { source?.text }
        set { source = newValue.map(SourceText.init) }
    }
    /// The file name offered when saving a copy.
    public var suggestedSavePath = "lesson-copy.md"
    /// True while the numbers on screen differ from the file's: edited in the app and not yet
    /// saved (or reverted). The status line marks it, and quitting asks first.
    public var isEdited = false
    /// The lesson as the file gave it, kept from the first edit on, for `u` (revert).
    public var unedited: Lesson?
    /// True when a save was started from the quit question: the app quits once it is written.
    public var quitsAfterSave = false

    public init() {}
}
