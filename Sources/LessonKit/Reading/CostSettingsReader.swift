import PointwiseCore

/// Reads the optional `cost` key: the layers the cost view compares the lesson's 1×1 layer with.
///
///     cost: {kernel: 5, bottleneck: 16, outChannels: 32}
///
/// Every sub-key is optional (`CostComparison` fills in the defaults from the lesson's shape), so
/// the checks are only that each is a whole number in range and that no unknown key slipped in,
/// each reported at the value concerned.
enum CostSettingsReader {
    /// The sub-keys of `cost`, as a teacher writes them.
    static let keys = ["kernel", "bottleneck", "outChannels"]

    static func read(_ node: YAMLNode, diagnostics: inout DiagnosticList) -> CostSettings? {
        guard let mapping = MappingKeys.mapping(
            of: node, subject: "'cost'", example: "for example: cost: {kernel: 5, bottleneck: 16, outChannels: 32}",
            diagnostics: &diagnostics)
        else { return nil }
        var ok = MappingKeys.reportUnknown(in: mapping, known: keys, listing: "'cost' knows: ", diagnostics: &diagnostics) {
            "unknown key '\($0)' in 'cost'"
        }
        var settings = CostSettings()
        let kernel = count(mapping, "kernel", "the side k of the k×k kernel compared with", 1...CostSettings.maximumKernelSize, &diagnostics, &ok)
        settings.kernelSize = kernel
        settings.bottleneckChannels = count(mapping, "bottleneck", "the channels B of the 1×1 bottleneck", 1...LessonLimits.maximumChannels, &diagnostics, &ok)
        settings.outChannels = count(mapping, "outChannels", "the output channels N of the compared layers", 1...LessonLimits.maximumChannels, &diagnostics, &ok)
        return ok ? settings : nil
    }

    /// A sub-key's whole number within `range`, or nil when absent or wrong (then `ok` is false).
    private static func count(
        _ mapping: YAMLMapping, _ key: String, _ meaning: String, _ range: ClosedRange<Int>,
        _ diagnostics: inout DiagnosticList, _ ok: inout Bool
    ) -> Int? {
        guard let node = mapping[key] else { return nil }
        let help = "'\(key)' is \(meaning): a whole number from \(range.lowerBound) to \(range.upperBound)"
        guard let scalar = node.scalar, !scalar.isEmpty, !scalar.isQuoted else {
            diagnostics.append(.error("'\(key)' must be a whole number", at: node.location, notes: [help]))
            ok = false
            return nil
        }
        guard let value = Int(scalar.text.hasPrefix("+") ? String(scalar.text.dropFirst()) : scalar.text) else {
            diagnostics.append(.error("'\(scalar.text)' is not a whole number", at: scalar.location, notes: [help]))
            ok = false
            return nil
        }
        guard range.contains(value) else {
            diagnostics.append(.error("'\(key)' is \(value); it must be from \(range.lowerBound) to \(range.upperBound)", at: scalar.location, notes: [help]))
            ok = false
            return nil
        }
        return value
    }
}
