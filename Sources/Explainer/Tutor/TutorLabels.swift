import LessonKit
import PointwiseCore

/// The tutor's own words — questions, feedback, edit and save prompts — in a language, from the catalogue.
struct TutorLabels: Sendable {
    let ask: @Sendable (String) -> String
    let askKeys: String
    let right: @Sendable (String, String) -> String
    let wrong: @Sendable (String, String, String) -> String
    let notANumber: @Sendable (String) -> String
    let skipped: String
    let predictOn: String
    let predictOff: String
    let score: @Sendable (Int, Int, Int, Int) -> String
    let passed: @Sendable (Int) -> String
    let retake: String
    let quitQuestion: String
    let quitKeys: String
    let quitCancelled: String
    let reverted: String
    let nothingToRevert: String
    let editedMark: String
    let noLessonList: String
    let editsBeforeOpening: String
    let recentFile: @Sendable (String) -> String
    let lessonListTitle: String
    let lessonListKeys: String
    let learned: String
    let next: @Sendable (String, String) -> String
    let lastLesson: String
    let editKeys: @Sendable (String, String) -> String
    let newValue: @Sendable (String) -> String
    let edited: @Sendable (String, String) -> String
    let tooLarge: String
    let savePath: String
    let overwrite: @Sendable (String) -> String
    let saved: @Sendable (String) -> String
    let notSaved: String
    let saveFailed: @Sendable (String, String) -> String
    let noSource: String
    let resume: @Sendable (Int, Int) -> String
    let resumeScore: @Sendable (Int, Int) -> String

    /// The tutor's words in a language: made once per language, since every frame asks for them.
    static func forLanguage(_ language: InterfaceLanguage) -> TutorLabels { all[language] }

    private static let all = ByLanguage(made)

    /// The tutor's words in `language`: one table of catalogue entries for every language.
    private static func made(_ language: InterfaceLanguage) -> TutorLabels {
        TutorLabels(
            ask: { Catalogue.text(.tutorAsk, language, ["name": $0]) }, askKeys: Catalogue.text(.tutorAskKeys, language),
            right: { Catalogue.text(.tutorRight, language, ["name": $0, "value": $1]) },
            wrong: { Catalogue.text(.tutorWrong, language, ["name": $0, "answer": $1, "value": $2]) },
            notANumber: { Catalogue.text(.tutorNotANumber, language, ["text": $0]) },
            skipped: Catalogue.text(.tutorSkipped, language),
            predictOn: Catalogue.text(.tutorPredictOn, language),
            predictOff: Catalogue.text(.tutorPredictOff, language),
            score: { score(language, right: $0, answered: $1, skipped: $2, notAsked: $3) },
            passed: { Catalogue.text(.tutorPassed, language, ["count": String($0)]) },
            retake: Catalogue.text(.tutorRetake, language),
            quitQuestion: Catalogue.text(.tutorQuitQuestion, language),
            quitKeys: Catalogue.text(.tutorQuitKeys, language),
            quitCancelled: Catalogue.text(.tutorQuitCancelled, language),
            reverted: Catalogue.text(.tutorReverted, language),
            nothingToRevert: Catalogue.text(.tutorNothingToRevert, language),
            editedMark: Catalogue.text(.tutorEditedMark, language),
            noLessonList: Catalogue.text(.lessonListUnavailable, language),
            editsBeforeOpening: Catalogue.text(.lessonListEditsFirst, language),
            recentFile: { Catalogue.text(.lessonListRecentFile, language, ["title": $0]) },
            lessonListTitle: Catalogue.text(.lessonListTitle, language),
            lessonListKeys: Catalogue.text(.lessonListKeys, language),
            learned: Catalogue.text(.lessonLearned, language),
            next: { Catalogue.text(.lessonNext, language, ["name": $0, "title": $1]) },
            lastLesson: Catalogue.text(.lessonLast, language),
            editKeys: { Catalogue.text(.tutorEditKeys, language, ["name": $0, "value": $1]) },
            newValue: { Catalogue.text(.tutorNewValue, language, ["name": $0]) },
            edited: { Catalogue.text(.tutorEdited, language, ["name": $0, "value": $1]) },
            tooLarge: Catalogue.text(.tutorTooLarge, language),
            savePath: Catalogue.text(.tutorSavePath, language),
            overwrite: { Catalogue.text(.tutorOverwrite, language, ["path": $0]) },
            saved: { Catalogue.text(.tutorSaved, language, ["path": $0]) },
            notSaved: Catalogue.text(.tutorNotSaved, language),
            saveFailed: { Catalogue.text(.tutorSaveFailed, language, ["path": $0, "reason": $1]) },
            noSource: Catalogue.text(.tutorNoSource, language),
            resume: { Catalogue.text(.resumePrompt, language, ["step": String($0), "steps": String($1)]) },
            resumeScore: { Catalogue.text(.resumeScore, language, ["right": String($0), "asked": String($1)]) })
    }

    /// The predictions so far: right of answered, then the skipped and the not asked when any.
    /// With nothing answered it says so ("none answered, 1 not asked") rather than "0 of 0 right".
    private static func score(_ language: InterfaceLanguage, right: Int, answered: Int, skipped: Int, notAsked: Int) -> String {
        var text =
            answered == 0
            ? Catalogue.text(.tutorScoreNoneAnswered, language)
            : Catalogue.text(.tutorScore, language, ["right": String(right), "answered": String(answered)])
        if skipped > 0 { text += Catalogue.text(.tutorScoreSkipped, language, ["count": String(skipped)]) }
        if notAsked > 0 { text += Catalogue.text(.tutorScoreNotAsked, language, ["count": String(notAsked)]) }
        return text + Catalogue.text(.tutorScoreEnd, language)
    }
}
