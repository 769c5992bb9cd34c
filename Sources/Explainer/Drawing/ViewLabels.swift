import LessonKit

/// The cost and matrix views' own words, in English and Traditional Chinese.
///
/// Kept apart from `Labels` so the views' many phrases stay next to the views that use them;
/// the Chinese follows the source note's terms (計算複雜度, 降維, 逐點卷積, 通道數 …).
struct ViewLabels: Sendable {
    // Shared by both views.
    let keyHints: String
    let shortKeyHints: String
    let viewName: String

    static func forLanguage(_ language: InterfaceLanguage, view: ExplainerView) -> ViewLabels {
        switch (language, view) {
        case (.english, .matrix):
            return ViewLabels(
                keyHints: "m grid  c cost  → l next  n p pixel  ? help  q quit", shortKeyHints: "m grid  ? help  q quit", viewName: "matrix"
            )
        case (.english, _):
            return ViewLabels(keyHints: "c grid  m matrix  ? help  q quit", shortKeyHints: "c grid  q quit", viewName: "cost")
        case (.traditionalChinese, .matrix):
            return ViewLabels(keyHints: "m 網格  c 計算量  → l 下一步  n p 位置  ? 說明  q 離開", shortKeyHints: "m 網格  ? 說明  q 離開", viewName: "矩陣")
        case (.traditionalChinese, _): return ViewLabels(keyHints: "c 網格  m 矩陣  ? 說明  q 離開", shortKeyHints: "c 網格  q 離開", viewName: "計算量")
        }
    }
}

/// The cost view's words: headings, row names and the sentences under the table.
struct CostLabels: Sendable {
    let heading: String
    let settings: @Sendable (_ shape: String, _ k: Int, _ b: Int, _ n: Int) -> String
    let columns: (formula: String, multiplications: String, additions: String, parameters: String)
    /// The count columns' headers when the long ones leave a column out.
    let shortColumns: (multiplications: String, additions: String, parameters: String)
    /// Row names; `k` is the kernel written `5×5`, channels as numbers.
    let thisLayer: @Sendable (_ inChannels: Int, _ outChannels: Int) -> String
    let direct: @Sendable (_ k: String, _ inChannels: Int, _ n: Int) -> String
    let bottleneckReduction: @Sendable (_ inChannels: Int, _ b: Int) -> String
    let bottleneckSpatial: @Sendable (_ k: String, _ b: Int, _ n: Int) -> String
    let bottleneckTotal: String
    let depthwise: @Sendable (_ k: String, _ inChannels: Int) -> String
    let separablePointwise: @Sendable (_ inChannels: Int, _ n: Int) -> String
    let separableTotal: String
    /// The sentences under the table: each path's sum written out, then how it compares.
    let bottleneckSummary: @Sendable (_ sum: String, _ comparison: String) -> String
    let separableSummary: @Sendable (_ sum: String, _ mobileNet: String, _ comparison: String) -> String
    let pointwiseSummary: @Sendable (_ k: String, _ inChannels: Int, _ outChannels: Int, _ area: Int, _ cost: String) -> String
    /// A path against the direct `k×k` layer: its ratio (and whether that is exact), `k×k`,
    /// the inverse ratio (and whether exact), and whether the path is the cheaper one.
    let comparison:
        @Sendable (_ ratio: String, _ ratioExact: Bool, _ k: String, _ inverse: String, _ inverseExact: Bool, _ fewer: Bool) -> String
    let uncountable: String

    static func forLanguage(_ language: InterfaceLanguage) -> CostLabels {
        switch language {
        case .english: return english
        case .traditionalChinese: return traditionalChinese
        }
    }

    static let english = CostLabels(
        heading: "Computational cost: this 1×1 layer and three ways to reach N channels",
        settings: { "input H×W×C_in = \($0) · k = \($1) · B = \($2) · N = \($3)" },
        columns: ("formula", "multiplications", "additions", "parameters"),
        shortColumns: ("mult.", "add.", "params"),
        thisLayer: { "this 1×1, \($0) → \($1)" },
        direct: { "direct \($0), \($1) → \($2)" },
        bottleneckReduction: { "bottleneck 1×1, \($0) → \($1)" },
        bottleneckSpatial: { "  then \($0), \($1) → \($2)" },
        bottleneckTotal: "  = bottleneck path",
        depthwise: { "depthwise \($0), \($1)" },
        separablePointwise: { "  then 1×1, \($0) → \($1)" },
        separableTotal: "  = separable layer",
        bottleneckSummary: { "Bottleneck: \($0) multiplications, \($1)." },
        separableSummary: { "Depthwise-separable: \($0) multiplications; 1/N\u{A0}+\u{A0}1/k² = \($1), \($2)." },
        pointwiseSummary: {
            "This 1×1 layer: a \($0) layer with the same channels (\($1) → \($2)) would cost k² = \($3) times as much, \($4) multiplications."
        },
        comparison: { ratio, ratioExact, k, inverse, _, fewer in
            let value = (ratioExact ? "" : "≈ ") + ratio
            return fewer ? "\(value) of the direct \(k) (\(inverse)× fewer)" : "\(value) times the direct \(k)"
        },
        uncountable: "These layers are too large to count in 64 bits.")

    static let traditionalChinese = CostLabels(
        heading: "計算複雜度：這層 1×1 卷積，與得到 N 個通道的三種做法",
        settings: { "輸入 H×W×C_in = \($0) · k = \($1) · B = \($2) · N = \($3)" },
        columns: ("公式", "乘法次數", "加法次數", "參數量"),
        shortColumns: ("乘法", "加法", "參數"),
        thisLayer: { "本層 1×1，\($0) → \($1)" },
        direct: { "直接 \($0)，\($1) → \($2)" },
        bottleneckReduction: { "降維 1×1，\($0) → \($1)" },
        bottleneckSpatial: { "  再 \($0)，\($1) → \($2)" },
        bottleneckTotal: "  = 降維路徑",
        depthwise: { "逐深度 \($0)，\($1)" },
        separablePointwise: { "  再 1×1，\($0) → \($1)" },
        separableTotal: "  = 深度可分離",
        bottleneckSummary: { "降維路徑：\($0) 次乘法，\($1)。" },
        separableSummary: { "深度可分離卷積：\($0) 次乘法；1/N\u{A0}+\u{A0}1/k² = \($1)，\($2)。" },
        pointwiseSummary: { "本層 1×1 卷積：通道數相同（\($1) → \($2)）的 \($0) 卷積，計算量是 k² = \($3) 倍，共 \($4) 次乘法。" },
        comparison: { ratio, ratioExact, k, inverse, inverseExact, fewer in
            let about = ratioExact ? "" : "約"
            return fewer ? "\(about)為直接 \(k) 的 \(ratio)（\(inverseExact ? "即" : "約") 1/\(inverse)）" : "\(about)為直接 \(k) 的 \(ratio) 倍"
        },
        uncountable: "這些層太大，無法用 64 位元計數。")
}

/// The matrix view's words.
struct MatrixLabels: Sendable {
    let pixels: String
    let weights: String
    let output: String
    /// "pixel (r, c) is row p of X; kernel wi is column i of Wᵀ; …"
    let focus: @Sendable (_ row: Int, _ column: Int, _ pixel: Int, _ kernel: Int) -> String
    let introduction: String
    let shown: @Sendable (_ rows: String, _ channels: String, _ kernels: String) -> String

    static func forLanguage(_ language: InterfaceLanguage) -> MatrixLabels {
        switch language {
        case .english: return english
        case .traditionalChinese: return traditionalChinese
        }
    }

    static let english = MatrixLabels(
        pixels: "pixels X", weights: "weights Wᵀ", output: "output Y",
        focus: {
            "Pixel (\($0), \($1)) is row \($2) of X and kernel w\($3) is column \($3) of Wᵀ: row · column gives Y(\($2),\($3)) = out\($3)(\($0), \($1))."
        },
        introduction:
            "Each pixel is one row of X, each kernel one column of Wᵀ: the 1×1 convolution is the matrix product X · Wᵀ (plus the bias row b, if any), a fully connected layer applied at every pixel.",
        shown: { "shown: pixels \($0), channels \($1), kernels \($2)" })

    static let traditionalChinese = MatrixLabels(
        pixels: "位置 X", weights: "權重 Wᵀ", output: "輸出 Y",
        focus: { "位置 (\($0), \($1)) 是 X 的第 \($2) 列，卷積核 w\($3) 是 Wᵀ 的第 \($3) 行：列 · 行 得到 Y(\($2),\($3)) = out\($3)(\($0), \($1))。" },
        introduction: "每個空間位置是 X 的一列，每個卷積核是 Wᵀ 的一行：1×1 卷積就是矩陣乘法 X · Wᵀ（有偏差時再加上 b 這一列），等於在每個位置套用同一個全連接層。",
        shown: { "顯示：位置 \($0)，通道 \($1)，卷積核 \($2)" })
}
