import Foundation
import Testing

@Suite("The pointwise command line")
struct CommandLineTests {
    @Test("--help and --version answer and exit 0")
    func helpAndVersion() throws {
        let help = try CommandRun.pointwise(["--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("pointwise check FILE..."))
        let version = try CommandRun.pointwise(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput.hasPrefix("pointwise "))
    }

    @Test(
        "usage errors exit 2 with a message that says what to do",
        arguments: [
            ["--frobnicate"], ["check"], ["list", "extra"], ["render", "--size", "80"], ["render", "--keys", "l nope"],
            ["print", "a.md", "b.md"], ["print", "--ansi"],
        ])
    func usageErrors(arguments: [String]) throws {
        let run = try CommandRun.pointwise(arguments)
        #expect(run.status == 2)
        #expect(run.standardError.contains("pointwise: "))
        #expect(run.standardOutput.isEmpty)
    }

    @Test("list shows every bundled lesson with its language and title")
    func list() throws {
        let run = try CommandRun.pointwise(["list"])
        #expect(run.status == 0)
        // Columns are as wide as the longest name, so compare fields, not padding.
        let rows = run.standardOutput.split(separator: "\n").map { line in
            line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        }
        #expect(rows.first == ["NAME", "LANGUAGE", "TITLE"])
        #expect(rows.contains(["intro", "en", "1×1 convolution: 3 channels → 2"]))
        #expect(rows.contains(["intro.zh-TW", "zh-TW", "1×1 卷積：3 個通道 → 2 個"]))
        for name in ["expand", "bias-relu", "fully-connected", "digits", "rgb-to-grey"] {
            #expect(rows.contains { $0.first == name && $0.dropFirst().first == "en" }, "\(name)")
            #expect(rows.contains { $0.first == name + ".zh-TW" && $0.dropFirst().first == "zh-TW" }, "\(name)")
        }
    }

    @Test("check exits 0 for valid files, 1 when any file has an error, and reports every file")
    func checkExitCodes() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.md", "---\ninput: [[[1]], [[2]]]\nweights: [[1, 1]]\n---\n")
        let bad = try folder.write("bad.md", "---\ninput: [[[1]], [[2]]]\nweights:\n  - [1, 1]\n  - [1]\n---\n")
        let valid = try CommandRun.pointwise(["check", good])
        #expect(valid.status == 0)
        #expect(valid.standardOutput == "\(good): ok\n")

        let mixed = try CommandRun.pointwise(["check", bad, good, folder.path + "/missing.md"])
        #expect(mixed.status == 1)
        #expect(mixed.standardOutput == "\(good): ok\n")
        #expect(
            mixed.standardError.contains(
                """
                \(bad):5:5: error: kernel 2 has 1 weight but the input has 2 channels
                      - [1]
                        ^
                """))
        #expect(mixed.standardError.contains("missing.md: error: cannot read '\(folder.path)/missing.md': No such file or directory"))
    }

    @Test("print and render refuse an invalid lesson with its diagnostics and exit 1")
    func invalidLesson() throws {
        let folder = try TemporaryFolder()
        let bad = try folder.write("bad.md", "---\ninput: [[[1, x]]]\nweights: [[1]]\n---\n")
        for command in ["print", "render"] {
            let run = try CommandRun.pointwise([command, bad])
            #expect(run.status == 1)
            #expect(run.standardError.contains("\(bad):2:14: error: 'x' is not a number"))
            #expect(run.standardOutput.isEmpty)
        }
    }

    @Test("without a terminal, pointwise LESSON prints the walkthrough, like print")
    func notATerminal() throws {
        let explain = try CommandRun.pointwise(["expand"])
        let print = try CommandRun.pointwise(["print", "expand"])
        #expect(explain.status == 0)
        #expect(explain.standardOutput == print.standardOutput)
        #expect(explain.standardOutput.contains("[step 1 of 48] out1(1, 1): w11·x1 = 1·2 = 2, running sum 2"))
    }

    @Test("the default lesson follows LANG: Traditional Chinese for zh, English otherwise")
    func defaultLanguage() throws {
        let chinese = try CommandRun.pointwise(["print"], environment: ["LANG": "zh_TW.UTF-8"])
        #expect(chinese.standardOutput.hasPrefix("1×1 卷積：3 個通道 → 2 個\n"))
        let english = try CommandRun.pointwise(["print"], environment: ["LANG": "en_GB.UTF-8"])
        #expect(english.standardOutput.hasPrefix("1×1 convolution: 3 channels → 2\n"))
    }

    @Test("bundled lessons open by name from any directory")
    func anyDirectory() throws {
        let run = try CommandRun.pointwise(["print", "bias-relu", "--json"], directory: "/")
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("\"activation\":\"relu\""))
    }

    @Test("render prints the screen after the keys, at the size asked")
    func render() throws {
        let run = try CommandRun.pointwise(["render", "intro", "--size", "100x30", "--keys", "l l l l l l"])
        #expect(run.status == 0)
        let lines = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 30)
        #expect(lines.allSatisfy { $0.count <= 100 })
        #expect(lines[29].hasSuffix("step 6 of 54 · pixel (1, 1)"))
        #expect(run.standardOutput.contains("running sum: 0 + 3 = 3   → out2(1, 1) = 3"))

        let ansi = try CommandRun.pointwise(["render", "intro", "--keys", "l", "--ansi"])
        #expect(ansi.standardOutput.contains("\u{1B}[0;1;7;33m1\u{1B}[0m") || ansi.standardOutput.contains("\u{1B}[0;1;7;33m"))
        let noColor = try CommandRun.pointwise(["render", "intro", "--keys", "l", "--ansi"], environment: ["NO_COLOR": "1"])
        #expect(noColor.standardOutput.contains("\u{1B}[0;1;7m"))
        #expect(!noColor.standardOutput.contains(";33m"))
    }

    @Test("the screen in the README is what render produces today")
    func readmeScreen() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let intro = try #require(text.firstRange(of: "This is the screen after six steps"))
        let open = try #require(text[intro.upperBound...].firstRange(of: "```\n"))
        let close = try #require(text[open.upperBound...].firstRange(of: "\n```\n"))
        let run = try CommandRun.pointwise(["render", "intro", "--keys", "n l l l l l"])
        #expect(String(text[open.upperBound..<close.lowerBound]) + "\n" == run.standardOutput)
    }
}
