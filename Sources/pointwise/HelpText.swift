import Explainer
import LessonKit

/// The text of `pointwise --help` and `--version`.
enum HelpText {
    static let version = "pointwise 0.1.0"

    /// `--help` in the locale's language, with the key summary from the key table.
    static func usage(_ language: InterfaceLanguage) -> String {
        Catalogue.text(.helpUsage, language, ["keys": KeyTable.commandLineSummary(language)])
    }
}
