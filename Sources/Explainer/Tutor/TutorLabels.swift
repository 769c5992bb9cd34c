import LessonKit
import PointwiseCore

/// The tutor's own words — questions, feedback, edit and save prompts — in English and Traditional Chinese.
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

    static func forLanguage(_ language: InterfaceLanguage) -> TutorLabels {
        switch language {
        case .english: english
        case .traditionalChinese: traditionalChinese
        }
    }

    static let english = TutorLabels(
        ask: { Catalogue.text(.tutorAsk, .english, ["name": $0]) }, askKeys: Catalogue.text(.tutorAskKeys, .english),
        right: { Catalogue.text(.tutorRight, .english, ["name": $0, "value": $1]) },
        wrong: { Catalogue.text(.tutorWrong, .english, ["name": $0, "answer": $1, "value": $2]) },
        notANumber: { Catalogue.text(.tutorNotANumber, .english, ["text": $0]) },
        skipped: Catalogue.text(.tutorSkipped, .english),
        predictOn: Catalogue.text(.tutorPredictOn, .english),
        predictOff: Catalogue.text(.tutorPredictOff, .english),
        score: { score(.english, right: $0, answered: $1, skipped: $2, notAsked: $3) },
        passed: { Catalogue.text(.tutorPassed, .english, ["count": String($0)]) },
        retake: Catalogue.text(.tutorRetake, .english),
        quitQuestion: Catalogue.text(.tutorQuitQuestion, .english),
        quitKeys: Catalogue.text(.tutorQuitKeys, .english),
        quitCancelled: Catalogue.text(.tutorQuitCancelled, .english),
        reverted: Catalogue.text(.tutorReverted, .english),
        nothingToRevert: Catalogue.text(.tutorNothingToRevert, .english),
        editedMark: Catalogue.text(.tutorEditedMark, .english),
        noLessonList: Catalogue.text(.lessonListUnavailable, .english),
        editsBeforeOpening: Catalogue.text(.lessonListEditsFirst, .english),
        recentFile: { Catalogue.text(.lessonListRecentFile, .english, ["title": $0]) },
        lessonListTitle: Catalogue.text(.lessonListTitle, .english),
        lessonListKeys: Catalogue.text(.lessonListKeys, .english),
        learned: Catalogue.text(.lessonLearned, .english),
        next: { Catalogue.text(.lessonNext, .english, ["name": $0, "title": $1]) },
        lastLesson: Catalogue.text(.lessonLast, .english),
        editKeys: { Catalogue.text(.tutorEditKeys, .english, ["name": $0, "value": $1]) },
        newValue: { Catalogue.text(.tutorNewValue, .english, ["name": $0]) },
        edited: { Catalogue.text(.tutorEdited, .english, ["name": $0, "value": $1]) },
        tooLarge: Catalogue.text(.tutorTooLarge, .english),
        savePath: Catalogue.text(.tutorSavePath, .english),
        overwrite: { Catalogue.text(.tutorOverwrite, .english, ["path": $0]) },
        saved: { Catalogue.text(.tutorSaved, .english, ["path": $0]) },
        notSaved: Catalogue.text(.tutorNotSaved, .english),
        saveFailed: { Catalogue.text(.tutorSaveFailed, .english, ["path": $0, "reason": $1]) },
        noSource: Catalogue.text(.tutorNoSource, .english),
        resume: { Catalogue.text(.resumePrompt, .english, ["step": String($0), "steps": String($1)]) },
        resumeScore: { Catalogue.text(.resumeScore, .english, ["right": String($0), "asked": String($1)]) })

    static let traditionalChinese = TutorLabels(
        ask: { Catalogue.text(.tutorAsk, .traditionalChinese, ["name": $0]) }, askKeys: Catalogue.text(.tutorAskKeys, .traditionalChinese),
        right: { Catalogue.text(.tutorRight, .traditionalChinese, ["name": $0, "value": $1]) },
        wrong: { Catalogue.text(.tutorWrong, .traditionalChinese, ["name": $0, "answer": $1, "value": $2]) },
        notANumber: { Catalogue.text(.tutorNotANumber, .traditionalChinese, ["text": $0]) },
        skipped: Catalogue.text(.tutorSkipped, .traditionalChinese),
        predictOn: Catalogue.text(.tutorPredictOn, .traditionalChinese),
        predictOff: Catalogue.text(.tutorPredictOff, .traditionalChinese),
        score: { score(.traditionalChinese, right: $0, answered: $1, skipped: $2, notAsked: $3) },
        passed: { Catalogue.text(.tutorPassed, .traditionalChinese, ["count": String($0)]) },
        retake: Catalogue.text(.tutorRetake, .traditionalChinese),
        quitQuestion: Catalogue.text(.tutorQuitQuestion, .traditionalChinese),
        quitKeys: Catalogue.text(.tutorQuitKeys, .traditionalChinese),
        quitCancelled: Catalogue.text(.tutorQuitCancelled, .traditionalChinese),
        reverted: Catalogue.text(.tutorReverted, .traditionalChinese),
        nothingToRevert: Catalogue.text(.tutorNothingToRevert, .traditionalChinese),
        editedMark: Catalogue.text(.tutorEditedMark, .traditionalChinese),
        noLessonList: Catalogue.text(.lessonListUnavailable, .traditionalChinese),
        editsBeforeOpening: Catalogue.text(.lessonListEditsFirst, .traditionalChinese),
        recentFile: { Catalogue.text(.lessonListRecentFile, .traditionalChinese, ["title": $0]) },
        lessonListTitle: Catalogue.text(.lessonListTitle, .traditionalChinese),
        lessonListKeys: Catalogue.text(.lessonListKeys, .traditionalChinese),
        learned: Catalogue.text(.lessonLearned, .traditionalChinese),
        next: { Catalogue.text(.lessonNext, .traditionalChinese, ["name": $0, "title": $1]) },
        lastLesson: Catalogue.text(.lessonLast, .traditionalChinese),
        editKeys: { Catalogue.text(.tutorEditKeys, .traditionalChinese, ["name": $0, "value": $1]) },
        newValue: { Catalogue.text(.tutorNewValue, .traditionalChinese, ["name": $0]) },
        edited: { Catalogue.text(.tutorEdited, .traditionalChinese, ["name": $0, "value": $1]) },
        tooLarge: Catalogue.text(.tutorTooLarge, .traditionalChinese),
        savePath: Catalogue.text(.tutorSavePath, .traditionalChinese),
        overwrite: { Catalogue.text(.tutorOverwrite, .traditionalChinese, ["path": $0]) },
        saved: { Catalogue.text(.tutorSaved, .traditionalChinese, ["path": $0]) },
        notSaved: Catalogue.text(.tutorNotSaved, .traditionalChinese),
        saveFailed: { Catalogue.text(.tutorSaveFailed, .traditionalChinese, ["path": $0, "reason": $1]) },
        noSource: Catalogue.text(.tutorNoSource, .traditionalChinese),
        resume: { Catalogue.text(.resumePrompt, .traditionalChinese, ["step": String($0), "steps": String($1)]) },
        resumeScore: { Catalogue.text(.resumeScore, .traditionalChinese, ["right": String($0), "asked": String($1)]) })

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
