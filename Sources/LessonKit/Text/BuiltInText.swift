import PointwiseCore

/// The walkthrough text used for every section a lesson does not write itself.
///
/// With these, a lesson that is only numbers still teaches: a teacher can try a case in seconds
/// and write their own text later. They are ordinary templates, held to the same rules. The words
/// are the catalogue's (`builtIn.…`, English and Chinese side by side); this only picks the parts
/// that fit the lesson's layer, so the texts are exact about its bias and ReLU and the English
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
        let source = text(section, layer).text(language)
        var diagnostics = DiagnosticList()
        let paragraphs = source.split(separator: "\n", omittingEmptySubsequences: false)
        var segments: [Template.Segment] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { segments.append(.text("\n")) }
            segments += TemplateParser.parse(paragraph, line: 0, section: section, diagnostics: &diagnostics)
        }
        return Template(segments: segments)
    }

    /// The section's catalogue entry with the parts that fit the layer; the lesson placeholders
    /// in it (`{row}`, `{sum}` …) are left for the template to fill at each step.
    static func text(_ section: SectionKind, _ layer: Layer) -> CatalogueText {
        /// A counted part ("3 channel values"), its plural form picked by `count`.
        func counted(_ key: TextKey, _ count: Int) -> CatalogueText { CatalogueText(key, ["count": String(count)]) }
        switch section {
        case .introduction:
            var nested = [
                "input_channels": counted(.builtInInputChannels, layer.inChannels),
                "output_channels": counted(.builtInOutputChannels, layer.outChannels),
                "channel_values": counted(.builtInChannelValues, layer.inChannels),
                "kernel_weights": counted(.builtInKernelWeights, layer.inChannels),
                "first_step": CatalogueText(layer.steps == 1 ? .builtInOnlyStep : .builtInFirstStep),
            ]
            if let after = afterSum(layer) { nested["after"] = CatalogueText(after) }
            // A layer with neither bias nor ReLU says nothing after the sum.
            return CatalogueText(.builtInIntroduction, layer.hasBias || layer.hasActivation ? [:] : ["after": ""], nested: nested)
        case .term:
            return CatalogueText(.builtInTerm)
        case .bias:
            return CatalogueText(.builtInBias)
        case .activation:
            return CatalogueText(.builtInActivation)
        case .output:
            let combined: TextKey =
                switch (layer.hasBias, layer.hasActivation) {
                case (false, false): .builtInCombined
                case (true, false): .builtInCombinedBias
                case (false, true): .builtInCombinedActivation
                case (true, true): .builtInCombinedBiasAndActivation
                }
            return CatalogueText(
                .builtInOutput,
                nested: [
                    "pixel_values": counted(.builtInPixelValues, layer.inChannels), "combined": counted(combined, layer.inChannels),
                ])
        case .pixel:
            return CatalogueText(
                .builtInPixel,
                nested: [
                    "channel_values": counted(.builtInChannelValues, layer.inChannels),
                    "output_values": counted(.builtInOutputValues, layer.outChannels),
                ])
        case .end:
            return CatalogueText(
                .builtInEnd,
                nested: [
                    "all_multiplications": counted(.builtInAllMultiplications, layer.multiplications),
                    "parameter_count": counted(.builtInParameterCount, layer.parameters),
                ])
        }
    }

    /// What happens after the weighted sum, said once in the introduction (nil: nothing does).
    static func afterSum(_ layer: Layer) -> TextKey? {
        switch (layer.hasBias, layer.hasActivation) {
        case (false, false): nil
        case (true, false): .builtInAfterBias
        case (false, true): .builtInAfterActivation
        case (true, true): .builtInAfterBiasAndActivation
        }
    }
}
