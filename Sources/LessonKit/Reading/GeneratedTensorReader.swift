import PointwiseCore

/// Reads a generated `input` or `weights`: a mapping such as
/// `{generate: random, seed: 7, channels: 192, height: 28, width: 28, range: [-1, 1], decimals: 2}`.
///
/// Every field is checked where it is written, with the numbers named, and every problem is
/// reported (not only the first). The values are made only when the whole mapping is valid, and
/// straight into the tensor's units (see `ValueGenerator`).
enum GeneratedTensorReader {
    /// The generators a lesson may name.
    enum Kind: String, CaseIterable {
        case random, ramp, constant

        /// The fields this generator takes besides `generate` and the sizes.
        var fields: [String] {
            switch self {
            case .random: ["seed", "range", "decimals"]
            case .ramp: ["range", "decimals"]
            case .constant: ["value"]
            }
        }

        /// The fields this generator cannot do without.
        var requiredFields: [String] {
            switch self {
            case .random: ["seed", "range"]
            case .ramp: ["range"]
            case .constant: ["value"]
            }
        }
    }

    /// Which tensor is generated, for its size fields and its messages.
    enum Target {
        case input
        case weights(inputChannels: Int?)

        var name: String {
            switch self {
            case .input: "input"
            case .weights: "weights"
            }
        }

        /// The size fields, in the order the tensor's shape is written.
        var sizeFields: [String] {
            switch self {
            case .input: ["channels", "height", "width"]
            case .weights: ["kernels", "channels"]
            }
        }
    }

    /// Every field any generator takes, for "unknown field" suggestions.
    static func allFields(for target: Target) -> [String] {
        ["generate"] + target.sizeFields + ["seed", "range", "decimals", "value"]
    }

    /// Reads the mapping and makes the tensor, or reports every problem and returns nil.
    static func read(_ mapping: YAMLMapping, target: Target, diagnostics: inout DiagnosticList) -> Tensor? {
        // A mapping none of whose keys a generator knows (`{x1: …, x2: …}`) is channels or
        // kernels given names: one message says what to write, not one per missing field.
        let known = allFields(for: target) + ["file"]
        if !mapping.entries.isEmpty, !mapping.entries.contains(where: { known.contains($0.key.text) }) {
            let (message, note): (TextKey, TextKey) =
                switch target {
                case .input: (.checkNamedChannels, .checkNamedChannelsNote)
                case .weights: (.checkNamedKernels, .checkNamedKernelsNote)
                }
            diagnostics.append(
                .error(CatalogueText(message, ["target": target.name]), at: mapping.location, notes: [CatalogueText(note)]))
            return nil
        }
        let errorsBefore = diagnostics.count
        let what = CatalogueText(.checkGeneratedWhat, ["target": target.name])
        let kind = readKind(mapping, what: what, diagnostics: &diagnostics)
        checkFields(mapping, kind: kind, target: target, diagnostics: &diagnostics)

        // Sizes.
        var sizes: [String: Int] = [:]
        for field in target.sizeFields {
            if case .weights(let inputChannels) = target, field == "channels", mapping[field] == nil {
                // The weights' channels default to the input's: one weight per input channel.
                if let inputChannels { sizes[field] = inputChannels }
                continue
            }
            guard let node = mapping[field] else {
                diagnostics.append(
                    .error(
                        CatalogueText(.checkGeneratedNeeds, ["field": field], nested: ["what": what]), at: mapping.location,
                        notes: [
                            CatalogueText(.checkGeneratedSizeNote, ["sizes": target.sizeFields.map { "\($0): N" }.joined(separator: ", ")])
                        ]))
                continue
            }
            let limit = field == "height" || field == "width" ? LessonLimits.maximumSide : LessonLimits.maximumChannels
            if let value = wholeNumber(node, field: field, range: 1...UInt64(limit), diagnostics: &diagnostics) {
                sizes[field] = Int(value)
            }
        }
        if case .weights(let inputChannels?) = target, let channels = sizes["channels"], channels != inputChannels,
            let node = mapping["channels"]
        {
            diagnostics.append(
                .error(
                    CatalogueText(
                        .checkGeneratedChannels, ["count": String(inputChannels)],
                        nested: ["channels": CatalogueText(.checkChannelCount, ["count": String(channels)])]),
                    at: node.location, notes: [CatalogueText(.checkGeneratedChannelsNote)]))
            sizes["channels"] = nil
        }

        // Precision and the generator's own fields.
        var decimals = 0
        if let node = mapping["decimals"], kind?.fields.contains("decimals") ?? true {
            if let value = wholeNumber(node, field: "decimals", range: 0...UInt64(DecimalLiteral.maximumScale), diagnostics: &diagnostics) {
                decimals = Int(value)
            }
        }
        // Fields are checked even when the generator is unknown, so one pass finds every mistake.
        func applies(_ field: String) -> Bool { kind?.fields.contains(field) ?? true }
        let seed =
            applies("seed")
            ? mapping["seed"].flatMap { wholeNumber($0, field: "seed", range: 0...UInt64.max, diagnostics: &diagnostics) } : nil
        let range = applies("range") ? mapping["range"].flatMap { readRange($0, decimals: decimals, diagnostics: &diagnostics) } : nil
        let value = applies("value") ? mapping["value"].flatMap { TensorReader.number($0, &diagnostics) } : nil
        var generator: ValueGenerator?
        var scale = decimals
        switch kind {
        case .random?:
            if let seed, let range { generator = .random(seed: seed, low: range.low, high: range.high) }
        case .ramp?:
            if let range { generator = .ramp(from: range.low, to: range.high) }
        case .constant?:
            if let value, let units = Int64(exactly: value.units) {
                generator = .constant(units)
                scale = value.scale
            }
        case nil:
            break
        }

        guard diagnostics.count == errorsBefore, let generator else { return nil }
        let shape = target.sizeFields.compactMap { sizes[$0] }
        guard shape.count == target.sizeFields.count else { return nil }
        let total = shape.reduce(1) { $0.multipliedReportingOverflow(by: $1).overflow ? Int.max : $0 * $1 }
        guard total <= LessonLimits.maximumGeneratedValues else {
            diagnostics.append(
                .error(
                    CatalogueText(
                        .checkGeneratedTooMany,
                        [
                            "shape": shape.map(String.init).joined(separator: "×"), "count": grouped(total),
                            "limit": grouped(LessonLimits.maximumGeneratedValues),
                        ], nested: ["what": what]),
                    at: mapping.location, notes: [CatalogueText(.checkGeneratedTooManyNote)]))
            return nil
        }
        let (channels, height, width) =
            switch target {
            case .input: (shape[0], shape[1], shape[2])
            case .weights: (1, shape[0], shape[1])
            }
        return try? Tensor(channels: channels, height: height, width: width, scale: scale, generator: generator)
    }

    /// The `generate:` field's generator, or nil after reporting what is wrong.
    private static func readKind(_ mapping: YAMLMapping, what: CatalogueText, diagnostics: inout DiagnosticList) -> Kind? {
        let known = Kind.allCases.map(\.rawValue)
        guard let node = mapping["generate"] else {
            diagnostics.append(
                .error(
                    CatalogueText(.checkGeneratedNeedsGenerate, nested: ["what": what]), at: mapping.location,
                    notes: [CatalogueText(.checkGeneratedNeedsGenerateNote)]))
            return nil
        }
        guard let scalar = node.scalar, !scalar.isEmpty else {
            diagnostics.append(.error(CatalogueText(.checkGenerateName, ["names": known.joined(separator: ", ")]), at: node.location))
            return nil
        }
        if let kind = Kind(rawValue: scalar.text.lowercased()) { return kind }
        diagnostics.append(
            .error(
                CatalogueText(.checkUnknownGenerator, ["name": scalar.text]), at: scalar.location,
                notes: MappingKeys.notes(forUnknown: scalar.text, known: known, listing: .checkPointwiseKnows)))
        return nil
    }

    /// Reports fields no generator takes, and fields this generator does not take.
    private static func checkFields(_ mapping: YAMLMapping, kind: Kind?, target: Target, diagnostics: inout DiagnosticList) {
        let all = allFields(for: target)
        for entry in mapping.entries {
            let field = entry.key.text
            if !all.contains(field) {
                diagnostics.append(
                    .error(
                        CatalogueText(.checkUnknownGeneratedField, ["key": field, "target": target.name]), at: entry.key.location,
                        notes: MappingKeys.notes(forUnknown: field, known: all, listing: .checkFields)))
            } else if let kind, ["seed", "range", "decimals", "value"].contains(field), !kind.fields.contains(field) {
                let takes = (["generate"] + target.sizeFields + kind.fields).joined(separator: ", ")
                diagnostics.append(
                    .error(
                        CatalogueText(.checkGeneratorField, ["field": field, "kind": kind.rawValue]), at: entry.key.location,
                        notes: [CatalogueText(.checkGeneratorTakes, ["kind": kind.rawValue, "names": takes])]))
            }
        }
        guard let kind else { return }
        for field in kind.requiredFields where mapping[field] == nil {
            let location = mapping["generate"]?.location ?? mapping.location
            diagnostics.append(
                .error(
                    CatalogueText(.checkGeneratorNeeds, ["kind": kind.rawValue, "field": field]), at: location,
                    notes: [CatalogueText(.checkGeneratorExample, ["example": example(for: kind, target: target)])]))
        }
    }

    private static func example(for kind: Kind, target: Target) -> String {
        let sizes =
            switch target {
            case .input: "channels: 3, height: 4, width: 4"
            case .weights: "kernels: 4, channels: 3"
            }
        return switch kind {
        case .random: "{generate: random, seed: 7, \(sizes), range: [-1, 1], decimals: 2}"
        case .ramp: "{generate: ramp, \(sizes), range: [0, 1], decimals: 2}"
        case .constant: "{generate: constant, \(sizes), value: 0.5}"
        }
    }

    /// `range: [low, high]` as units at `decimals` places, low ≤ high.
    private static func readRange(_ node: YAMLNode, decimals: Int, diagnostics: inout DiagnosticList) -> (low: Int64, high: Int64)? {
        guard let sequence = node.sequence else {
            diagnostics.append(.error(CatalogueText(.checkRangeForm, nested: ["kind": node.kindText]), at: node.location))
            return nil
        }
        guard sequence.items.count == 2 else {
            diagnostics.append(.error(CatalogueText(.checkRangeCount, ["count": String(sequence.items.count)]), at: node.location))
            return nil
        }
        var bounds: [Int64] = []
        var values: [ExactDecimal] = []
        for item in sequence.items {
            guard let value = TensorReader.number(item, &diagnostics) else { continue }
            if value.scale > decimals {
                diagnostics.append(
                    .error(
                        CatalogueText(
                            .checkBoundPlaces, ["value": "\(value)", "decimals": String(decimals)],
                            nested: ["places": CatalogueText(.checkDecimalPlaces, ["count": String(value.scale)])]),
                        at: item.location, notes: [CatalogueText(.checkBoundPlacesNote, ["places": String(value.scale)])]))
                continue
            }
            guard let units = scaled(value.units, byPowerOfTen: decimals - value.scale) else {
                diagnostics.append(
                    .error(
                        CatalogueText(.checkBoundTooLarge, ["value": "\(value)", "decimals": String(decimals)]), at: item.location,
                        notes: [CatalogueText(.checkBoundTooLargeNote)]))
                continue
            }
            bounds.append(units)
            values.append(value)
        }
        guard bounds.count == 2 else { return nil }
        guard bounds[0] <= bounds[1] else {
            let bounds = ["low": "\(values[0])", "high": "\(values[1])"]
            diagnostics.append(
                .error(
                    CatalogueText(.checkRangeEmpty, bounds), at: node.location,
                    notes: [CatalogueText(.checkRangeEmptyNote, bounds)]))
            return nil
        }
        return (bounds[0], bounds[1])
    }

    /// `units × 10^exponent` as 64-bit units, or nil when it does not fit.
    private static func scaled(_ units: Int128, byPowerOfTen exponent: Int) -> Int64? {
        units.scaledUp(byPowerOfTen: max(0, exponent)).flatMap { Int64(exactly: $0) }
    }

    /// A whole number within `range`, written plainly (`192`, not `192.0` or `"192"`).
    private static func wholeNumber(_ node: YAMLNode, field: String, range: ClosedRange<UInt64>, diagnostics: inout DiagnosticList)
        -> UInt64?
    {
        func expectation(_ found: CatalogueText) -> CatalogueText {
            CatalogueText(
                .checkWholeNumberRange, ["field": field, "low": String(range.lowerBound), "high": String(range.upperBound)],
                nested: ["found": found])
        }
        guard let scalar = node.scalar, !scalar.isEmpty else {
            diagnostics.append(.error(expectation(node.scalar == nil ? node.kindText : CatalogueText(.checkNothing)), at: node.location))
            return nil
        }
        guard !scalar.isQuoted, scalar.text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let value = UInt64(scalar.text)
        else {
            let tooBig = !scalar.isQuoted && scalar.text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            diagnostics.append(
                .error(expectation(CatalogueText(tooBig ? .checkPlainWord : .checkQuotedWord, ["text": scalar.text])), at: scalar.location))
            return nil
        }
        guard range.contains(value) else {
            diagnostics.append(.error(expectation(CatalogueText(.checkPlainWord, ["text": String(value)])), at: scalar.location))
            return nil
        }
        return value
    }

    /// `150528` as `150,528`, for messages about sizes.
    static func grouped(_ number: Int) -> String {
        var digits = String(number)
        var index = digits.endIndex
        while digits.distance(from: digits.startIndex, to: index) > 3 {
            index = digits.index(index, offsetBy: -3)
            digits.insert(",", at: index)
        }
        return digits
    }
}
