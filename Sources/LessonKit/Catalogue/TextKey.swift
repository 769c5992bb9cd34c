/// The name of one user-facing text in the catalogue, grouped by where it is shown.
public enum TextKey: String, CaseIterable, Sendable {
    // `pointwise --help`.
    case helpUsage = "help.usage"
    case helpRun = "help.run"
    // `pointwise list`.
    case listName = "list.name"
    case listLanguage = "list.language"
    case listTitle = "list.title"
    case listInvalid = "list.invalid"
    // `pointwise check` and loading a lesson on the command line.
    case checkOK = "check.ok"
    case checkOKWithWarnings = "check.okWithWarnings"
    case lessonNotValid = "lesson.notValid"
    case lessonNotFound = "lesson.notFound"
    /// The title of a lesson that has none.
    case lessonDefaultTitle = "lesson.defaultTitle"
    // `pointwise print`: the scaffolding around the lesson's text.
    case printSummary = "print.summary"
    case printStep = "print.step"
    case printRunningSum = "print.runningSum"
    case printOutput = "print.output"
    // The reload panel, when a watched lesson file goes wrong.
    case reloadTitle = "reload.title"
    case reloadInvalid = "reload.invalid"
    case reloadMissing = "reload.missing"
    case reloadUnreadable = "reload.unreadable"
    case reloadMoreLines = "reload.moreLines"
    // The resume prompt, when a lesson is opened again.
    case resumePrompt = "resume.prompt"
    case resumeScore = "resume.score"
}
