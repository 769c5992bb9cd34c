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
        ask: { "Predict \($0) = " }, askKeys: "Enter check  Esc skip",
        right: { "Right: \($0) = \($1)." },
        wrong: { "Not quite: you said \($1); \($0) = \($2). The formula shows each term." },
        notANumber: { "'\($0)' is not a number: type digits, - and ." },
        skipped: "Skipped: step on to see how the value is built.",
        predictOn: "Predict mode on: you will be asked each output value before it is shown (P: off).",
        predictOff: "Predict mode off: only the lesson's own questions are asked.",
        score: { right, answered, skipped, notAsked in
            var parts = ["\(right) of \(answered) right"]
            if skipped > 0 { parts.append("\(skipped) skipped") }
            if notAsked > 0 { parts.append("\(notAsked) not asked") }
            return "Predictions: " + parts.joined(separator: ", ") + "."
        },
        passed: { "Passed \(EnglishCount.format($0, "question")) without asking; r starts again and asks every question." },
        retake: "Starting again: every question will be asked again.",
        quitQuestion: "Your edits are not saved. Quit anyway?",
        quitKeys: "s save a copy  d discard and quit  c cancel",
        quitCancelled: "Not quit; your edits are still here (w saves a copy, u reverts).",
        reverted: "Reverted: the numbers are the file's again.",
        nothingToRevert: "Nothing to revert: the numbers are the file's.",
        editedMark: "edited",
        noLessonList: "No lesson list here.",
        editsBeforeOpening: "Your edits are not saved: w saves a copy, u reverts; then open another lesson.",
        recentFile: { "\($0) (recent file)" },
        lessonListTitle: "Lessons",
        lessonListKeys: "↑ ↓ j k choose  Enter open  Esc close",
        learned: "Learned: only the depth changes, not H×W; each output mixes one pixel's channels; and it is cheap.",
        next: { "Next: \($0) — \($1). Press o to open it (or another lesson)." },
        lastLesson: "That was the last lesson: o lists them all.",
        editKeys: { "Editing \($0) = \($1)   arrows/hjkl move  Tab input/weights  Enter new value  Esc done" },
        newValue: { "New value for \($0): " },
        edited: { "\($0) is now \($1); every output was recomputed." },
        tooLarge: "Not applied: with that value the sums would be too large or too precise to keep exact.",
        savePath: "Save a copy to: ",
        overwrite: { "\($0) exists. Replace it? y/n " },
        saved: { "Saved a copy to \($0)." },
        notSaved: "Not saved.",
        saveFailed: { "Could not save \($0): \($1)" },
        noSource: "This lesson's text is not available, so it cannot be saved.",
        resume: { Catalogue.text(.resumePrompt, .english, ["step": String($0), "steps": String($1)]) },
        resumeScore: { Catalogue.text(.resumeScore, .english, ["right": String($0), "asked": String($1)]) })

    static let traditionalChinese = TutorLabels(
        ask: { "預測 \($0) = " }, askKeys: "Enter 檢查  Esc 略過",
        right: { "答對了：\($0) = \($1)。" },
        wrong: { "不對：你的答案是 \($1)；\($0) = \($2)。公式列出了每一項。" },
        notANumber: { "「\($0)」不是數字：請輸入數字、- 和 ." },
        skipped: "已略過：繼續前進，看這個值如何算出。",
        predictOn: "預測模式開啟：每個輸出值顯示前都會先請你預測（再按 P 關閉）。",
        predictOff: "預測模式關閉：只問課程本身的題目。",
        score: { right, answered, skipped, notAsked in
            var text = "預測：\(answered) 題中答對 \(right) 題"
            if skipped > 0 { text += "，略過 \(skipped) 題" }
            if notAsked > 0 { text += "，\(notAsked) 題未作答" }
            return text + "。"
        },
        passed: { "跳過了 \($0) 題未作答；按 r 重新開始，每題都會再問一次。" },
        retake: "重新開始：每一題都會再問一次。",
        quitQuestion: "你的修改尚未儲存。仍要離開嗎？",
        quitKeys: "s 另存新檔  d 放棄並離開  c 取消",
        quitCancelled: "未離開；修改仍在（w 另存新檔，u 還原）。",
        reverted: "已還原：數字回到檔案中的值。",
        nothingToRevert: "沒有可還原的修改：數字就是檔案中的值。",
        editedMark: "已修改",
        noLessonList: "這裡沒有課程清單。",
        editsBeforeOpening: "修改尚未儲存：w 另存新檔，u 還原；之後再開啟其他課程。",
        recentFile: { "\($0)（最近的檔案）" },
        lessonListTitle: "課程",
        lessonListKeys: "↑ ↓ j k 選擇  Enter 開啟  Esc 關閉",
        learned: "學到了：只改變深度、不改變高寬；每個輸出混合單一位置的通道；而且計算量小。",
        next: { "下一課：\($0)——\($1)。按 o 開啟（或選其他課程）。" },
        lastLesson: "這是最後一課：按 o 列出所有課程。",
        editKeys: { "編輯 \($0) = \($1)   方向鍵/hjkl 移動  Tab 輸入/權重  Enter 輸入新值  Esc 完成" },
        newValue: { "\($0) 的新值：" },
        edited: { "\($0) 已改為 \($1)；所有輸出都已重新計算。" },
        tooLarge: "未套用：這個值會讓加總太大或太精細，無法保持精確。",
        savePath: "另存新檔：",
        overwrite: { "\($0) 已存在。要取代嗎？y/n " },
        saved: { "已另存到 \($0)。" },
        notSaved: "未儲存。",
        saveFailed: { "無法儲存 \($0)：\($1)" },
        noSource: "找不到這一課的原文，無法儲存。",
        resume: { Catalogue.text(.resumePrompt, .traditionalChinese, ["step": String($0), "steps": String($1)]) },
        resumeScore: { Catalogue.text(.resumeScore, .traditionalChinese, ["right": String($0), "asked": String($1)]) })
}
