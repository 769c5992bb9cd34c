import PointwiseCore
import Testing

@Suite("Generated tensors")
struct GenerationTests {
    @Test("SplitMix64 gives the reference implementation's numbers")
    func splitMixGolden() {
        var zero = SplitMix64(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)
        var seven = SplitMix64(seed: 7)
        #expect([seven.next(), seven.next(), seven.next()] == [0x63CB_E1E4_5932_0DD7, 0x044C_3CD7_F43C_661C, 0xE698_4080_BAB1_2A02])
    }

    @Test("random values are the same on every run, within the range, at the given precision")
    func randomGolden() throws {
        let units = ValueGenerator.random(seed: 7, low: -100, high: 100).units(count: 8)
        #expect(units == [-22, -97, 81, 17, -10, -50, -6, -35])
        let many = ValueGenerator.random(seed: 7, low: -100, high: 100).units(count: 10_000)
        #expect(many.allSatisfy { (-100...100).contains($0) })
        #expect(many.contains(-100) && many.contains(100))
        #expect(many == ValueGenerator.random(seed: 7, low: -100, high: 100).units(count: 10_000))
        #expect(many != ValueGenerator.random(seed: 8, low: -100, high: 100).units(count: 10_000))
        let tensor = try Tensor(channels: 2, height: 2, width: 2, scale: 2, generator: .random(seed: 7, low: -100, high: 100))
        #expect(tensor.value(channel: 0, row: 0, column: 0).description == "-0.22")
        #expect(tensor.value(channel: 0, row: 0, column: 1).description == "-0.97")
        #expect(tensor.largestUnitMagnitude == 97)
    }

    @Test("a ramp runs evenly from its first value to its last")
    func ramp() {
        #expect(ValueGenerator.ramp(from: 0, to: 100).units(count: 5) == [0, 25, 50, 75, 100])
        #expect(ValueGenerator.ramp(from: 10, to: -10).units(count: 3) == [10, 0, -10])
        #expect(ValueGenerator.ramp(from: 0, to: 10).units(count: 4) == [0, 3, 6, 10])
        #expect(ValueGenerator.ramp(from: 5, to: 9).units(count: 1) == [5])
    }

    @Test("a constant repeats one value")
    func constant() throws {
        #expect(ValueGenerator.constant(-3).units(count: 3) == [-3, -3, -3])
        let tensor = try Tensor(channels: 1, height: 2, width: 3, scale: 1, generator: .constant(5))
        #expect(tensor.count == 6)
        #expect(tensor.value(channel: 0, row: 1, column: 2).description == "0.5")
    }

    @Test("a 224×224×64 input is generated straight into 3,211,264 units")
    func bigInput() throws {
        let tensor = try Tensor(channels: 64, height: 224, width: 224, scale: 2, generator: .random(seed: 1, low: -100, high: 100))
        #expect(tensor.units.count == 3_211_264)
        #expect(tensor.largestUnitMagnitude == 100)
    }
}
