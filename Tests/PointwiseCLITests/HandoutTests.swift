import Foundation
import Testing

/// `pointwise print` as a handout for paper, read as its reader gets it: the parts in order, the
/// answers only after the worksheet, counts grouped, no key to press; and `print --json`'s
/// `questions` and `cost` read by python3's json module, checked against numbers worked out by
/// hand here.
@Suite("print is a handout")
struct HandoutTests {
    /// 2×2 pixels, 2 channels in, 3 kernels with a bias and ReLU, two questions: 4 pixels × 3
    /// kernels × (2 terms, the bias, ReLU) = 48 steps.
    ///
    /// By hand: out1(1, 2) = 2·2 + (−1)·0 + 0.5 = 4.5; out2(2, 2) = 1·(−4) + 1·1 − 10 = −13, so
    /// ReLU makes it 0.
    static let lesson = """
        ---
        title: Handout check
        input:
          - [[1, 2], [3, -4]]
          - [[0.5, 0], [2, 1]]
        weights:
          - [2, -1]
          - [1, 1]
          - [0, 3]
        bias: [0.5, -10, 0]
        activation: relu
        cost: {kernel: 3, bottleneck: 1, outChannels: 4}
        questions:
          - {pixel: [1, 2], kernel: 1, hint: "Two products and the bias."}
          - {pixel: [2, 2], kernel: 2}
        ---

        ## introduction

        Three kernels mix two channels.{screen} Press → to begin.{/screen}

        """

    static func printed(_ text: String, _ arguments: [String] = []) throws -> String {
        let folder = try TemporaryFolder()
        let path = try folder.write("lesson.md", text)
        let run = try CommandRun.pointwise(["print", path] + arguments)
        #expect(run.status == 0, "\(run.standardError)")
        return run.standardOutput
    }

    /// Where `piece` first occurs in `text`, as a character offset; fails the test when absent.
    static func offset(of piece: String, in text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        guard let range = text.range(of: piece) else {
            Issue.record("missing: \(piece)", sourceLocation: sourceLocation)
            return -1
        }
        return text.distance(from: text.startIndex, to: range.lowerBound)
    }

    @Test("the parts come in order: title, input, weights, worksheet, steps, output, answers")
    func partsInOrder() throws {
        let text = try Self.printed(Self.lesson)
        let parts = [
            "Handout check\n", "input, one table per channel:\nx1:\n   1  2\n   3 −4\nx2:\n  0.5   0\n    2   1\n",
            "weights, one row per kernel (row 1 makes out1) and one column per input channel (column 1 multiplies x1):\n",
            "  kernel  x1  x2  bias\n       1   2  −1   0.5\n       2   1   1   −10\n       3   0   3     0\n",
            "then ReLU: a negative result becomes 0.\n",
            "questions (work them out before reading the steps; the answers are at the end):\n"
                + "1. out1(1, 2) = ________\n   hint: Two products and the bias.\n2. out2(2, 2) = ________\n",
            "[step 1 of 48]", "output:\n", "answers:\n1. out1(1, 2) = 4.5\n2. out2(2, 2) = 0\n",
        ]
        let offsets = parts.map { Self.offset(of: $0, in: text) }
        #expect(offsets == offsets.sorted(), "parts out of order: \(offsets)")
        #expect(!offsets.contains(-1))
        // The answers are written once, at the very end, after the worksheet.
        #expect(text.components(separatedBy: "1. out1(1, 2) = 4.5").count == 2)
        #expect(text.hasSuffix("answers:\n1. out1(1, 2) = 4.5\n2. out2(2, 2) = 0\n"))
        // The key instruction is for the screen only.
        #expect(text.contains("Three kernels mix two channels.\n"))
        #expect(!text.contains("Press"))
    }

    @Test("a lesson without questions has no worksheet and no answers")
    func noQuestions() throws {
        let plain = Self.lesson.replacingOccurrences(
            of: "questions:\n  - {pixel: [1, 2], kernel: 1, hint: \"Two products and the bias.\"}\n  - {pixel: [2, 2], kernel: 2}\n",
            with: "")
        let text = try Self.printed(plain)
        #expect(!text.contains("questions"))
        #expect(!text.contains("answers:"))
        #expect(text.contains("weights, one row per kernel"))
    }

    /// 10×12 pixels, 10 channels, 10 kernels: 10·12·10·10 = 12,000 steps and multiplications,
    /// 10·10 = 100 parameters.
    static let countsLesson = """
        ---
        title: Counts
        language: LANGUAGE
        input: {generate: random, seed: 3, channels: 10, height: 10, width: 12, range: [-1, 1], decimals: 1}
        weights: {generate: random, seed: 4, kernels: 10, channels: 10, range: [-1, 1], decimals: 1}
        ---

        """

    @Test("counts are grouped in threes, in English and in Chinese")
    func groupedCounts() throws {
        let english = try Self.printed(Self.countsLesson.replacingOccurrences(of: "LANGUAGE", with: "en"))
        #expect(english.contains("input 10×12×10 → output 10×12×10, 12,000 steps, 12,000 multiplications, 100 parameters\n"))
        #expect(english.contains("\n[step 999 of 12,000] "))
        #expect(english.contains("\n[step 1,000 of 12,000] "))
        #expect(english.contains("\n[step 12,000 of 12,000] "))
        #expect(!english.contains("12000"))
        let chinese = try Self.printed(Self.countsLesson.replacingOccurrences(of: "LANGUAGE", with: "zh-TW"))
        #expect(chinese.contains("共 12,000 步、12,000 次乘法、100 個參數"))
        #expect(chinese.contains("\n[第 1,000 步，共 12,000 步] "))
        #expect(!chinese.contains("12000"))
    }

    /// The bundled lessons' names, from `pointwise list`.
    static func bundledNames() throws -> [String] {
        let run = try CommandRun.pointwise(["list"])
        #expect(run.status == 0)
        return run.standardOutput.split(separator: "\n").dropFirst().compactMap { $0.split(separator: " ").first.map(String.init) }
    }

    @Test("no bundled lesson's handout tells its reader to press a key")
    func noKeyInstructions() throws {
        let names = try Self.bundledNames()
        #expect(names.count >= 16)
        // inception's 2,408,448 steps take over a minute in a debug build; its texts are checked
        // section by section in BundledLessonTests (paper texts without key instructions).
        for name in names where !name.hasPrefix("inception") {
            let run = try CommandRun.pointwise(["print", name])
            #expect(run.status == 0, "\(name): \(run.standardError)")
            if name.hasSuffix(".zh-TW") {
                #expect(!run.standardOutput.contains("按"), "\(name) prints a key instruction")
            } else {
                #expect(!run.standardOutput.contains("Press"), "\(name) prints a key instruction")
                #expect(!run.standardOutput.contains("press"), "\(name) prints a key instruction")
            }
            let weightsHeading = name.hasSuffix(".zh-TW") ? "\n權重，每個卷積核一列" : "\nweights, one row per kernel"
            #expect(run.standardOutput.contains(weightsHeading), "\(name) has no weights table")
        }
    }

    @Test("print --json gives the questions and the cost view's numbers, read by python3's json module")
    func jsonQuestionsAndCost() throws {
        let folder = try TemporaryFolder()
        let lessonPath = try folder.write("lesson.md", Self.lesson)
        let run = try CommandRun.pointwise(["print", lessonPath, "--json"])
        #expect(run.status == 0, "\(run.standardError)")
        let jsonPath = try folder.write("lesson.json", run.standardOutput)
        let reader = try Python.run(
            """
            import json
            with open(\(String(reflecting: jsonPath)), encoding="utf-8") as f:
                d = json.load(f)
            for q in d["questions"]:
                print("question", q["pixel"], q["kernel"], q["prompt"], "|", q["hint"], "|", repr(q["answer"]))
            c = d["cost"]
            print("settings", c["kernel"], c["bottleneckChannels"], c["outChannels"])
            for key in ["thisLayer", "sameChannelsKxK", "direct", "bottleneckReduction", "bottleneckSpatial", "bottleneck",
                        "depthwise", "separablePointwise", "separable"]:
                f = c[key]
                print(key, f["multiplications"], f["additions"], f["parameters"])
            for key in ["bottleneckRatio", "separableRatio"]:
                r = c[key]
                print(key, r["numerator"], r["denominator"], r["decimal"], r["timesFewer"])
            print("top", d["multiplications"], d["additions"], d["parameters"])
            """)
        #expect(reader.status == 0, "\(reader.standardError)")
        // By hand, for H = W = 2, C_in = 2, C_out = 3 with a bias, k = 3, B = 1, N = 4:
        // this layer 4·2·3 = 24 products, 12 outputs × (1 + 1) = 24 additions, 6 + 3 = 9 parameters;
        // 3×3 with the same channels 4·9·2·3 = 216, 12 × 17 = 204, 54; direct 4·9·2·4 = 288, 16 × 17 = 272, 72;
        // bottleneck 1×1 2→1: 8, 4 × 1 = 4, 2; then 3×3 1→4: 4·9·4 = 144, 16 × 8 = 128, 36; together 152, 132, 38;
        // depthwise 4·2·9 = 72, 8 × 8 = 64, 18; 1×1 2→4: 32, 16 × 1 = 16, 8; together 104, 80, 26.
        // 152/288 = 19/36 ≈ 0.528 (36/19 ≈ 1.89 times fewer); 104/288 = 13/36 = 1/4 + 1/9 ≈ 0.361 (≈ 2.77).
        let expected = """
            question [1, 2] 1 What is out1(1, 2)? | Two products and the bias. | '4.5'
            question [2, 2] 2 What is out2(2, 2)? | None | '0'
            settings 3 1 4
            thisLayer 24 24 9
            sameChannelsKxK 216 204 54
            direct 288 272 72
            bottleneckReduction 8 4 2
            bottleneckSpatial 144 128 36
            bottleneck 152 132 38
            depthwise 72 64 18
            separablePointwise 32 16 8
            separable 104 80 26
            bottleneckRatio 19 36 0.528 1.89
            separableRatio 13 36 0.361 2.77
            top 24 24 9

            """
        #expect(reader.standardOutput == expected)
    }

    @Test("print --json asks its questions in the lesson's language")
    func jsonChinesePrompt() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "lesson.md", Self.lesson.replacingOccurrences(of: "title: Handout check", with: "title: 講義\nlanguage: zh-TW"))
        let run = try CommandRun.pointwise(["print", path, "--json"])
        #expect(run.status == 0, "\(run.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(questions.map { $0["prompt"] as? String } == ["out1(1, 2) 是多少？", "out2(2, 2) 是多少？"])
        #expect(!run.standardOutput.contains("按"))
    }
}
