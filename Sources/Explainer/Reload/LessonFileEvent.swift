import LessonKit
import PointwiseCore

/// What the edge found when it looked again at the lesson file it watches.
///
/// The edge stats and reads the file; everything else (checking the lesson, keeping the
/// learner's place, showing the problems) is pure, in `ExplainerState.update(.lessonFile(_:))`.
public enum LessonFileEvent: Hashable, Sendable {
    /// The file holds a valid lesson again: show it, keeping the learner's place where it exists.
    /// `source` is the file's text, for saving an edited copy of the new version.
    case reloaded(Lesson, source: SourceText? = nil)
    /// The file changed but cannot be used: keep the last good lesson and say why in a panel.
    case problem(LessonFileProblem)

    /// The event for a file's new contents, once read: the lesson, or its errors located.
    public init(path: String, result: LessonReader.Result) {
        if let lesson = result.lesson {
            // The bytes as read (copied only if they are a mapping), not a decoded string of them.
            self = .reloaded(lesson, source: result.sourceBytes.map { SourceText(bytes: $0) } ?? result.source.map(SourceText.init))
        } else {
            self = .problem(.invalid(path: path, result: result))
        }
    }
}

/// Why the lesson on screen is not what the file holds now; shown until the file is fixed.
public struct LessonFileProblem: Hashable, Sendable {
    /// What went wrong with the file.
    public enum Kind: Hashable, Sendable {
        /// The file has errors (the lines are its diagnostics).
        case invalid
        /// The file is gone (deleted or renamed away); it reloads when it comes back.
        case missing
        /// The file is there but cannot be read (the line says why).
        case unreadable
    }

    public let kind: Kind
    /// The file's path as given, with control characters made inert.
    public let path: String
    /// The details, one screen line each, inert: the diagnostics as `pointwise check` prints
    /// them (`path:line:col: error: …`, the source line, the caret, notes), or the reason.
    public let lines: [String]
    /// The same details in Traditional Chinese, for a Chinese lesson's panel; nil when they do
    /// not depend on the language.
    public var chineseLines: [String]? = nil

    /// The details in `language`.
    public func lines(_ language: InterfaceLanguage) -> [String] {
        language == .traditionalChinese ? chineseLines ?? lines : lines
    }

    /// The file's errors (not its warnings: a lesson with warnings loads), rendered like `check`
    /// in each language, since the panel speaks the lesson's.
    public static func invalid(path: String, result: LessonReader.Result) -> LessonFileProblem {
        // A reader always reports an error for a file it refuses; show everything if one ever did not.
        let errorsOnly = result.diagnostics.containsErrors
        func lines(_ language: InterfaceLanguage) -> [String] {
            let text = DiagnosticRenderer(path: path, source: result.source ?? "", language: language).render(
                result, errorsOnly: errorsOnly)
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return LessonFileProblem(kind: .invalid, path: inert(path), lines: lines(.english), chineseLines: lines(.traditionalChinese))
    }

    /// The file no longer exists.
    public static func missing(path: String) -> LessonFileProblem {
        LessonFileProblem(kind: .missing, path: inert(path), lines: [])
    }

    /// The file exists but reading it failed, for `reason` (e.g. "permission denied"), said in
    /// each language like the diagnostics.
    public static func unreadable(path: String, reason: CatalogueText) -> LessonFileProblem {
        LessonFileProblem(
            kind: .unreadable, path: inert(path), lines: [inert(reason.text(.english))],
            chineseLines: [inert(reason.text(.traditionalChinese))])
    }

    private static func inert(_ text: String) -> String {
        InertText.escape(text)
    }
}
