extension Catalogue {
    /// The built-in walkthrough in Traditional Chinese, with the glossary's terms, and the note on
    /// a lesson's data files.
    ///
    /// Chinese counts have no plural forms, so each counted part writes one text twice; the parts
    /// are kept so that both languages fill the same parameters.
    static let builtInTraditionalChinese: [TextKey: Message] = [
        .builtInIntroduction: .text(
            "1×1 卷積（又稱逐點卷積）把這張 {height}×{width}、{input_channels}的特徵圖，變成 {output_channels}。在每個空間位置上，每個輸出通道都是該位置 {channel_values}的線性組合：每個輸出通道對應一個卷積核，各有 {kernel_weights}。{after}高度與寬度不變，改變的只有深度。{screen}\n{first_step}，看每一項如何加進總和。{/screen}"
        ),
        .builtInTerm: .text(
            "第 {i} 個卷積核在位置 ({row}, {column})：{w_name}·{x_name} = {w} · {x} = {product}。{out_name} 的累加和從 {before} 變成 {sum}。"),
        .builtInBias: .text("第 {i} 個卷積核加上偏差 {bias}：累加和從 {before} 變成 {sum}。"),
        .builtInActivation: .text("ReLU 保留正的總和，把負的換成 0：{before} 變成 {output}。"),
        .builtInOutput: .text("{out_name}({row}, {column}) = {output}：這個位置的 {pixel_values}，{combined}。"),
        .builtInPixel: .text("位置 ({row}, {column}) 完成：{channel_values}變成 {output_values}。下一個位置用同一組權重，以相同方式計算。"),
        .builtInEnd: .text(
            "{all_multiplications}完成：{height}×{width}×{in_channels} 的輸入變成 {height}×{width}×{out_channels} 的輸出，共用 {parameter_count}。逐點（1×1）卷積在每個位置混合通道資訊，高度與寬度保持不變。"
        ),
        .builtInInputChannels: .plural(count: "count", one: "{in_channels} 個通道", other: "{in_channels} 個通道"),
        .builtInOutputChannels: .plural(count: "count", one: "{out_channels} 個通道", other: "{out_channels} 個通道"),
        .builtInChannelValues: .plural(count: "count", one: "{in_channels} 個通道值", other: "{in_channels} 個通道值"),
        .builtInPixelValues: .plural(count: "count", one: "{in_channels} 個通道值", other: "{in_channels} 個通道值"),
        .builtInKernelWeights: .plural(count: "count", one: "{in_channels} 個權重", other: "{in_channels} 個權重"),
        .builtInOutputValues: .plural(count: "count", one: "{out_channels} 個輸出值", other: "{out_channels} 個輸出值"),
        .builtInParameterCount: .plural(count: "count", one: "{parameters} 個參數", other: "{parameters} 個參數"),
        .builtInAllMultiplications: .plural(count: "count", one: "全部 {multiplications} 次乘法", other: "全部 {multiplications} 次乘法"),
        .builtInAfterBias: .text("每個卷積核接著把自己的偏差加到累加和上。"),
        .builtInAfterActivation: .text("接著 ReLU 把負的總和換成 0，正的保留。"),
        .builtInAfterBiasAndActivation: .text("每個卷積核接著加上自己的偏差，再由 ReLU 把負的結果換成 0。"),
        .builtInFirstStep: .text("按 → 走第一步（共 {steps} 步）"),
        // Used only when the walk has one step, so "1" is that count.
        .builtInOnlyStep: .text("按 → 走第一步（共 1 步）"),
        .builtInCombined: .plural(count: "count", one: "各乘上第 {i} 個卷積核的權重後相加", other: "各乘上第 {i} 個卷積核的權重後相加"),
        .builtInCombinedBias: .plural(
            count: "count", one: "各乘上第 {i} 個卷積核的權重後相加，再加上偏差", other: "各乘上第 {i} 個卷積核的權重後相加，再加上偏差"),
        .builtInCombinedActivation: .plural(
            count: "count", one: "各乘上第 {i} 個卷積核的權重後相加，再經過 ReLU", other: "各乘上第 {i} 個卷積核的權重後相加，再經過 ReLU"),
        .builtInCombinedBiasAndActivation: .plural(
            count: "count", one: "各乘上第 {i} 個卷積核的權重後相加，加上偏差，再經過 ReLU",
            other: "各乘上第 {i} 個卷積核的權重後相加，加上偏差，再經過 ReLU"),
        .dataNote: .text("資料檔：{files}；{rounding}。"),
        .dataNoteFileSeparator: .text("、"),
        .dataNoteExact: .text("數值與檔案完全相同"),
        .dataNoteRounded: .text("數值以四捨六入五成雙取到小數第 {places} 位"),
        .dataNoteKeyExact: .text("{key} 原封不動"),
        .dataNoteKeyRounded: .text("{key} 以四捨六入五成雙取到小數第 {places} 位"),
        .dataNoteKeySeparator: .text("，"),
    ]
}
