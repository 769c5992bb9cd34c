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
        keyHints: KeyTable.statusHints(.english, .normal),
        wideKeyHints: KeyTable.statusHints(.english, .wide),
        shortKeyHints: KeyTable.statusHints(.english, .short),
        helpTitle: "Keys",
        helpLines: KeyTable.helpLines(.english),
        helpClose: "any key closes this help",
        helpPaging: "j k space: pages · q closes",
        tooSmall: { "The terminal is \($2)×\($3); this lesson needs at least \($0)×\($1). Enlarge the window or press q." })

    static let traditionalChinese = Labels(
        input: "輸入 x", kernels: "卷積核 w", output: "輸出",
        step: { "第 \(GroupedDigits.format($0)) 步，共 \(GroupedDigits.format($1)) 步" }, introduction: "簡介",
        pixel: { "位置 \($0)/\($1)" }, pixelAt: { "位置 (\($0), \($1))" }, runningSum: "累加和", colon: "：", playing: "播放中",
        keyHints: KeyTable.statusHints(.traditionalChinese, .normal),
        wideKeyHints: KeyTable.statusHints(.traditionalChinese, .wide),
        shortKeyHints: KeyTable.statusHints(.traditionalChinese, .short),
        helpTitle: "按鍵",
        helpLines: KeyTable.helpLines(.traditionalChinese),
        helpClose: "按任意鍵關閉說明",
        helpPaging: "j k 空白鍵：翻頁 · q 關閉",
        tooSmall: { "終端機目前 \($2)×\($3)，這一課至少需要 \($0)×\($1)。請放大視窗，或按 q 離開。" })
}
