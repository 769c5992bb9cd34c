extension Catalogue {
    /// The cost and matrix views' words in English: their status lines, the cost table's heading,
    /// columns and rows, the sentences under it, and the matrix view's labels.
    static let viewsEnglish: [TextKey: Message] = [
        .viewMatrixKeys: .text("m grid  c cost  → l next  n p pixel  ? help  q quit"),
        .viewMatrixShortKeys: .text("m grid  ? help  q quit"),
        .viewMatrixName: .text("matrix"),
        .viewCostKeys: .text("c grid  m matrix  ? help  q quit"),
        .viewCostShortKeys: .text("c grid  q quit"),
        .viewCostName: .text("cost"),
        .costHeading: .text("Computational cost: this 1×1 layer and three ways to reach N channels"),
        .costSettings: .text("input H×W×C_in = {shape} · k = {k} · B = {b} · N = {n}"),
        .costFormula: .text("formula"),
        .costMultiplications: .text("multiplications"),
        .costAdditions: .text("additions"),
        .costParameters: .text("parameters"),
        .costMultiplicationsShort: .text("mult."),
        .costAdditionsShort: .text("add."),
        .costParametersShort: .text("params"),
        .costThisLayer: .text("this 1×1, {in_channels} → {out_channels}"),
        .costDirect: .text("direct {k}, {in_channels} → {n}"),
        .costBottleneckReduction: .text("bottleneck 1×1, {in_channels} → {b}"),
        .costBottleneckSpatial: .text("  then {k}, {b} → {n}"),
        .costBottleneckTotal: .text("  = bottleneck path"),
        .costDepthwise: .text("depthwise {k}, {in_channels}"),
        .costSeparablePointwise: .text("  then 1×1, {in_channels} → {n}"),
        .costSeparableTotal: .text("  = separable layer"),
        .costBottleneckSummary: .text("Bottleneck: {sum} multiplications, {comparison}."),
        .costSeparableSummary: .text("Depthwise-separable: {sum} multiplications; 1/N\u{A0}+\u{A0}1/k² = {mobile_net}, {comparison}."),
        .costPointwiseSummary: .text(
            "This 1×1 layer: a {k} layer with the same channels ({in_channels} → {out_channels}) would cost k² = {area} times as much, {cost} multiplications."
        ),
        .costAbout: .text("≈ "),
        .costFewer: .text("{about}{ratio} of the direct {k} ({inverse}× fewer)"),
        .costFewerRoughly: .text("{about}{ratio} of the direct {k} ({inverse}× fewer)"),
        .costMore: .text("{about}{ratio} times the direct {k}"),
        .costUncountable: .text("These layers are too large to count in 64 bits."),
        .matrixPixels: .text("pixels X"),
        .matrixWeights: .text("weights Wᵀ"),
        .matrixOutput: .text("output Y"),
        .matrixFocus: .text(
            "Pixel ({row}, {column}) is row {pixel} of X and kernel w{kernel} is column {kernel} of Wᵀ: row · column gives Y({pixel},{kernel}) = out{kernel}({row}, {column})."
        ),
        .matrixIntroduction: .text(
            "Each pixel is one row of X, each kernel one column of Wᵀ: the 1×1 convolution is the matrix product X · Wᵀ (plus the bias row b, if any), a fully connected layer applied at every pixel."
        ),
        .matrixShown: .text("shown: pixels {rows}, channels {channels}, kernels {kernels}"),
    ]
}
