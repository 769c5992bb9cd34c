import PointwiseCore
import Testing

@Suite("The cost comparison: a 1×1 layer against k×k, bottleneck and depthwise-separable layers")
struct CostComparisonTests {
    static let inception = ConvolutionShape(height: 28, width: 28, inChannels: 192, outChannels: 16)

    @Test("reproduces GoogLeNet's Inception figures for 28×28×192, N = 32, k = 5, B = 16")
    func inceptionFigures() throws {
        let settings = CostSettings(kernelSize: 5, bottleneckChannels: 16, outChannels: 32)
        let cost = try #require(CostComparison(shape: Self.inception, hasBias: false, settings: settings))
        #expect(cost.direct.multiplications == 120_422_400)
        #expect(cost.bottleneckReduction.multiplications == 2_408_448)
        #expect(cost.bottleneckSpatial.multiplications == 10_035_200)
        #expect(cost.bottleneck.multiplications == 12_443_648)
        #expect(cost.pointwise.multiplications == 2_408_448)
        #expect(cost.bottleneckRatio?.inverted?.decimal() == "9.68")
        #expect(cost.bottleneckRatio?.decimal() == "0.103")
        #expect(cost.direct.parameters == 5 * 5 * 192 * 32)
        #expect(cost.bottleneck.parameters == 192 * 16 + 5 * 5 * 16 * 32)
    }

    @Test("reproduces MobileNet's figures: 14×14×512 → 512 with 3×3 costs 462M against 52.3M, a ratio of 1/N + 1/k²")
    func mobileNetFigures() throws {
        let shape = ConvolutionShape(height: 14, width: 14, inChannels: 512, outChannels: 512)
        let cost = try #require(CostComparison(shape: shape, hasBias: false, settings: CostSettings(kernelSize: 3)))
        #expect(cost.direct.multiplications == 462_422_016)
        #expect(cost.depthwise.multiplications == 903_168)
        #expect(cost.separablePointwise.multiplications == 51_380_224)
        #expect(cost.separable.multiplications == 52_283_392)
        #expect(cost.separableRatio == cost.mobileNetRatio)
        #expect(cost.mobileNetRatio == CostRatio(9 + 512, 9 * 512))
    }

    @Test("the defaults: k = 3, B = a quarter of C_in (at least 1), N = C_out")
    func defaults() throws {
        let cost = try #require(CostComparison(shape: ConvolutionShape(height: 3, width: 3, inChannels: 3, outChannels: 2), hasBias: false))
        #expect(cost.kernelSize == 3)
        #expect(cost.bottleneckChannels == 1)
        #expect(cost.outChannels == 2)
        let wide = try #require(CostComparison(shape: Self.inception, hasBias: false))
        #expect(wide.bottleneckChannels == 48)
    }

    @Test("the lesson's own layer counts its bias: one more addition per output and C_out more parameters")
    func pointwiseWithBias() throws {
        let shape = ConvolutionShape(height: 2, width: 2, inChannels: 3, outChannels: 2)
        let cost = try #require(CostComparison(shape: shape, hasBias: true))
        #expect(cost.pointwise == CostFigures(multiplications: 24, additions: 24, parameters: 8))
        #expect(cost.pointwise.multiplications == LayerCost(shape: shape, hasBias: true).multiplications)
        #expect(cost.pointwise.additions == LayerCost(shape: shape, hasBias: true).additions)
        #expect(cost.pointwise.parameters == LayerCost(shape: shape, hasBias: true).parameters)
        #expect(cost.spatialSameChannels.multiplications == 9 * 24)
    }

    /// Counts by running the loops of a "same" convolution with zero padding and counting each
    /// multiply and add, independently of the closed formulas.
    static func countedStandard(height: Int, width: Int, k: Int, inChannels: Int, outChannels: Int) -> (Int, Int) {
        var multiplications = 0
        var additions = 0
        for _ in 0..<outChannels {
            for _ in 0..<height {
                for _ in 0..<width {
                    var terms = 0
                    for _ in 0..<inChannels { for _ in 0..<k { for _ in 0..<k { terms += 1 } } }
                    multiplications += terms
                    additions += terms - 1
                }
            }
        }
        return (multiplications, additions)
    }

    @Test("agrees with loops that count every multiply and add, on random small shapes", arguments: 0..<20)
    func againstCountingLoops(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed) &* 7919 &+ 1)
        let height = Int.random(in: 1...6, using: &random)
        let width = Int.random(in: 1...6, using: &random)
        let inChannels = Int.random(in: 1...8, using: &random)
        let outChannels = Int.random(in: 1...8, using: &random)
        let k = Int.random(in: 1...5, using: &random)
        let b = Int.random(in: 1...8, using: &random)
        let n = Int.random(in: 1...8, using: &random)
        let shape = ConvolutionShape(height: height, width: width, inChannels: inChannels, outChannels: outChannels)
        let cost = try #require(
            CostComparison(shape: shape, hasBias: false, settings: CostSettings(kernelSize: k, bottleneckChannels: b, outChannels: n)))

        let direct = Self.countedStandard(height: height, width: width, k: k, inChannels: inChannels, outChannels: n)
        #expect((cost.direct.multiplications, cost.direct.additions) == direct)
        let reduce = Self.countedStandard(height: height, width: width, k: 1, inChannels: inChannels, outChannels: b)
        let spatial = Self.countedStandard(height: height, width: width, k: k, inChannels: b, outChannels: n)
        #expect(cost.bottleneck.multiplications == reduce.0 + spatial.0)
        #expect(cost.bottleneck.additions == reduce.1 + spatial.1)
        // Depthwise: each channel is its own 1-channel k×k convolution.
        let depthwise = Self.countedStandard(height: height, width: width, k: k, inChannels: 1, outChannels: 1)
        let pointwise = Self.countedStandard(height: height, width: width, k: 1, inChannels: inChannels, outChannels: n)
        #expect(cost.separable.multiplications == inChannels * depthwise.0 + pointwise.0)
        #expect(cost.separable.additions == inChannels * depthwise.1 + pointwise.1)
        #expect(cost.separable.parameters == k * k * inChannels + inChannels * n)
        #expect(cost.separableRatio == cost.mobileNetRatio)
    }

    @Test("counts that leave 64 bits give no comparison instead of a trap")
    func overflow() {
        let huge = ConvolutionShape(height: 4096, width: 4096, inChannels: 4096, outChannels: 4096)
        #expect(CostComparison(shape: huge, hasBias: true, settings: CostSettings(kernelSize: 31, outChannels: 4096)) != nil)
        let beyond = ConvolutionShape(height: Int.max / 2, width: 3, inChannels: 4, outChannels: 4)
        #expect(CostComparison(shape: beyond, hasBias: true) == nil)
        #expect(CostComparison(shape: huge, hasBias: false, settings: CostSettings(kernelSize: Int.max)) == nil)
        #expect(CostComparison(shape: huge, hasBias: false, settings: CostSettings(kernelSize: 0)) == nil)
    }
}

@Suite("Numbers for cost figures: grouped digits and exact ratios")
struct CostNumberTests {
    @Test(
        "digits are grouped in threes",
        arguments: [
            (0, "0"), (7, "7"), (999, "999"), (1000, "1,000"), (120_422_400, "120,422,400"), (-1_234_567, "-1,234,567"),
            (Int.max, "9,223,372,036,854,775,807"), (Int.min, "-9,223,372,036,854,775,808"),
        ])
    func grouped(value: Int, expected: String) {
        #expect(GroupedDigits.format(value) == expected)
    }

    @Test("another separator, e.g. a thin space")
    func separator() {
        #expect(GroupedDigits.format(12_443_648, separator: "\u{2009}") == "12\u{2009}443\u{2009}648")
    }

    @Test(
        "ratios reduce and round half up to three significant digits",
        arguments: [
            (12_443_648, 120_422_400, "0.103"), (120_422_400, 12_443_648, "9.68"), (57, 800, "0.0713"), (800, 57, "14.0"),
            (1, 25, "0.04"), (1, 3, "0.333"), (2, 3, "0.667"), (1_000_000, 1, "1,000,000"), (0, 5, "0"), (-1, 8, "-0.125"),
            (1, 1_000_000_000_000, "0.00000000"), (3, 4, "0.75"), (10, 1, "10"),
        ])
    func ratios(numerator: Int, denominator: Int, expected: String) throws {
        let ratio = try #require(CostRatio(numerator, denominator))
        #expect(ratio.decimal() == expected)
    }

    @Test("a ratio is kept reduced, and has no zero denominator")
    func reduced() throws {
        let ratio = try #require(CostRatio(12_443_648, 120_422_400))
        #expect(ratio.numerator * 120_422_400 == ratio.denominator * 12_443_648)
        #expect(CostRatio(57, 800) == CostRatio(114, 1600))
        #expect(CostRatio(1, 0) == nil)
    }
}

@Suite("Ratios say whether they are written exactly")
struct CostRatioExactnessTests {
    @Test("1/25 is exactly 0.04; 1/3 is only about 0.333")
    func exactness() throws {
        #expect(try #require(CostRatio(1, 25)).approximation().isExact)
        #expect(try #require(CostRatio(1, 3)).approximation().isExact == false)
        #expect(try #require(CostRatio(57, 800)).approximation() == ("0.0713", false))
    }
}
