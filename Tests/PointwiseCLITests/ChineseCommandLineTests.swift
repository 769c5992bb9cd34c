import Foundation
import Testing

/// With a Chinese locale the command line speaks Traditional Chinese; a Chinese lesson's
/// printout is Chinese whatever the locale.
@Suite("The command line in Traditional Chinese")
struct ChineseCommandLineTests {
    static let chinese = ["LANG": "zh_TW.UTF-8"]

    /// Words in Latin letters a Chinese text may show: command and option names, key names,
    /// tensor and file names, program and library names.
    static let allowed: Set<String> = [
        "pointwise", "list", "check", "print", "render", "export", "json", "ascii", "fresh", "size", "keys", "ansi",
        "numpy", "pytorch", "help", "version", "einsum", "torch", "nn", "functional", "conv2d", "NumPy", "PyTorch",
        "Python", "JSON", "ASCII", "YAML", "Markdown", "ReLU", "LC_ALL", "LC_MESSAGES", "LANG", "zh", "intro", "zh-TW",
        "XDG_STATE_HOME", "local", "state", "NO_COLOR", "Lessons", "README", "md", "TW", "x", "y", "n", "h", "l", "p",
        "g", "G", "a", "r", "c", "m", "P", "e", "w", "q", "H", "L", "K", "J", "Home", "End", "Esc", "title", "language",
        "shape", "output", "UTF", "Pointwise", "MobileNet", "GoogLeNet", "Inception", "N", "k", "force", "o", "u", "v", "Ctrl", "PgUp", "PgDn", "D", "U", "F1", "Enter", "Tab",
    ]

    /// The Latin-letter words of `text` that are neither allowed nor tensor names with an index.
    static func englishWords(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_")) })
            .map(String.init)
            .filter { word in word.contains(where: \.isLetter) && !word.contains(where: \.isNumber) && !allowed.contains(word) }
    }

    @Test("--help is Chinese under LANG=zh_TW.UTF-8, LC_MESSAGES and LC_ALL, English under C")
    func help() throws {
        for environment in [Self.chinese, ["LANG": "C.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"], ["LANG": "en_US.UTF-8", "LC_ALL": "zh_TW.UTF-8"]] {
            let run = try CommandRun.pointwise(["--help"], environment: environment)
            #expect(run.status == 0)
            #expect(run.standardOutput.contains("用法"))
            #expect(run.standardOutput.contains("下一項"))
            #expect(Self.englishWords(run.standardOutput).isEmpty, "\(Self.englishWords(run.standardOutput))")
        }
        let english = try CommandRun.pointwise(["--help"], environment: ["LANG": "C.UTF-8", "LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"])
        #expect(english.standardOutput.contains("Usage:") && english.standardOutput.contains("next term"))
    }

    @Test("list's header is Chinese under a Chinese locale")
    func list() throws {
        let run = try CommandRun.pointwise(["list"], environment: Self.chinese)
        #expect(run.status == 0)
        let lines = run.standardOutput.split(separator: "\n")
        let header = try #require(lines.first)
        #expect(header.hasPrefix("名稱") && header.contains("語言") && header.contains("標題"))
        for line in lines where line.contains(".zh-TW ") {
            // The first column is the lesson's name, a file name; the rest must be Chinese.
            let rest = line.drop { $0 != " " }
            #expect(Self.englishWords(String(rest)).isEmpty, "\(line)")
        }
    }

    @Test("print of every Chinese bundled lesson is Chinese, scaffolding included",
          arguments: ["intro.zh-TW", "expand.zh-TW", "bias-relu.zh-TW", "fully-connected.zh-TW", "mobilenet.zh-TW"])
    func printout(name: String) throws {
        let run = try CommandRun.pointwise(["print", name], environment: Self.chinese)
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("[第 1 步，共 "))
        #expect(run.standardOutput.contains("累加和 "))
        #expect(run.standardOutput.contains("輸出："))
        let words = Self.englishWords(run.standardOutput)
        #expect(words.isEmpty, "\(Set(words).sorted())")
    }

    @Test("check's verdict is Chinese under a Chinese locale")
    func checkVerdict() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.md", "---\ninput: [[[1]], [[2]]]\nweights: [[1, 1]]\n---\n")
        let run = try CommandRun.pointwise(["check", good], environment: Self.chinese)
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("：沒有問題"))
    }

    @Test("an untitled Chinese lesson gets a Chinese title")
    func untitled() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("untitled.md", "---\nlanguage: zh-TW\ninput: [[[1]], [[2]]]\nweights: [[1, 1]]\n---\n")
        let run = try CommandRun.pointwise(["print", file], environment: Self.chinese)
        #expect(run.standardOutput.hasPrefix("1×1 卷積：2 個通道 → 1 個"))
    }
}
