import PointwiseCore

/// Which sections of a lesson's text are shown at which step, and which can never be shown.
///
/// At a step the screen shows up to two sections, in this order:
/// 1. the step's own section when it is a `bias` or an `activation` step, or `term` for a term
///    that does not finish its output value;
/// 2. the broadest thing the step finishes: `end` at the last step, else `pixel` when it finishes
///    the pixel's last output value, else `output` when it finishes an output value.
/// `introduction` is shown alone before the first step. Lessons/README.md states the same rules.
public enum SectionRules {
    /// The sections shown at a position, in the order they are joined: one or two of them.
    public static func sections(at walk: Walk) -> [SectionKind] {
        guard let step = walk.step else { return [.introduction] }
        var shown: [SectionKind] = []
        switch step.kind {
        case .term: if !step.completesOutput { shown.append(.term) }
        case .bias: shown.append(.bias)
        case .activation: shown.append(.activation)
        }
        if step.isLast {
            shown.append(.end)
        } else if step.completesPixel {
            shown.append(.pixel)
        } else if step.completesOutput {
            shown.append(.output)
        }
        return shown
    }

    /// Why a section can never be shown for a layer of this shape, or nil when some step shows it.
    public static func reasonNeverShown(_ section: SectionKind, in convolution: PointwiseConvolution) -> String? {
        reasonNeverShownText(section, in: convolution)?.text(.english)
    }

    /// The reason `reasonNeverShown` gives, as a catalogue entry to show in any language.
    public static func reasonNeverShownText(_ section: SectionKind, in convolution: PointwiseConvolution) -> CatalogueText? {
        let shape = convolution.shape
        let hasBias = convolution.kernels.bias != nil
        let hasActivation = convolution.kernels.activation != .none
        switch section {
        case .introduction, .end:
            return nil
        case .term:
            // Every term finishes its value when there is one channel and nothing after the sum.
            return shape.inChannels == 1 && !hasBias && !hasActivation
                ? CatalogueText(.checkNeverShownTerm) : nil
        case .bias:
            return hasBias ? nil : CatalogueText(.checkNeverShownBias)
        case .activation:
            return hasActivation ? nil : CatalogueText(.checkNeverShownActivation)
        case .output:
            return shape.outChannels == 1
                ? CatalogueText(.checkNeverShownOutput) : nil
        case .pixel:
            return shape.pixels == 1 ? CatalogueText(.checkNeverShownPixel) : nil
        }
    }
}
