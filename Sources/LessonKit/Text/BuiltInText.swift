/// The walkthrough text used for every section a lesson does not write itself.
///
/// With these, a lesson that is only numbers still teaches: a teacher can try a case in seconds
/// and write their own text later. They are ordinary templates, held to the same rules.
enum BuiltInText {
    static func template(for section: SectionKind, language: InterfaceLanguage) -> Template {
        let source = switch language {
        case .english: english(section)
        case .traditionalChinese: traditionalChinese(section)
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

    static func english(_ section: SectionKind) -> String {
        switch section {
        case .introduction:
            return "A 1×1 convolution turns this {height}×{width} feature map with {in_channels} channels into one with {out_channels} channels. At every pixel, each output channel is a weighted sum of that pixel's {in_channels} channel values, with one kernel of {in_channels} weights per output channel. Height and width never change; only the depth does.\nPress → to take the first of {steps} steps and watch each term join its sum."
        case .term:
            return "Kernel {i} at pixel ({row}, {column}): {w_name}·{x_name} = {w} · {x} = {product}. The running sum for {out_name} goes from {before} to {sum}."
        case .bias:
            return "Kernel {i} adds its bias {bias}: the sum goes from {before} to {sum}."
        case .activation:
            return "ReLU keeps a positive sum and replaces a negative one with 0: {before} becomes {output}."
        case .output:
            return "{out_name}({row}, {column}) = {output}: the pixel's {in_channels} values, each weighted by kernel {i}, added together."
        case .pixel:
            return "Pixel ({row}, {column}) is done: its {in_channels} channel values became {out_channels} output values. The next pixel is computed the same way, with the same weights."
        case .end:
            return "All {multiplications} multiplications are done: the {height}×{width}×{in_channels} input became a {height}×{width}×{out_channels} output, using {parameters} parameters. A 1×1 convolution mixes the channels at each pixel and leaves height and width alone."
        }
    }

    static func traditionalChinese(_ section: SectionKind) -> String {
        switch section {
        case .introduction:
            return "1×1 卷積把這張 {height}×{width}、{in_channels} 個通道的特徵圖，變成 {out_channels} 個通道。在每個空間位置上，每個輸出通道都是該位置 {in_channels} 個通道值的線性組合：每個輸出通道對應一個卷積核，各有 {in_channels} 個權重。高度與寬度不變，改變的只有深度。\n按 → 走第一步（共 {steps} 步），看每一項如何加進總和。"
        case .term:
            return "第 {i} 個卷積核在位置 ({row}, {column})：{w_name}·{x_name} = {w} · {x} = {product}。{out_name} 的累加和從 {before} 變成 {sum}。"
        case .bias:
            return "第 {i} 個卷積核加上偏置 {bias}：總和從 {before} 變成 {sum}。"
        case .activation:
            return "ReLU 保留正的總和，把負的換成 0：{before} 變成 {output}。"
        case .output:
            return "{out_name}({row}, {column}) = {output}：這個位置的 {in_channels} 個通道值，各乘上第 {i} 個卷積核的權重後相加。"
        case .pixel:
            return "位置 ({row}, {column}) 完成：{in_channels} 個通道值變成 {out_channels} 個輸出值。下一個位置用同一組權重，以相同方式計算。"
        case .end:
            return "全部 {multiplications} 次乘法完成：{height}×{width}×{in_channels} 的輸入變成 {height}×{width}×{out_channels} 的輸出，共用 {parameters} 個參數。1×1 卷積在每個位置混合通道資訊，高度與寬度保持不變。"
        }
    }
}
