import LessonKit
import PointwiseCore
import Testing

@Suite("Lessons with generated tensors")
struct GeneratedLessonTests {
    static func lesson(_ frontMatter: String) -> LessonReader.Result {
        LessonReader.read(text: "---\n" + frontMatter + "---\n")
    }

    /// Every error as `line:column: message`, in order.
    static func errors(_ frontMatter: String) -> [String] {
        lesson(frontMatter).diagnostics.filter(\.isError).map { "\($0.location): \($0.message)" }
    }

    @Test("reads a generated input and weights, the same numbers on every run")
    func reads() throws {
        let result = Self.lesson(
            """
            input: {generate: random, seed: 7, channels: 192, height: 28, width: 28, range: [-1, 1], decimals: 2}
            weights: {generate: ramp, kernels: 16, range: [-0.5, 0.5], decimals: 2}

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let convolution = try #require(result.lesson).convolution
        #expect(convolution.shape == ConvolutionShape(height: 28, width: 28, inChannels: 192, outChannels: 16))
        #expect(convolution.inputValue(inputChannel: 0, row: 0, column: 0).description == "-0.22")
        #expect(convolution.inputValue(inputChannel: 0, row: 0, column: 1).description == "-0.97")
        #expect(convolution.kernels.weight(kernel: 0, inputChannel: 0).description == "-0.5")
        #expect(convolution.kernels.weight(kernel: 15, inputChannel: 191).description == "0.5")
    }

    @Test("explicit values and generated ones mix; a constant takes its value's precision")
    func mixes() throws {
        let result = Self.lesson(
            """
            input:
              generate: constant
              channels: 2
              height: 1
              width: 2
              value: 1.5
            weights: [[1, -1]]

            """)
        let convolution = try #require(result.lesson).convolution
        #expect(convolution.output(kernel: 0, row: 0, column: 1).description == "0")
        #expect(convolution.inputValue(inputChannel: 1, row: 0, column: 1).description == "1.5")
    }

    @Test("names every problem of a generated tensor where it is written")
    func diagnostics() {
        #expect(
            Self.errors(
                """
                input: {generate: rand, seed: 7, channels: 0, height: 28, width: x, range: [1, -1], decimals: 19, sed: 3}
                weights: {generate: constant, kernels: 16, channels: 100, seed: 4}

                """) == [
                    "2:19: unknown generator 'rand'",
                    "2:44: 'channels' must be a whole number from 1 to 4096, not 0",
                    "2:66: 'width' must be a whole number from 1 to 4096, not 'x'",
                    "2:76: the range [1, -1] is empty: its first bound is larger than its second",
                    "2:95: 'decimals' must be a whole number from 0 to 18, not 19",
                    "2:99: unknown field 'sed' in a generated 'input'",
                    "3:21: the constant generator needs 'value'",
                    "3:59: 'seed' does not apply to the constant generator",
                ])
    }

    @Test("checks the weights against the input, the range against the precision, and the size limit")
    func shapesAndLimits() {
        #expect(
            Self.errors(
                """
                input: {generate: ramp, channels: 3, height: 2, width: 2, range: [0.125, 1], decimals: 2}
                weights: {generate: random, kernels: 4, range: [1, 2, 3]}

                """) == [
                    "2:67: the bound 0.125 has 3 decimal places but 'decimals' is 2",
                    "3:21: the random generator needs 'seed'",
                    "3:48: 'range' has 3 numbers; write two: [low, high]",
                ])
        #expect(
            Self.errors(
                """
                input: {generate: constant, channels: 192, height: 2, width: 2, value: 1}
                weights: {generate: constant, kernels: 2, channels: 100, value: 1}

                """) == ["3:53: the generated weights have 100 channels but the input has 192"])
        #expect(
            Self.errors(
                """
                input: {generate: constant, channels: 4096, height: 4096, width: 2, value: 1}
                weights: [[1]]

                """
            ).first == "2:8: a generated 'input' of 4096×4096×2 would hold 33,554,432 values; at most 16,777,216 are allowed")
        #expect(
            Self.errors("input: {channels: 1, height: 1, width: 1}\nweights: [[1]]\n")
                == ["2:8: a generated 'input' needs 'generate: random', 'ramp' or 'constant'"])
    }

    @Test("renders a generator diagnostic with its line, a caret and notes")
    func rendered() {
        let text = "---\ninput: {generate: randm, channels: 1, height: 1, width: 1}\nweights: [[1]]\n---\n"
        let result = LessonReader.read(text: text)
        #expect(
            DiagnosticRenderer(path: "l.md", source: text).render(result.diagnostics) == """
                l.md:2:19: error: unknown generator 'randm'
                    input: {generate: randm, channels: 1, height: 1, width: 1}
                                      ^
                note: did you mean 'random'?
                note: Pointwise knows: random, ramp, constant
                """)
    }

    @Test("saving an edit of a generated tensor too big to write out refuses at once, saying why")
    func saveTooLargeRefusedEarly() throws {
        // 1,024 × 32 × 32 = 1,048,576 values: readable as generated, too many to write out.
        let text = """
            ---
            input: {generate: ramp, channels: 1024, height: 32, width: 32, range: [0, 1], decimals: 2}
            weights: {generate: constant, kernels: 2, value: 1}
            ---
            """
        let lesson = try #require(LessonReader.read(text: text).lesson)
        var units = lesson.convolution.input.units
        units[0] += 1
        let input = lesson.convolution.input
        let edited = try Tensor(channels: input.channels, height: input.height, width: input.width, scale: input.scale, units: units)
        let clock = ContinuousClock()
        var result: Result<String, LessonWriter.Failure>?
        let elapsed = clock.measure {
            result = LessonWriter.rewrite(source: text, input: edited, weights: lesson.convolution.kernels.weights)
        }
        #expect(result == .failure(.tooLarge(key: "input", values: 1_048_576)))
        let message = LessonWriter.Failure.tooLarge(key: "input", values: 1_048_576).description
        #expect(message.contains("1,048,576 numbers") && message.contains("at most 524,288"))
        #expect(elapsed < .seconds(5))
        // A small edit of the same lesson's weights is still written out.
        let weights = try Tensor(channels: 1, height: 2, width: 1024, scale: 0, units: [Int64](repeating: 2, count: 2048))
        #expect((try? LessonWriter.rewrite(source: text, input: input, weights: weights).get())?.contains("weights:\n  - [2, 2") == true)
    }
}
