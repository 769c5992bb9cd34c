import PointwiseCore

/// Checks the front matter's data keys and builds the convolution they describe.
///
/// Every message names the numbers involved ("kernel 2 has 2 weights but the input has 3
/// channels") and points at the value concerned, 1-based as the teacher counts.
enum FrontMatterReader {
    static func read(_ root: YAMLNode, frontMatterLine: Int, files: DataFileReading, diagnostics: inout DiagnosticList) -> LessonData? {
        guard let mapping = root.mapping else {
            diagnostics.append(
                .error(
                    CatalogueText(.checkFrontMatterNotMapping, nested: ["kind": root.kindText]), at: root.location))
            return nil
        }
        let errorsBefore = diagnostics.errorCount
        MappingKeys.reportUnknown(in: mapping, known: LessonReader.knownKeys, listing: .checkKnownKeys, diagnostics: &diagnostics) {
            CatalogueText(.checkUnknownKey, ["key": $0])
        }

        let title = text(mapping, "title", diagnostics: &diagnostics)
        if let title {
            if title.text.utf8.count > LessonLimits.maximumTitleBytes {
                diagnostics.append(
                    .error(
                        CatalogueText(
                            .checkTitleBytes,
                            [
                                "count": String(title.text.utf8.count), "limit": String(LessonLimits.maximumTitleBytes),
                            ]), at: title.location))
            } else if title.text.count > LessonLimits.maximumTitleLength {
                diagnostics.append(
                    .error(
                        CatalogueText(
                            .checkTitleLength,
                            [
                                "count": String(title.text.count), "limit": String(LessonLimits.maximumTitleLength),
                            ]), at: title.location))
            } else if LessonLimits.overloadedCharacter(in: title.text) != nil {
                diagnostics.append(
                    .error(
                        CatalogueText(.checkTitleOverloaded, ["limit": String(LessonLimits.maximumScalarsPerCharacter)]), at: title.location
                    ))
            }
        }
        let language = text(mapping, "language", diagnostics: &diagnostics)
        if let language, !isLanguageTag(language.text) {
            diagnostics.append(
                .error(
                    CatalogueText(.checkNotLanguageTag, ["text": language.text]), at: language.location,
                    notes: [CatalogueText(.checkLanguageTagNote)]))
        }
        let activation = readActivation(mapping, diagnostics: &diagnostics)
        let cost = mapping["cost"].flatMap { CostSettingsReader.read($0, diagnostics: &diagnostics) }

        let start = SourceLocation(line: frontMatterLine, column: 1)
        var input: Tensor?
        if let node = mapping["input"] {
            input = TensorReader.readInput(node, files: files, diagnostics: &diagnostics)
        } else {
            diagnostics.append(.error(CatalogueText(.checkNoInput), at: start, notes: [CatalogueText(.checkNoInputNote)]))
        }
        var weights: Tensor?
        if let node = mapping["weights"] {
            weights = TensorReader.readWeights(node, inputChannels: input?.channels, files: files, diagnostics: &diagnostics)
        } else {
            diagnostics.append(.error(CatalogueText(.checkNoWeights), at: start, notes: [CatalogueText(.checkNoWeightsNote)]))
        }
        var bias: Tensor?
        if let node = mapping["bias"] {
            // The number of kernels is known from the list even when a kernel itself is wrong.
            let kernels = weights?.height ?? mapping["weights"]?.sequence?.items.count
            bias = TensorReader.readBias(node, kernels: kernels, files: files, diagnostics: &diagnostics)
        }
        let questions = mapping["questions"].flatMap {
            QuestionReader.read($0, height: input?.height, width: input?.width, kernels: weights?.height, diagnostics: &diagnostics)
        }

        let errorsAfter = diagnostics.errorCount
        guard errorsAfter == errorsBefore, let input, let weights else { return nil }
        do {
            let kernels = try KernelBank(weights: weights, bias: bias, activation: activation ?? .none)
            let convolution = try PointwiseConvolution(input: input, kernels: kernels)
            let shape = convolution.shape
            let tag = language?.text ?? "en"
            let defaultTitle = Catalogue.text(
                .lessonDefaultTitle, InterfaceLanguage(tag: tag),
                [
                    "in_channels": String(shape.inChannels), "out_channels": String(shape.outChannels),
                ])
            return LessonData(
                title: InertText.escape(title?.text ?? defaultTitle), language: tag, convolution: convolution, cost: cost,
                questions: questions ?? [], dataFiles: files.uses)
        } catch {
            let location = mapping.entry(forKey: "weights")?.key.location ?? start
            diagnostics.append(
                .error(
                    CatalogueText(.checkSumsTooLarge), at: location, notes: [CatalogueText(.checkSumsTooLargeNote)]))
            return nil
        }
    }

    /// A key's value that must be a single piece of text, or nil when absent or wrong.
    private static func text(_ mapping: YAMLMapping, _ key: String, diagnostics: inout DiagnosticList) -> YAMLScalar? {
        guard let node = mapping[key] else { return nil }
        guard let scalar = node.scalar else {
            diagnostics.append(.error(CatalogueText(.checkSingleValue, ["key": key], nested: ["kind": node.kindText]), at: node.location))
            return nil
        }
        if scalar.isEmpty {
            diagnostics.append(.error(CatalogueText(.checkValueEmpty, ["key": key]), at: scalar.location))
            return nil
        }
        return scalar
    }

    private static func readActivation(_ mapping: YAMLMapping, diagnostics: inout DiagnosticList) -> Activation? {
        guard let scalar = text(mapping, "activation", diagnostics: &diagnostics) else { return nil }
        if let activation = Activation(rawValue: scalar.text.lowercased()) { return activation }
        diagnostics.append(
            .error(
                CatalogueText(.checkUnknownActivation, ["name": scalar.text]), at: scalar.location,
                notes: [CatalogueText(.checkPointwiseKnows, ["names": Activation.allCases.map(\.rawValue).joined(separator: ", ")])]))
        return nil
    }

    /// A BCP 47 language tag in its common form: a 2–3 letter language, then subtags of 1–8
    /// letters or digits separated by hyphens.
    static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// The known word closest to a misspelling, for "did you mean"; nil when none is plausible.
    ///
    /// Plausible means a typo's distance: at most one edit per three letters (one for short words,
    /// two at most; swapping two neighbours is one edit), and the first letter kept unless a letter
    /// was only added or dropped. So `heigth` suggests `height`, but `weight` (another word, one
    /// letter changed at the start) suggests nothing rather than `height`.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = Array(word.lowercased())
        let allowed = min(2, max(1, lowered.count / 3))
        let ranked = candidates.compactMap { candidate -> (String, Int)? in
            let known = Array(candidate)
            let distance = editDistance(lowered, known)
            guard distance <= allowed else { return nil }
            guard lowered.first == known.first || lowered.count != known.count else { return nil }
            return (candidate, distance)
        }.min { $0.1 < $1.1 }
        return ranked?.0
    }

    /// Edits between two words: insertions, deletions, substitutions and swaps of neighbours
    /// (optimal string alignment); words past 64 characters are never close. Quadratic in 64 at most.
    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.count > 64 || b.count > 64 { return Int.max }
        var beforePrevious: [Int] = []
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                var best = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
                if i > 0, j > 0, x == b[j - 1], a[i - 1] == y { best = min(best, beforePrevious[j - 1] + 1) }
                current.append(best)
            }
            beforePrevious = previous
            previous = current
        }
        return previous[b.count]
    }
}
