import PointwiseCore

/// The walkthrough text used for every section a lesson does not write itself.
///
/// With these, a lesson that is only numbers still teaches: a teacher can try a case in seconds
/// and write their own text later. They are ordinary templates, held to the same rules. They are
/// written for the lesson's layer, so they are exact about its bias and ReLU and its English
/// counts agree with their nouns ("1 output value").
enum BuiltInText {
    /// What the built-in texts need to know about a layer.
    struct Layer {
        var inChannels: Int
        var outChannels: Int
        var hasBias: Bool
        var hasActivation: Bool
        var multiplications: Int
        var parameters: Int
        var steps: Int

        init(_ convolution: PointwiseConvolution) {
            inChannels = convolution.shape.inChannels
            outChannels = convolution.shape.outChannels
            hasBias = convolution.kernels.bias != nil
            hasActivation = convolution.kernels.activation != .none
            let cost = LayerCost(convolution)
            multiplications = cost.multiplications
            parameters = cost.parameters
            steps = Walk(convolution).stepCount
        }
    }

    static func template(for section: SectionKind, language: InterfaceLanguage, layer: Layer) -> Template {
        let source =
            switch language {
            case .english: english(section, layer)
            case .traditionalChinese: traditionalChinese(section, layer)
            }
        var diagnostics = DiagnosticList()
        let paragraphs = source.split(separator: "\n", omittingEmptySubsequences: false)
        var segments: [Template.Segment] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { segments.append(.text("\n")) }
            segments += TemplateParser.parse(paragraph, line: 0, section: section, diagnostics: &diagnostics)
        }
        return Template(segments: segments)
    }

    static func english(_ section: SectionKind, _ layer: Layer) -> String {
        let inNoun = EnglishCount.noun(layer.inChannels, "channel")
        let valueNoun = EnglishCount.noun(layer.inChannels, "value")
        let weightNoun = EnglishCount.noun(layer.inChannels, "weight")
        let outNoun = EnglishCount.noun(layer.outChannels, "channel")
        let outValueNoun = EnglishCount.noun(layer.outChannels, "output value")
        // What happens after the weighted sum, said once and used by every section.
        let after =
            switch (layer.hasBias, layer.hasActivation) {
            case (false, false): ""
            case (true, false): " Each kernel then adds its own bias to its sum."
            case (false, true): " ReLU then turns a negative sum into 0 and keeps a positive one."
            case (true, true): " Each kernel then adds its own bias, and ReLU turns a negative result into 0."
            }
        // One value is weighted, not "each weighted … added together".
        let weighted = layer.inChannels == 1 ? "weighted by kernel {i}" : "each weighted by kernel {i}, added together"
        let finished =
            switch (layer.hasBias, layer.hasActivation) {
            case (false, false): weighted
            case (true, false): weighted + ", plus the bias"
            case (false, true): weighted + ", then passed through ReLU"
            case (true, true): weighted + ", plus the bias, then passed through ReLU"
            }
        let firstStep = layer.steps == 1 ? "Press → to take the only step" : "Press → to take the first of {steps} steps"
        switch section {
        case .introduction:
            return
                "A 1×1 convolution, also called a pointwise convolution, turns this {height}×{width} feature map with {in_channels} \(inNoun) into one with {out_channels} \(outNoun). At every pixel, each output channel is a weighted sum of that pixel's {in_channels} channel \(valueNoun), with one kernel of {in_channels} \(weightNoun) per output channel.\(after) Height and width never change; only the depth does.{screen}\n\(firstStep) and watch each term join its sum.{/screen}"
        case .term:
            return
                "Kernel {i} at pixel ({row}, {column}): {w_name}·{x_name} = {w} · {x} = {product}. The running sum for {out_name} goes from {before} to {sum}."
        case .bias:
            return "Kernel {i} adds its bias {bias}: the sum goes from {before} to {sum}."
        case .activation:
            return "ReLU keeps a positive sum and replaces a negative one with 0: {before} becomes {output}."
        case .output:
            return "{out_name}({row}, {column}) = {output}: the pixel's {in_channels} \(valueNoun), \(finished)."
        case .pixel:
            return
                "Pixel ({row}, {column}) is done: its {in_channels} channel \(valueNoun) became {out_channels} \(outValueNoun). The next pixel is computed the same way, with the same weights."
        case .end:
            return
                "\(layer.multiplications == 1 ? "The 1 multiplication is" : "All {multiplications} multiplications are") done: the {height}×{width}×{in_channels} input became a {height}×{width}×{out_channels} output, using {parameters} \(EnglishCount.noun(layer.parameters, "parameter")). A pointwise (1×1) convolution mixes the channels at each pixel and leaves height and width alone."
        }
    }

    static func traditionalChinese(_ section: SectionKind, _ layer: Layer) -> String {
        let after =
            switch (layer.hasBias, layer.hasActivation) {
            case (false, false): ""
            case (true, false): "每個卷積核接著把自己的偏差加到累加和上。"
            case (false, true): "接著 ReLU 把負的總和換成 0，正的保留。"
            case (true, true): "每個卷積核接著加上自己的偏差，再由 ReLU 把負的結果換成 0。"
            }
        let finished =
            switch (layer.hasBias, layer.hasActivation) {
            case (false, false): "相加"
            case (true, false): "相加，再加上偏差"
            case (false, true): "相加，再經過 ReLU"
            case (true, true): "相加，加上偏差，再經過 ReLU"
            }
        switch section {
        case .introduction:
            return
                "1×1 卷積（又稱逐點卷積）把這張 {height}×{width}、{in_channels} 個通道的特徵圖，變成 {out_channels} 個通道。在每個空間位置上，每個輸出通道都是該位置 {in_channels} 個通道值的線性組合：每個輸出通道對應一個卷積核，各有 {in_channels} 個權重。\(after)高度與寬度不變，改變的只有深度。{screen}\n按 → 走第一步（共 {steps} 步），看每一項如何加進總和。{/screen}"
        case .term:
            return "第 {i} 個卷積核在位置 ({row}, {column})：{w_name}·{x_name} = {w} · {x} = {product}。{out_name} 的累加和從 {before} 變成 {sum}。"
        case .bias:
            return "第 {i} 個卷積核加上偏差 {bias}：累加和從 {before} 變成 {sum}。"
        case .activation:
            return "ReLU 保留正的總和，把負的換成 0：{before} 變成 {output}。"
        case .output:
            return "{out_name}({row}, {column}) = {output}：這個位置的 {in_channels} 個通道值，各乘上第 {i} 個卷積核的權重後\(finished)。"
        case .pixel:
            return "位置 ({row}, {column}) 完成：{in_channels} 個通道值變成 {out_channels} 個輸出值。下一個位置用同一組權重，以相同方式計算。"
        case .end:
            return
                "全部 {multiplications} 次乘法完成：{height}×{width}×{in_channels} 的輸入變成 {height}×{width}×{out_channels} 的輸出，共用 {parameters} 個參數。逐點（1×1）卷積在每個位置混合通道資訊，高度與寬度保持不變。"
        }
    }
}
