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
        guard
            let mapping = MappingKeys.mapping(
                of: node, subject: CatalogueText(.checkSubjectCost), example: CatalogueText(.checkCostExample),
                diagnostics: &diagnostics)
        else { return nil }
        var ok = MappingKeys.reportUnknown(in: mapping, known: keys, listing: .checkCostKnows, diagnostics: &diagnostics) {
            CatalogueText(.checkUnknownCostKey, ["key": $0])
        }
        var settings = CostSettings()
        let kernel = count(mapping, "kernel", CatalogueText(.checkCostKernelMeaning), 1...CostSettings.maximumKernelSize, &diagnostics, &ok)
        settings.kernelSize = kernel
        settings.bottleneckChannels = count(
            mapping, "bottleneck", CatalogueText(.checkCostBottleneckMeaning), 1...LessonLimits.maximumChannels, &diagnostics, &ok)
        settings.outChannels = count(
            mapping, "outChannels", CatalogueText(.checkCostOutMeaning), 1...LessonLimits.maximumChannels, &diagnostics, &ok)
        return ok ? settings : nil
    }

    /// A sub-key's whole number within `range`, or nil when absent or wrong (then `ok` is false).
    private static func count(
        _ mapping: YAMLMapping, _ key: String, _ meaning: CatalogueText, _ range: ClosedRange<Int>,
        _ diagnostics: inout DiagnosticList, _ ok: inout Bool
    ) -> Int? {
        guard let node = mapping[key] else { return nil }
        let bounds = ["low": String(range.lowerBound), "high": String(range.upperBound)]
        let help = CatalogueText(.checkCostHelp, bounds.merging(["key": key]) { $1 }, nested: ["meaning": meaning])
        guard let scalar = node.scalar, !scalar.isEmpty, !scalar.isQuoted else {
            diagnostics.append(.error(CatalogueText(.checkMustBeWhole, ["key": key]), at: node.location, notes: [help]))
            ok = false
            return nil
        }
        guard let value = Int(scalar.text.hasPrefix("+") ? String(scalar.text.dropFirst()) : scalar.text) else {
            diagnostics.append(.error(CatalogueText(.checkNotWhole, ["text": scalar.text]), at: scalar.location, notes: [help]))
            ok = false
            return nil
        }
        guard range.contains(value) else {
            diagnostics.append(
                .error(
                    CatalogueText(.checkOutOfRange, bounds.merging(["key": key, "value": String(value)]) { $1 }), at: scalar.location,
                    notes: [help]))
            ok = false
            return nil
        }
        return value
    }
}
