import Foundation

/// A random lesson with every number written out, for the tests that compare Pointwise with an
/// independent computation (a matrix product in Swift, NumPy, PyTorch).
///
/// Sides up to `maximumHeight` × `maximumWidth`, 1–6 input channels and 1–5 kernels; values
/// between −10 and 10 with `decimals` places; a bias and a ReLU when asked for.
struct RandomLessonText {
    let text: String
    let inChannels: Int
    let outChannels: Int

    static func make(
        generator: inout SplitMix, title: String, maximumHeight: Int, maximumWidth: Int, decimals: Int, bias: Bool, relu: Bool
    ) -> RandomLessonText {
        let height = Int(generator.next() % UInt64(maximumHeight)) + 1
        let width = Int(generator.next() % UInt64(maximumWidth)) + 1
        let inChannels = Int(generator.next() % 6) + 1
        let outChannels = Int(generator.next() % 5) + 1
        let unit = Int(pow(10, Double(decimals)))
        func value() -> String {
            let units = Int(generator.next() % UInt64(20 * unit + 1)) - 10 * unit
            let sign = units < 0 ? "-" : ""
            let fraction = String(abs(units) % unit)
            return sign + "\(abs(units) / unit)." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        func list(_ count: Int) -> String { "[" + (0..<count).map { _ in value() }.joined(separator: ", ") + "]" }
        var text = "---\ntitle: \(title)\ninput:\n"
        for _ in 0..<inChannels { text += "  - [" + (0..<height).map { _ in list(width) }.joined(separator: ", ") + "]\n" }
        text += "weights:\n"
        for _ in 0..<outChannels { text += "  - " + list(inChannels) + "\n" }
        if bias { text += "bias: " + list(outChannels) + "\n" }
        if relu { text += "activation: relu\n" }
        return RandomLessonText(text: text + "---\n", inChannels: inChannels, outChannels: outChannels)
    }
}

/// SplitMix64: a tiny deterministic generator so random lessons are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
