import LessonKit

/// The picture view's own words, in English and Traditional Chinese.
struct PictureLabels: Sendable {
    let viewName: String
    let keyHints: String
    let shortKeyHints: String
    /// "x1–12 of 192" for a page of channels.
    let shownChannels: @Sendable (_ first: String, _ last: String, _ total: Int) -> String
    /// "out3 of 16" for a page of one channel.
    let shownChannel: @Sendable (_ name: String, _ total: Int) -> String
    /// Each cell shows the average of `n × n` pixels.
    let averaged: @Sendable (_ factor: Int) -> String
    /// Each pixel is drawn `n` times larger.
    let magnified: @Sendable (_ factor: Int) -> String
    /// A layer too big to compute whole at once: the output is shown at every n-th pixel.
    let sampled: @Sendable (_ stride: Int) -> String
    /// Under the kernels: which rows and columns are shown.
    let kernelWindow: @Sendable (_ kernels: String, _ channels: String) -> String
    /// The idea of the view, at the introduction (in place of the formula).
    let idea: @Sendable (_ inChannels: Int, _ outChannels: Int) -> String
    /// What the colours mean, under the panels.
    let colorKey: @Sendable (_ style: PictureStyle) -> String

    static func forLanguage(_ language: InterfaceLanguage) -> PictureLabels {
        switch language {
        case .english: return english
        case .traditionalChinese: return traditionalChinese
        }
    }

    static let english = PictureLabels(
        viewName: "pictures",
        keyHints: "v numbers  → l next  n p pixel  a play  ? help  q quit",
        shortKeyHints: "v numbers  ? help  q quit",
        shownChannels: { "\($0)–\($1) of \($2)" },
        shownChannel: { "\($0) of \($1)" },
        averaged: { "1 px = avg of \($0)×\($0)" },
        magnified: { $0 > 1 ? "1 px drawn \($0)×\($0)" : "1 px = 1 px" },
        sampled: { "sampled 1 px in \($0)×\($0)" },
        kernelWindow: { "\($0) × \($1)" },
        idea: { "Each output picture is a weighted mix of these \($0) input pictures: one row of w gives the mix for one of the \($1) outputs." },
        colorKey: { style in
            switch style {
            case .color: return "colours: blue < 0 < orange (signed), dark → yellow from 0 (non-negative); blank: not computed yet"
            case .shades: return "shades: darker is lower; for signed values ▒ is 0; blank: not computed yet"
            case .ascii: return "ramp ' .:-=+*#%@': lower to higher; for signed values '=' is 0; blank: not computed yet"
            }
        })

    static let traditionalChinese = PictureLabels(
        viewName: "圖像",
        keyHints: "v 數字  → l 下一步  n p 位置  a 播放  ? 說明  q 離開",
        shortKeyHints: "v 數字  ? 說明  q 離開",
        shownChannels: { "\($0)–\($1)（共 \($2)）" },
        shownChannel: { "\($0)（共 \($1)）" },
        averaged: { "1 點 = \($0)×\($0) 平均" },
        magnified: { $0 > 1 ? "放大 \($0) 倍" : "原尺寸" },
        sampled: { "每 \($0)×\($0) 點取 1 點" },
        kernelWindow: { "\($0) × \($1)" },
        idea: { "每張輸出圖都是這 \($0) 張輸入圖的加權組合：w 的每一列給出 \($1) 個輸出之一的組合方式。" },
        colorKey: { style in
            switch style {
            case .color: return "顏色：藍 < 0 < 橙（有正負）；非負值由深到黃；空白：尚未計算"
            case .shades: return "深淺：越暗越小；有正負時 ▒ 是 0；空白：尚未計算"
            case .ascii: return "字元 ' .:-=+*#%@'：由小到大；有正負時 '=' 是 0；空白：尚未計算"
            }
        })
}
