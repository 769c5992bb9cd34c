import Foundation
import Testing

/// Runs Python scripts for the export tests with the `python3` on the PATH.
///
/// NumPy and PyTorch are required, not optional: `.ci/run` installs both, and a test that needs
/// them fails (never skips) when they are missing, so an export is always checked by running it.
enum Python {
    /// Runs a script with `python3` (through `env`, with the test's environment, so a pyenv or
    /// virtualenv `python3` is found as a user's shell would find it).
    static func run(_ script: String) throws -> CommandRun {
        let folder = try TemporaryFolder()
        let path = try folder.write("script.py", script)
        return try CommandRun.run(executable: "/usr/bin/env", ["python3", path])
    }
}

@Suite("pointwise export: the lesson as a NumPy or PyTorch script")
struct ExportTests {
    /// `output` of `print --json`, flattened, with its shape.
    static func printedOutput(_ lesson: String) throws -> (shape: [Int], values: [Double]) {
        let run = try CommandRun.pointwise(["print", lesson, "--json"])
        #expect(run.status == 0, "\(run.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        return try flatten(#require(object["output"]))
    }

    /// A nested `[C][H][W]` JSON array as its shape and values.
    static func flatten(_ value: Any) throws -> (shape: [Int], values: [Double]) {
        let channels = try #require(value as? [[[NSNumber]]])
        let shape = [channels.count, channels.first?.count ?? 0, channels.first?.first?.count ?? 0]
        return (shape, channels.flatMap { $0.flatMap { $0.map(\.doubleValue) } })
    }

    /// Exports a lesson for NumPy, runs the script, and checks its output against `print --json`.
    static func expectNumPyAgrees(_ lesson: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try expectScriptAgrees(lesson, library: "--numpy", sourceLocation: sourceLocation)
    }

    /// Exports a lesson for one library (`--numpy` or `--pytorch`), runs the script with
    /// `python3`, and checks its output against `print --json` to 1e-9.
    static func expectScriptAgrees(
        _ lesson: String, library: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let export = try CommandRun.pointwise(["export", lesson, library])
        #expect(export.status == 0, "\(export.standardError)", sourceLocation: sourceLocation)
        let run = try Python.run(export.standardOutput)
        try #require(run.status == 0, "python3 failed: \(run.standardError)", sourceLocation: sourceLocation)
        let computed = try flatten(JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)))
        let expected = try printedOutput(lesson)
        #expect(computed.shape == expected.shape, sourceLocation: sourceLocation)
        #expect(computed.values.count == expected.values.count, sourceLocation: sourceLocation)
        for (index, (mine, theirs)) in zip(expected.values, computed.values).enumerated() {
            #expect(
                abs(mine - theirs) <= 1e-9 * max(1, abs(mine)), "value \(index): \(mine) vs \(library)'s \(theirs)",
                sourceLocation: sourceLocation)
        }
    }

    @Test("python3 imports NumPy and PyTorch (.ci/run installs both; the export tests need them)")
    func librariesInstalled() throws {
        let run = try Python.run("import numpy, torch\nprint('ok', torch.__version__)")
        #expect(run.status == 0 && run.standardOutput.hasPrefix("ok "), "\(run.standardError)")
    }

    @Test(
        "the NumPy script of every bundled lesson prints print --json's output",
        arguments: [
            "intro", "intro.zh-TW", "expand", "bias-relu", "fully-connected", "mobilenet", "mobilenet.zh-TW", "digits", "rgb-to-grey",
        ])
    func bundled(name: String) throws {
        try Self.expectNumPyAgrees(name)
    }

    /// A random lesson: decimals with up to three places, any shape up to `maximumSide`.
    static func randomLesson(seed: Int, maximumSide: Int, title: String) -> String {
        var generator = SplitMix(seed: UInt64(seed) &* 1_000_003)
        return RandomLessonText.make(
            generator: &generator, title: title, maximumHeight: maximumSide, maximumWidth: maximumSide, decimals: 3, bias: seed % 2 == 0,
            relu: seed % 3 == 0
        ).text
    }

    @Test(
        "the NumPy script of random lessons prints print --json's output, small and compact",
        arguments: 1...8)
    func random(seed: Int) throws {
        let folder = try TemporaryFolder()
        // Every other lesson is big enough (over 4096 values) to be written as compact JSON text.
        let lesson = Self.randomLesson(seed: seed, maximumSide: seed % 2 == 0 ? 6 : 60, title: #""\"Random\" \\ \#(seed)""#)
        try Self.expectNumPyAgrees(try folder.write("random-\(seed).md", lesson))
    }

    @Test("a title with quotes, backslashes, escapes and bidirectional controls stays inside its string")
    func hostileTitle() throws {
        let folder = try TemporaryFolder()
        let title = #""x\"\n\u0007\u001b[2J\u202e\u2028'''\"\"\"""#
        let path = try folder.write("hostile.md", "---\ntitle: \(title)\ninput: [[[1, 2]], [[3, 4]]]\nweights: [[1, -1]]\n---\n")
        let export = try CommandRun.pointwise(["export", path, "--numpy"])
        #expect(export.status == 0, "\(export.standardError)")
        let titleLine = try #require(export.standardOutput.split(separator: "\n").first { $0.hasPrefix("TITLE = ") })
        #expect(titleLine.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F && $0.value != 0x202E && $0.value != 0x2028 })
        let run = try Python.run(export.standardOutput + "\nprint(TITLE)\n")
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("[[[-2.0, -2.0]]]\n"))
        try Self.expectNumPyAgrees(path)
    }

    @Test(
        "the PyTorch script of every bundled lesson, run with PyTorch, prints print --json's output",
        arguments: [
            "intro", "intro.zh-TW", "expand", "bias-relu", "fully-connected", "mobilenet", "mobilenet.zh-TW", "digits", "rgb-to-grey",
        ])
    func pytorchBundled(name: String) throws {
        try Self.expectScriptAgrees(name, library: "--pytorch")
    }

    @Test(
        "the PyTorch script of random lessons (bias, ReLU, compact JSON) agrees with print --json",
        arguments: 1...6)
    func pytorchRandom(seed: Int) throws {
        let folder = try TemporaryFolder()
        let lesson = Self.randomLesson(seed: seed, maximumSide: seed % 2 == 0 ? 6 : 60, title: "Random \(seed)")
        try Self.expectScriptAgrees(try folder.write("random-\(seed).md", lesson), library: "--pytorch")
    }

    @Test("the PyTorch script calls conv2d with a 1×1 kernel and the bias (its text, line by line)")
    func pytorchGolden() throws {
        let run = try CommandRun.pointwise(["export", "bias-relu", "--pytorch"])
        #expect(run.status == 0)
        #expect(
            run.standardOutput == """
                #!/usr/bin/env python3
                # A Pointwise lesson rebuilt with PyTorch (written by `pointwise export --pytorch`).
                # It computes the 1x1 convolution with torch.nn.functional.conv2d and prints the
                # output as JSON, [C_out][H][W], as `pointwise print --json` does.
                import json

                import torch
                import torch.nn.functional as F

                TITLE = "A bias and ReLU after the sum"
                LANGUAGE = "en"

                # The input x: C_in x H x W = 3 x 2 x 2; x[j] is channel x(j+1) of the lesson.
                x = torch.tensor([
                    [[1, -2], [0.5, 3]],
                    [[2, 1], [-1, 0]],
                    [[-1, 0.5], [2, -3]],
                ], dtype=torch.float64)

                # The weights: C_out x C_in = 2 x 3; w[i][j] is w(i+1)(j+1) of the lesson,
                # PyTorch's weight[i, j, 0, 0].
                w = torch.tensor([
                    [0.5, 1, -1],
                    [-1, 0.5, 2],
                ], dtype=torch.float64)

                # The bias: one value per kernel.
                b = torch.tensor([-1, 0.5], dtype=torch.float64)

                # out[i][r][c] = b[i] + sum over j of w[i][j] * x[j][r][c]
                # conv2d takes a batch of inputs [1, C_in, H, W] and kernels [C_out, C_in, 1, 1].
                out = F.conv2d(x.unsqueeze(0), w.reshape(2, 3, 1, 1), bias=b)[0]
                out = torch.relu(out)  # ReLU

                print(json.dumps(out.tolist()))

                """)
    }

    @Test("a big lesson's PyTorch script is compact JSON text, one row per line, parsed with json.loads")
    func pytorchCompact() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "big.md",
            """
            ---
            input: {generate: random, seed: 1, channels: 2, height: 60, width: 60, range: [-1, 1], decimals: 2}
            weights: [[1, 2], [0.5, -1]]
            ---
            """)
        let run = try CommandRun.pointwise(["export", path, "--pytorch"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("x = torch.tensor(json.loads(\n    \"[[["))
        #expect(run.standardOutput.contains("b = None\n"))
        #expect(run.standardOutput.contains("out = F.conv2d(x.unsqueeze(0), w.reshape("))
        #expect(!run.standardOutput.contains("torch.relu"))
    }

    @Test("export needs exactly one library (exit 2) and a valid lesson (exit 1)")
    func errors() throws {
        for arguments in [
            ["export", "intro"], ["export", "intro", "--numpy", "--pytorch"], ["export", "intro", "--json"], ["print", "--numpy"],
        ] {
            let run = try CommandRun.pointwise(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.standardOutput.isEmpty)
        }
        let folder = try TemporaryFolder()
        let bad = try folder.write("bad.md", "---\ninput: [[[1, x]]]\nweights: [[1]]\n---\n")
        let run = try CommandRun.pointwise(["export", bad, "--numpy"])
        #expect(run.status == 1)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError.contains("'x' is not a number"))
    }
}
