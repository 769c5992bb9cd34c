extension Catalogue {
    /// The built-in walkthrough in English, for the sections a lesson leaves out, and the note on
    /// a lesson's data files.
    ///
    /// The texts are templates: `{row}`, `{sum}` and the other lesson placeholders stay as they
    /// are here and are filled at each step. What depends on the layer is a part of its own, so
    /// the counts agree with their nouns ("1 output value") and the text is exact about the bias
    /// and ReLU. The `after…` parts open with a space because they follow a full stop.
    static let builtInEnglish: [TextKey: Message] = [
        .builtInIntroduction: .text(
            "A 1×1 convolution, also called a pointwise convolution, turns this {height}×{width} feature map with {input_channels} into one with {output_channels}. At every pixel, each output channel is a weighted sum of that pixel's {channel_values}, with one kernel of {kernel_weights} per output channel.{after} Height and width never change; only the depth does.{screen}\n{first_step} and watch each term join its sum.{/screen}"
        ),
        .builtInTerm: .text(
            "Kernel {i} at pixel ({row}, {column}): {w_name}·{x_name} = {w} · {x} = {product}. The running sum for {out_name} goes from {before} to {sum}."
        ),
        .builtInBias: .text("Kernel {i} adds its bias {bias}: the sum goes from {before} to {sum}."),
        .builtInActivation: .text("ReLU keeps a positive sum and replaces a negative one with 0: {before} becomes {output}."),
        .builtInOutput: .text("{out_name}({row}, {column}) = {output}: the pixel's {pixel_values}, {combined}."),
        .builtInPixel: .text(
            "Pixel ({row}, {column}) is done: its {channel_values} became {output_values}. The next pixel is computed the same way, with the same weights."
        ),
        .builtInEnd: .text(
            "{all_multiplications} done: the {height}×{width}×{in_channels} input became a {height}×{width}×{out_channels} output, using {parameter_count}. A pointwise (1×1) convolution mixes the channels at each pixel and leaves height and width alone."
        ),
        .builtInInputChannels: .plural(count: "count", one: "{in_channels} channel", other: "{in_channels} channels"),
        .builtInOutputChannels: .plural(count: "count", one: "{out_channels} channel", other: "{out_channels} channels"),
        .builtInChannelValues: .plural(count: "count", one: "{in_channels} channel value", other: "{in_channels} channel values"),
        // "the pixel's 3 values": the output sentence says "channel" once, in its name.
        .builtInPixelValues: .plural(count: "count", one: "{in_channels} value", other: "{in_channels} values"),
        .builtInKernelWeights: .plural(count: "count", one: "{in_channels} weight", other: "{in_channels} weights"),
        .builtInOutputValues: .plural(count: "count", one: "{out_channels} output value", other: "{out_channels} output values"),
        .builtInParameterCount: .plural(count: "count", one: "{parameters} parameter", other: "{parameters} parameters"),
        .builtInAllMultiplications: .plural(
            count: "count", one: "The {multiplications} multiplication is", other: "All {multiplications} multiplications are"),
        .builtInAfterBias: .text(" Each kernel then adds its own bias to its sum."),
        .builtInAfterActivation: .text(" ReLU then turns a negative sum into 0 and keeps a positive one."),
        .builtInAfterBiasAndActivation: .text(" Each kernel then adds its own bias, and ReLU turns a negative result into 0."),
        .builtInFirstStep: .text("Press → to take the first of {steps} steps"),
        .builtInOnlyStep: .text("Press → to take the only step"),
        // One value is weighted, not "each weighted … added together".
        .builtInCombined: .plural(count: "count", one: "weighted by kernel {i}", other: "each weighted by kernel {i}, added together"),
        .builtInCombinedBias: .plural(
            count: "count", one: "weighted by kernel {i}, plus the bias",
            other: "each weighted by kernel {i}, added together, plus the bias"),
        .builtInCombinedActivation: .plural(
            count: "count", one: "weighted by kernel {i}, then passed through ReLU",
            other: "each weighted by kernel {i}, added together, then passed through ReLU"),
        .builtInCombinedBiasAndActivation: .plural(
            count: "count", one: "weighted by kernel {i}, plus the bias, then passed through ReLU",
            other: "each weighted by kernel {i}, added together, plus the bias, then passed through ReLU"),
        .dataNote: .text("Data files: {files}; {rounding}."),
        .dataNoteFileSeparator: .text(", "),
        .dataNoteExact: .text("values exactly as in the files"),
        .dataNoteRounded: .plural(
            count: "places", one: "values rounded half to even to {places} decimal place",
            other: "values rounded half to even to {places} decimal places"),
        .dataNoteKeyExact: .text("{key} exact"),
        .dataNoteKeyRounded: .plural(
            count: "places", one: "{key} rounded half to even to {places} decimal place",
            other: "{key} rounded half to even to {places} decimal places"),
        .dataNoteKeySeparator: .text(", "),
    ]
}
