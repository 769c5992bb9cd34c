import PointwiseCore

/// How much `print` and `print --json` do for one lesson before they refuse, up front.
///
/// The limits let a 4096-channel 64×64 lesson through in a file of 235 bytes; printing its
/// walkthrough would mean tens of billions of steps (terabytes), its JSON billions of exact
/// multiplications (tens of minutes). Work proportional to what was asked means refusing such a
/// request at once, saying why and how to insist, rather than computing for hours.
public enum OutputBudget {
    /// The most steps `print` writes: about a gigabyte of text, four times the Inception lesson.
    public static let maximumWalkthroughSteps = 10_000_000
    /// The most multiplications `print --json` (and `export`, which shares its numbers) computes:
    /// 2^28, a few seconds of work, a hundred times the Inception lesson.
    public static let maximumMultiplications = 1 << 28
    /// The flag that lifts both limits.
    public static let overrideFlag = "--force"

    /// Why printing this lesson is refused (one sentence naming the size, the bound and the
    /// override), or nil when it is within the budget.
    public static func refusal(for lesson: Lesson, json: Bool) -> CatalogueText? {
        let convolution = lesson.convolution
        let shape = convolution.shape
        if json {
            let (pixelsByInput, first) = shape.pixels.multipliedReportingOverflow(by: shape.inChannels)
            let (multiplications, second) = pixelsByInput.multipliedReportingOverflow(by: shape.outChannels)
            guard first || second || multiplications > maximumMultiplications else { return nil }
            let limits = ["limit": GroupedDigits.format(maximumMultiplications), "flag": overrideFlag]
            if first || second {
                return CatalogueText(
                    .budgetJSON, limits, nested: ["count": CatalogueText(.budgetMoreThan, ["count": GroupedDigits.format(Int.max)])])
            }
            return CatalogueText(.budgetJSON, limits.merging(["count": GroupedDigits.format(multiplications)]) { first, _ in first })
        }
        let steps = Walk(convolution).stepCount
        guard steps > maximumWalkthroughSteps else { return nil }
        return CatalogueText(
            .budgetWalkthrough,
            ["steps": GroupedDigits.format(steps), "limit": GroupedDigits.format(maximumWalkthroughSteps), "flag": overrideFlag])
    }
}
