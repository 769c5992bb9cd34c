import PointwiseCore
import Testing

@testable import LessonKit

/// A tensor written out under its own key keeps its lists' values as its units (brought to the
/// shared scale where they were read). Whatever the order of the keys and the decimal places of
/// the values, each value must be exactly the one written, and a value too large for the shared
/// scale must be reported where it is, as before.
@Suite("Tensors made in their lists' own storage")
struct TensorStoreTests {
    /// The value a decimal literal like `-0.125` or `3` stands for, as units at `scale` places,
    /// worked out on its text alone (no parser of the project's).
    private static func units(_ text: String, scale: Int) -> Int64 {
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        let padded = fraction + String(repeating: "0", count: scale - fraction.count)
        let magnitude = Int64(whole + padded) ?? 0
        return negative ? -magnitude : magnitude
    }

    private static func rows(_ text: [[String]]) -> String {
        "[" + text.map { "[" + $0.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    }

    @Test("values of many decimal places, keys in every order: each value exact")
    func exactInEveryOrder() throws {
        let channels = [
            [["1.5", "2", "0.25"], ["0", "-1.0", "3.750"]],
            [["-0.125", "2.50", "3"], ["4.0", "-5.5", "0.001"]],
        ]
        let kernels = [["0.5", "-1.25"], ["100", "0.10"], ["-3", "0"]]
        let input = "input:\n" + channels.map { "  - " + Self.rows($0) + "\n" }.joined()
        let weights = "weights:\n" + kernels.map { "  - [" + $0.joined(separator: ", ") + "]\n" }.joined()
        let bias = "bias: [0.5, -2, 0.25]\n"
        for order in [[input, weights, bias], [weights, bias, input], [bias, input, weights]] {
            let text = "---\ntitle: \"stores\"\n" + order.joined() + "---\n"
            let lesson = try #require(LessonReader.read(bytes: Array(text.utf8)).lesson)
            let tensor = lesson.convolution.input
            #expect(tensor.scale == 3)
            #expect(tensor.units == channels.flatMap { $0.flatMap { $0 } }.map { Self.units($0, scale: 3) })
            let bank = lesson.convolution.kernels
            #expect(bank.weights.scale == 2)
            #expect(bank.weights.units == kernels.flatMap { $0 }.map { Self.units($0, scale: 2) })
            #expect(bank.bias?.units == ["0.5", "-2", "0.25"].map { Self.units($0, scale: 2) })
        }
    }

    @Test("a value too large for the shared scale is reported at its place, in the store's middle")
    func tooPreciseAtItsPlace() {
        let text = "---\ninput:\n  - [[0.5, 1.25], [1, 2]]\n  - [[3, 950000000000000000], [0.1, 2]]\nweights:\n  - [1, 2]\n---\n"
        let result = LessonReader.read(bytes: Array(text.utf8))
        #expect(result.lesson == nil)
        let error = result.diagnostics.first
        #expect(error?.location == SourceLocation(line: 4, column: 10))
        #expect(error?.message.contains("'950000000000000000' is too large to keep exact") == true)
    }

    @Test("a tensor written as one flow list over several lines, and the key after it, are exact")
    func storesNeverMix() throws {
        // The input's rows come from a flow list spanning lines; the weights follow at once.
        let text = "---\ninput: [[[1, 2.5], [3, 4]],\n  [[5, 6], [7.25, 8]]]\nweights: [[1, 0.5]]\n---\n"
        let lesson = try #require(LessonReader.read(bytes: Array(text.utf8)).lesson)
        #expect(lesson.convolution.input.units == [100, 250, 300, 400, 500, 600, 725, 800])
        #expect(lesson.convolution.kernels.weights.units == [10, 5])
    }
}
