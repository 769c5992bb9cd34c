import Foundation
import Testing

/// Checks the numbers `print` and `print --json` show against an independent computation:
/// the matrix product of pixels by weights, in floating point, written here from scratch.
@Suite("Printed numbers add up")
struct PrintedNumbersTests {
    /// A lesson's numbers as the JSON reports them.
    struct LessonNumbers {
        var input: [[[Double]]]
        var weights: [[Double]]
        var bias: [Double]?
        var relu: Bool
        var output: [[[Double]]]
    }

    static func numbers(fromJSON text: String) throws -> LessonNumbers {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        func doubles(_ value: Any?) -> [Double] { (value as? [Any])?.compactMap { ($0 as? NSNumber)?.doubleValue } ?? [] }
        let input = (object["input"] as? [[Any]])?.map { $0.map(doubles) } ?? []
        let weights = (object["weights"] as? [Any])?.map(doubles) ?? []
        let output = (object["output"] as? [[Any]])?.map { $0.map(doubles) } ?? []
        let bias = object["bias"] is NSNull ? nil : doubles(object["bias"])
        return LessonNumbers(input: input, weights: weights, bias: bias, relu: object["activation"] as? String == "relu", output: output)
    }

    /// out[i][r][c] = act(bias[i] + Σ_j weights[i][j] · input[j][r][c]), as (H·W × C_in)(C_in × C_out).
    static func independentOutput(_ lesson: LessonNumbers) -> [[[Double]]] {
        let height = lesson.input.first?.count ?? 0
        let width = lesson.input.first?.first?.count ?? 0
        let pixels = (0..<(height * width)).map { pixel in lesson.input.map { $0[pixel / width][pixel % width] } }
        let product = pixels.map { row in
            lesson.weights.enumerated().map { kernel, weights in
                let sum = zip(row, weights).reduce(lesson.bias?[kernel] ?? 0) { $0 + $1.0 * $1.1 }
                return lesson.relu ? max(0, sum) : sum
            }
        }
        return lesson.weights.indices.map { kernel in
            (0..<height).map { row in (0..<width).map { product[row * width + $0][kernel] } }
        }
    }

    @Test("print --json matches the matrix product on random lessons", arguments: 1...12)
    func randomLessons(seed: Int) throws {
        var generator = SplitMix(seed: UInt64(seed))
        let bias = seed % 2 == 0
        let random = RandomLessonText.make(
            generator: &generator, title: "Random \(seed)", maximumHeight: 4, maximumWidth: 5, decimals: 2, bias: bias, relu: bias)
        let (inChannels, outChannels) = (random.inChannels, random.outChannels)
        let folder = try TemporaryFolder()
        let path = try folder.write("random.md", random.text)

        let run = try CommandRun.pointwise(["print", path, "--json"])
        #expect(run.status == 0, "\(run.standardError)")
        let lesson = try Self.numbers(fromJSON: run.standardOutput)
        #expect(lesson.input.count == inChannels)
        let expected = Self.independentOutput(lesson)
        #expect(lesson.output.count == outChannels)
        for (computed, reference) in zip(lesson.output.flatMap { $0.flatMap { $0 } }, expected.flatMap { $0.flatMap { $0 } }) {
            #expect(abs(computed - reference) < 1e-9)
        }
    }

    @Test(
        "every step of print adds up, and ends on the independent output",
        arguments: ["intro", "intro.zh-TW", "expand", "bias-relu", "fully-connected"])
    func bundledWalkthrough(name: String) throws {
        let json = try CommandRun.pointwise(["print", name, "--json"])
        let expected = Self.independentOutput(try Self.numbers(fromJSON: json.standardOutput))
        let run = try CommandRun.pointwise(["print", name, "--ascii"])
        #expect(run.status == 0)
        var finished = 0
        var runningSum = 0.0
        let term = try NSRegularExpression(
            pattern:
                #"^\[(?:step \d+ of \d+|第 \d+ 步，共 \d+ 步)\] out\d+\(\d+, \d+\): w[\d,]+\*x(\d+) = (\S+)\*(\S+) = (\S+)(?:, running sum |，累加和 )([^;\s]+)"#
        )
        let bias = try NSRegularExpression(pattern: #"\): \+ b\d+ = (\S+?)(?:, running sum |，累加和 )([^;\s]+)"#)
        let relu = try NSRegularExpression(pattern: #"\): ReLU\((\S+)\) = ([^;]+)"#)
        let done = try NSRegularExpression(pattern: #"; out(\d+)\((\d+), (\d+)\) = (\S+)$"#)
        for line in run.standardOutput.split(separator: "\n").map(String.init) where line.hasPrefix("[step ") || line.hasPrefix("[第 ") {
            if let groups = Self.match(term, line) {
                if groups[0] == "1" { runningSum = 0 }  // the first term of a new output value
                let (weight, value, product, sum) = (
                    Self.number(groups[1]), Self.number(groups[2]), Self.number(groups[3]), Self.number(groups[4])
                )
                #expect(abs(weight * value - product) < 1e-9, "\(line)")
                runningSum += product
                #expect(abs(sum - runningSum) < 1e-9, "\(line)")
            } else if let groups = Self.match(bias, line) {
                runningSum += Self.number(groups[0])
                #expect(abs(Self.number(groups[1]) - runningSum) < 1e-9, "\(line)")
            } else if let groups = Self.match(relu, line) {
                #expect(abs(Self.number(groups[0]) - runningSum) < 1e-9, "\(line)")
                runningSum = max(0, runningSum)
                #expect(abs(Self.number(groups[1]) - runningSum) < 1e-9, "\(line)")
            } else {
                Issue.record("a step line in an unexpected form: \(line)")
            }
            if let groups = Self.match(done, line) {
                let (kernel, row, column) = (Int(groups[0]) ?? 0, Int(groups[1]) ?? 0, Int(groups[2]) ?? 0)
                #expect(abs(Self.number(groups[3]) - runningSum) < 1e-9, "\(line)")
                #expect(abs(Self.number(groups[3]) - expected[kernel - 1][row - 1][column - 1]) < 1e-9, "\(line)")
                finished += 1
            }
        }
        let outputs = expected.count * expected[0].count * expected[0][0].count
        #expect(finished == outputs)
    }

    /// The captured groups of a regular expression's first match, or nil.
    static func match(_ expression: NSRegularExpression, _ line: String) -> [String]? {
        let range = NSRange(line.startIndex..., in: line)
        guard let result = expression.firstMatch(in: line, range: range) else { return nil }
        return (1..<result.numberOfRanges).map { index in
            Range(result.range(at: index), in: line).map { String(line[$0]) } ?? ""
        }
    }

    /// A number as `print --ascii` writes it, perhaps in parentheses.
    static func number(_ text: String) -> Double {
        Double(text.trimmingCharacters(in: CharacterSet(charactersIn: "()"))) ?? .nan
    }
}
