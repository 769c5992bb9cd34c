import LessonKit

/// The cost and matrix views' own words in a language, taken from the catalogue
/// (`Catalogue+Views…`), which holds one table per language.
///
/// Kept apart from `Labels` so the views' phrases are named by what they label; the Chinese
/// follows the source note's terms (計算複雜度, 降維, 逐點卷積, 通道數 …).
struct ViewLabels: Sendable {
    // Shared by both views.
    let keyHints: String
    let shortKeyHints: String
    let viewName: String

    static func forLanguage(_ language: InterfaceLanguage, view: ExplainerView) -> ViewLabels {
        let (keys, short, name): (TextKey, TextKey, TextKey) =
            view == .matrix ? (.viewMatrixKeys, .viewMatrixShortKeys, .viewMatrixName) : (.viewCostKeys, .viewCostShortKeys, .viewCostName)
        return ViewLabels(
            keyHints: Catalogue.text(keys, language), shortKeyHints: Catalogue.text(short, language),
            viewName: Catalogue.text(name, language))
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

    /// The cost view's words in a language: made once per language, since every frame asks for them.
    static func forLanguage(_ language: InterfaceLanguage) -> CostLabels { all[language] }

    private static let all = ByLanguage { made($0) }

    /// The cost view's words in `language`, from the catalogue.
    private static func made(_ language: InterfaceLanguage) -> CostLabels {
        @Sendable func text(_ key: TextKey, _ arguments: [String: String] = [:]) -> String { Catalogue.text(key, language, arguments) }
        return CostLabels(
            heading: text(.costHeading),
            settings: { text(.costSettings, ["shape": $0, "k": String($1), "b": String($2), "n": String($3)]) },
            columns: (text(.costFormula), text(.costMultiplications), text(.costAdditions), text(.costParameters)),
            shortColumns: (text(.costMultiplicationsShort), text(.costAdditionsShort), text(.costParametersShort)),
            thisLayer: { text(.costThisLayer, ["in_channels": String($0), "out_channels": String($1)]) },
            direct: { text(.costDirect, ["k": $0, "in_channels": String($1), "n": String($2)]) },
            bottleneckReduction: { text(.costBottleneckReduction, ["in_channels": String($0), "b": String($1)]) },
            bottleneckSpatial: { text(.costBottleneckSpatial, ["k": $0, "b": String($1), "n": String($2)]) },
            bottleneckTotal: text(.costBottleneckTotal),
            depthwise: { text(.costDepthwise, ["k": $0, "in_channels": String($1)]) },
            separablePointwise: { text(.costSeparablePointwise, ["in_channels": String($0), "n": String($1)]) },
            separableTotal: text(.costSeparableTotal),
            bottleneckSummary: { text(.costBottleneckSummary, ["sum": $0, "comparison": $1]) },
            separableSummary: { text(.costSeparableSummary, ["sum": $0, "mobile_net": $1, "comparison": $2]) },
            pointwiseSummary: {
                text(
                    .costPointwiseSummary,
                    ["k": $0, "in_channels": String($1), "out_channels": String($2), "area": String($3), "cost": $4])
            },
            comparison: { ratio, ratioExact, k, inverse, inverseExact, fewer in
                // English says "≈" only before the ratio; Chinese also says whether 1/inverse is exact (即) or not (約).
                let key: TextKey = fewer ? (inverseExact ? .costFewer : .costFewerRoughly) : .costMore
                return text(key, ["about": ratioExact ? "" : text(.costAbout), "ratio": ratio, "k": k, "inverse": inverse])
            },
            uncountable: text(.costUncountable))
    }
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

    /// The matrix view's words in a language: made once per language, since every frame asks for them.
    static func forLanguage(_ language: InterfaceLanguage) -> MatrixLabels { all[language] }

    private static let all = ByLanguage { made($0) }

    /// The matrix view's words in `language`, from the catalogue.
    private static func made(_ language: InterfaceLanguage) -> MatrixLabels {
        @Sendable func text(_ key: TextKey, _ arguments: [String: String] = [:]) -> String { Catalogue.text(key, language, arguments) }
        return MatrixLabels(
            pixels: text(.matrixPixels), weights: text(.matrixWeights), output: text(.matrixOutput),
            focus: {
                text(.matrixFocus, ["row": String($0), "column": String($1), "pixel": String($2), "kernel": String($3)])
            },
            introduction: text(.matrixIntroduction),
            shown: { text(.matrixShown, ["rows": $0, "channels": $1, "kernels": $2]) })
    }
}
