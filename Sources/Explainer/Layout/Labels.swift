import LessonKit
import PointwiseCore

/// The screen's own words, in the lesson's language (English and Traditional Chinese).
public struct Labels: Sendable {
    public let input: String
    public let kernels: String
    public let output: String
    public let step: @Sendable (Int, Int) -> String
    public let introduction: String
    public let pixel: @Sendable (Int, Int) -> String
    /// The current pixel by its 1-based row and column, for the status line.
    public let pixelAt: @Sendable (Int, Int) -> String
    public let runningSum: String
    /// What follows a label before its value: `: ` in English, the full-width `：` in Chinese.
    public let colon: String
    public let playing: String
    public let keyHints: String
    /// The key hints with the cost and matrix views, when the line has room for them.
    public let wideKeyHints: String
    /// The key hints when the full line does not fit.
    public let shortKeyHints: String
    public let helpTitle: String
    public let helpLines: [(keys: String, action: String)]
    public let helpClose: String
    /// The help's last line when it is shown a page at a time.
    public let helpPaging: String
    public let tooSmall: @Sendable (Int, Int, Int, Int) -> String

    public static func forLanguage(_ language: InterfaceLanguage) -> Labels {
        switch language {
        case .english: return english
        case .traditionalChinese: return traditionalChinese
        }
    }

    static let english = Labels(
        input: "input x", kernels: "kernels w", output: "output",
        step: { "step \(GroupedDigits.format($0)) of \(GroupedDigits.format($1))" }, introduction: "introduction",
        pixel: { "pixel \($0) of \($1)" }, pixelAt: { "pixel (\($0), \($1))" }, runningSum: "running sum", colon: ": ", playing: "playing",
        keyHints: "→ l next  ← h back  n p pixel  ? help  q quit",
        wideKeyHints: "→ l next  ← h back  n p pixel  c cost  m matrix  o lessons  ? help  q quit",
        shortKeyHints: "? help  q quit",
        helpTitle: "Keys",
        helpLines: [
            ("→  l  space", "next term"), ("←  h", "previous term"),
            ("n  /  p", "next / previous pixel"), ("g  Home", "first step (the introduction)"),
            ("G  End", "last step"), ("a", "autoplay on / off"), ("+  /  -", "faster / slower"),
            ("r", "start again: every question is asked again"),
            ("2…  2+", "in an output cell: a partial sum, still being added up"),
            ("[  ]", "page of channels back / on"), ("{  }", "page of kernels back / on"),
            ("H L K J", "grid window ← → ↑ ↓"),
            ("Ctrl-D  PgDn", "more of the lesson's text, when it does not fit"), ("Ctrl-U  PgUp", "back up the lesson's text"),
            ("c", "cost view: why 1×1 is cheap (c again: back)"), ("m", "matrix view: pixels × weights (m again: back)"),
            ("v", "picture view: channels as heatmaps (v again: back)"),
            ("P", "predict mode: guess each output value first"), ("e", "edit the input and weights (Esc: done)"),
            ("w", "save the lesson, with your edits, as a new file"),
            ("u", "revert: undo your edits, back to the file's numbers"),
            ("mouse", "click a number: go to its terms; wheel: step"),
            ("?", "this help"), ("q  Esc", "quit (asks first if edits are not saved)"),
        ],
        helpClose: "any key closes this help",
        helpPaging: "j k space: pages · q closes",
        tooSmall: { "The terminal is \($2)×\($3); this lesson needs at least \($0)×\($1). Enlarge the window or press q." })

    static let traditionalChinese = Labels(
        input: "輸入 x", kernels: "卷積核 w", output: "輸出",
        step: { "第 \(GroupedDigits.format($0)) 步，共 \(GroupedDigits.format($1)) 步" }, introduction: "簡介",
        pixel: { "位置 \($0)/\($1)" }, pixelAt: { "位置 (\($0), \($1))" }, runningSum: "累加和", colon: "：", playing: "播放中",
        keyHints: "→ l 下一步  ← h 上一步  n p 位置  ? 說明  q 離開",
        wideKeyHints: "→ l 下一步  ← h 上一步  n p 位置  c 計算量  m 矩陣  o 課程  ? 說明  q 離開",
        shortKeyHints: "? 說明  q 離開",
        helpTitle: "按鍵",
        helpLines: [
            ("→  l  空白鍵", "下一項"), ("←  h", "上一項"),
            ("n  /  p", "下一個 / 上一個位置"), ("g  Home", "第一步（簡介）"),
            ("G  End", "最後一步"), ("a", "自動播放 開 / 關"), ("+  /  -", "加快 / 減慢"),
            ("r", "從頭開始：每題都會再問一次"),
            ("2…  2+", "輸出格中：尚未加完的部分和"),
            ("[  ]", "通道翻頁：上一頁 / 下一頁"), ("{  }", "卷積核翻頁：上一頁 / 下一頁"),
            ("H L K J", "移動格子視窗 ← → ↑ ↓"),
            ("Ctrl-D  PgDn", "課文放不下時：往下捲"), ("Ctrl-U  PgUp", "課文往上捲"),
            ("c", "計算量：為什麼 1×1 便宜（再按一次返回）"), ("m", "矩陣：位置 × 權重（再按一次返回）"),
            ("v", "圖像：每個通道畫成一張熱度圖（再按一次返回）"),
            ("P", "預測模式：先猜每個輸出值"), ("e", "編輯輸入與權重（Esc 完成）"),
            ("w", "把課程連同修改另存為新檔"),
            ("u", "還原：取消修改，回到檔案中的數字"),
            ("滑鼠", "點數字：跳到它的項；滾輪：前後一步"),
            ("?", "這份說明"), ("q  Esc", "離開（修改未儲存時會先詢問）"),
        ],
        helpClose: "按任意鍵關閉說明",
        helpPaging: "j k 空白鍵：翻頁 · q 關閉",
        tooSmall: { "終端機目前 \($2)×\($3)，這一課至少需要 \($0)×\($1)。請放大視窗，或按 q 離開。" })
}
