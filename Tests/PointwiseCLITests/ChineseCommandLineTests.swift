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
        "shape", "output", "UTF", "Pointwise", "MobileNet", "GoogLeNet", "Inception", "N", "k", "force", "o", "u", "v", "Ctrl", "PgUp",
        "PgDn", "D", "U", "F1", "Enter", "Tab",
    ]

    /// The Latin-letter words of `text` that are neither allowed nor tensor names with an index.
    static func englishWords(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_")) })
            .map(String.init)
            .filter { word in word.contains(where: \.isLetter) && !word.contains(where: \.isNumber) && !allowed.contains(word) }
    }

    @Test("--help is Chinese under LANG=zh_TW.UTF-8, LC_MESSAGES and LC_ALL, English under C")
    func help() throws {
        for environment in [
            Self.chinese, ["LANG": "C.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"], ["LANG": "en_US.UTF-8", "LC_ALL": "zh_TW.UTF-8"],
        ] {
            let run = try CommandRun.pointwise(["--help"], environment: environment)
            #expect(run.status == 0)
            #expect(run.standardOutput.contains("用法"))
            #expect(run.standardOutput.contains("下一項"))
            #expect(Self.englishWords(run.standardOutput).isEmpty, "\(Self.englishWords(run.standardOutput))")
        }
        let english = try CommandRun.pointwise(
            ["--help"], environment: ["LANG": "C.UTF-8", "LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"])
        #expect(english.standardOutput.contains("Usage:") && english.standardOutput.contains("next term"))
    }

    @Test("a bundled Chinese lesson opened by its path offers the next lesson, not itself, by its Chinese title")
    func nextLessonByPath() throws {
        let folder = try TemporaryFolder()
        let text = try String(contentsOfFile: repositoryFile("Sources/BundledLessons/Lessons/intro.zh-TW.md"), encoding: .utf8)
        let file = try folder.write("intro.zh-TW.md", text)
        let run = try CommandRun.pointwise(["render", file, "--size", "120x40", "--keys", "G"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("下一課：expand.zh-TW——升維：2 個通道 → 4 個。"), "\(run.standardOutput)")
        #expect(!run.standardOutput.contains("Channel expansion"))
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

    @Test(
        "print of every Chinese bundled lesson is Chinese, scaffolding included",
        arguments: [
            "intro.zh-TW", "expand.zh-TW", "bias-relu.zh-TW", "fully-connected.zh-TW", "mobilenet.zh-TW", "digits.zh-TW",
            "rgb-to-grey.zh-TW",
        ])
    func printout(name: String) throws {
        let run = try CommandRun.pointwise(["print", name], environment: Self.chinese)
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("[第 1 步，共 "))
        #expect(run.standardOutput.contains("累加和 "))
        #expect(run.standardOutput.contains("輸出："))
        // File paths (scripts/train.py, digits-input.npy) are names, and the data-file note names
        // each tensor by its key (input, weights, bias) as the lesson writes it.
        let withoutPaths = run.standardOutput.split(separator: " ").filter {
            !($0.contains("/") || $0.contains(".py") || $0.contains(".npy") || $0.contains(".png"))
        }.joined(separator: " ")
        let words = Self.englishWords(withoutPaths).filter { !Self.namesInLessons.contains($0) }
        #expect(words.isEmpty, "\(Set(words).sorted())")
    }

    /// Names the bundled lessons' own texts use: the tensors' keys, the libraries and standards
    /// they cite (scikit-learn, ITU-R BT.601, JPEG), the processor.
    static let namesInLessons: Set<String> = ["input", "weights", "bias", "CPU", "scikit", "learn", "ITU", "R", "B", "BT", "JPEG"]

    @Test("the Inception lesson's printout, 600,000 steps, is Chinese from its first step on (its first 2 MB read)")
    func inceptionPrintout() throws {
        let run = try CommandRun.run(
            executable: "/bin/bash", ["-c", "\"$POINTWISE\" print inception.zh-TW | head -c 2000000"],
            environment: ["POINTWISE": try PointwiseBinary.path(), "LANG": "zh_TW.UTF-8", "PATH": "/usr/bin:/bin"])
        #expect(run.standardOutput.utf8.count == 2_000_000)
        // The cut may fall inside a word: its last line is left out.
        let whole = run.standardOutput.split(separator: "\n").dropLast().joined(separator: "\n")
        #expect(whole.contains("[第 1 步，共 ") && whole.contains("累加和 "))
        let words = Self.englishWords(whole)
        #expect(words.isEmpty, "\(Set(words).sorted())")
    }

    @Test("print --json of every Chinese bundled lesson has Chinese prose: its title; the other strings are the format's words")
    func printJSON() throws {
        let listed = try CommandRun.pointwise(["list"], environment: Self.chinese)
        let names = listed.standardOutput.split(separator: "\n").dropFirst().compactMap { $0.split(separator: " ").first }
            .filter { $0.hasSuffix(".zh-TW") }
        #expect(names.count >= 6, "\(listed.standardOutput)")
        for name in names {
            let run = try CommandRun.pointwise(["print", String(name), "--json"], environment: Self.chinese)
            #expect(run.status == 0, "\(name): \(run.standardError)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
            let title = try #require(object["title"] as? String)
            #expect(title.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(name): «\(title)»")
            #expect(Self.englishWords(title).isEmpty, "\(name): English words \(Self.englishWords(title)) in «\(title)»")
            #expect(object["language"] as? String == "zh-TW")
            #expect(["none", "relu"].contains(object["activation"] as? String), "\(name)")
        }
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

    /// Lessons with the problems teachers meet most: a missing key, channels of two sizes, a
    /// word for a number, kernels of the wrong length, an unknown section and placeholder, a
    /// section that can never be shown.
    static let brokenLessons: [(String, String)] = [
        ("empty.md", ""),
        ("no-opening.md", "input: [[[1]]]\n"),
        ("never-closed.md", "---\ninput: [[[1]]]\n"),
        ("no-input.md", "---\nlanguage: zh-TW\nweights: [[1]]\n---\n"),
        ("no-weights.md", "---\nlanguage: zh-TW\ninput: [[[1]]]\n---\n"),
        ("shapes.md", "---\nlanguage: zh-TW\ninput:\n  - [[1, 2], [3, 4]]\n  - [[1, 2]]\nweights: [[1, 1]]\n---\n"),
        ("numbers.md", "---\nlanguage: zh-TW\ninput: [[[1]], [[2]]]\nweights: [[1, 一]]\n---\n"),
        ("kernels.md", "---\nlanguage: zh-TW\ninput: [[[1]], [[2]]]\nweights: [[1, 1, 1]]\n---\n"),
        ("sections.md", "---\nlanguage: zh-TW\ninput: [[[1]], [[2]]]\nweights: [[1, 1]]\n---\n## 簡介\n文字\n## term\n這是 {不存在}。\n"),
        ("unknown-key.md", "---\nlanguage: zh-TW\ninput: [[[1]]]\nwieghts: [[1]]\n---\n"),
        (
            "questions.md",
            "---\nlanguage: zh-TW\ninput: [[[1]]]\nweights: [[1]]\nquestions: [{pixel: [3, 1], kernel: 2}, {pixel: 1, kernel: x}]\n---\n"
        ),
        (
            "generated.md",
            "---\nlanguage: zh-TW\ninput: {generate: random, channels: 2, height: 0, width: 2, range: [1, 0]}\nweights: [[1, 1]]\n---\n"
        ),
        ("cost.md", "---\nlanguage: zh-TW\ninput: [[[1]]]\nweights: [[1]]\ncost: {kernel: 99, bottleneck: x, speed: 1}\n---\n"),
        ("never-shown.md", "---\nlanguage: zh-TW\ninput: [[[1, 2]], [[3, 4]]]\nweights: [[1, 1]]\n---\n## bias\n加上偏差。\n## output\n完成。\n"),
        // The YAML subset's syntax errors, each family at least once (keys in Chinese, so the
        // only Latin letters are the reader's).
        (
            "yaml-unsupported.md",
            "---\nlanguage: zh-TW\ninput: [[[1]]]\nweights: [[1]]\n甲: &x 1\n乙: *x\n丙: !t 1\n丁: |\n戊: @1\n己: `1\n庚: %1\n? 辛\n"
                + "壬: [1, - 2]\n癸: ]\n子: ,1\n丑: {甲: 1 乙: 2}\n寅: [甲: 1]\n卯: \"\\q\"\n辰: \"\\u12\"\n巳: \"\\uD800\"\n午: '一二\n未: \"一二\n---\n"
        ),
        (
            "yaml-structure.md",
            "---\nlanguage: zh-TW\ninput: [[[1]]]\ninput: [[[2]]]\nweights: [[1]] 甲\n乙: [1, 2\n丙: 3\n  丁: 4\n- 戊\n己 庚\n{甲: 1}: 2\n"
                + "辛: {甲: 1, , 乙: 2}\n壬: [1, , 2]\n癸: {[1]: 2}\n子: {甲 1}\n丑: 甲: 乙\n寅: - 1\n卯: {甲: 1\n%YAML 1.2\n---\n"
        ),
        ("yaml-tab.md", "---\nlanguage: zh-TW\ninput:\n\t- [[1]]\nweights: [[1]]\n甲: \"\u{7}\"\n---\n"),
        ("yaml-indent.md", "---\n  language: zh-TW\ninput: [[[1]]]\n---\n"),
        ("named-channels.md", "---\nlanguage: zh-TW\ninput: {x1: [[1]]}\nweights: {k: 1}\n---\n"),
        ("yaml-list.md", "---\n- 1\n- 2\n甲: 1\n---\n"),
        ("yaml-deep.md", "---\nlanguage: zh-TW\ninput: \(String(repeating: "[", count: 40))1\(String(repeating: "]", count: 40))\n---\n"),
    ]

    /// A lesson that is not valid UTF-8 (bytes 0xFF 0xFE in its title, 0xC3 cut short in a weight).
    static let invalidUTF8 =
        Data("---\nlanguage: zh-TW\ntitle: \"一".utf8) + Data([0xFF, 0xFE]) + Data("\"\ninput: [[[1]]]\nweights: [[1".utf8)
        + Data([0xC3]) + Data("]]\n---\n".utf8)

    /// Words a Chinese diagnostic may show beside those of `allowed`: the lesson format's own
    /// keys and section names, which a teacher types as they are.
    static let formatWords: Set<String> = [
        "input", "weights", "bias", "activation", "introduction", "term", "pixel", "end", "e", "g",
        "title", "language", "questions", "kernel", "hint", "generate", "random", "ramp", "constant", "seed",
        "range", "decimals", "value", "channels", "height", "width", "kernels", "cost", "bottleneck", "outChannels",
        "relu", "file", "scale", "wieghts", "speed", "BCP", "en", "B",
        // The YAML subset as the zh-TW guide writes it: `key: value`, and the `%TAG` directive it refuses.
        "key", "TAG",
    ]

    /// `text` without the backslash escapes it names (`\n`, `\uXXXX`), which a teacher types as
    /// they are, and without hexadecimal numbers (`U+FFFF`, `D800–DFFF`), which are numbers.
    static func withoutEscapes(_ text: some StringProtocol) -> String {
        String(text).replacingOccurrences(of: "\\\\[A-Za-z]+", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\\b[0-9A-F]{4,}\\b", with: "", options: .regularExpression)
    }

    @Test("check's diagnostics are Chinese under a Chinese locale; location, snippet and caret as in English")
    func diagnostics() throws {
        let folder = try TemporaryFolder()
        let invalid = folder.path + "/invalid-utf8.md"
        try Self.invalidUTF8.write(to: URL(fileURLWithPath: invalid))
        for (name, file) in try Self.brokenLessons.map({ ($0.0, try folder.write($0.0, $0.1)) }) + [("invalid-utf8.md", invalid)] {
            try Self.expectChineseDiagnostics(name, file: file)
        }
    }

    /// Data files a lesson may name, each unusable in its own way.
    static let brokenDataFiles: [(String, [UInt8])] = [
        ("text.txt", Array("hello".utf8)),
        ("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]),
        ("version.npy", [0x93] + Array("NUMPY".utf8) + [9, 0, 0, 0]),
        ("header.npy", [0x93] + Array("NUMPY".utf8) + [1, 0, 16, 0] + Array("{'descr': 1}   \n".utf8)),
    ]

    /// Lessons naming those files, and files that are missing or outside the lesson's folder.
    static let dataFileLessons: [(String, String)] = [
        ("files-1.md", "---\nlanguage: zh-TW\ninput: {file: text.txt}\nweights: {file: image.png}\nbias: {file: missing.npy}\n---\n"),
        ("files-2.md", "---\nlanguage: zh-TW\ninput: {file: image.png}\nweights: {file: version.npy}\nbias: {file: /etc/bias.npy}\n---\n"),
        ("files-3.md", "---\nlanguage: zh-TW\ninput: {file: header.npy, decimals: x}\nweights: {file: ../w.npy}\n---\n"),
        ("files-4.md", "---\nlanguage: zh-TW\ninput: {file: [1]}\nweights: {file: header.npy}\n---\n"),
    ]

    /// Words of the data-file reasons beside `allowed` and `formatWords`: the formats' own names
    /// and fields, and the shapes as NumPy and PyTorch write them.
    static let dataFileWords: Set<String> = ["npy", "PNG", "IHDR", "descr", "fortran_order", "C_in", "C_out", "H", "W", "TF", "Keras"]

    @Test("data-file problems are Chinese under a Chinese locale; the file's name as written")
    func dataFileDiagnostics() throws {
        let folder = try TemporaryFolder()
        for (name, bytes) in Self.brokenDataFiles { try Data(bytes).write(to: URL(fileURLWithPath: folder.path + "/" + name)) }
        for (name, text) in Self.dataFileLessons {
            let chinese = try Self.expectChineseDiagnostics(name, file: try folder.write(name, text), extraWords: Self.dataFileWords)
            #expect(chinese.contains("錯誤：無法使用「"), "\(name): \(chinese)")
        }
    }

    /// Checks `check FILE` under a Chinese locale against the English run: the same lines, the
    /// same locations, snippets and carets, and no English word in the messages and notes
    /// (text in 「」 is the file's own: names and paths as the teacher wrote them). Returns the
    /// Chinese output.
    @discardableResult
    static func expectChineseDiagnostics(_ name: String, file: String, extraWords: Set<String> = []) throws -> String {
        let chinese = try CommandRun.pointwise(["check", file], environment: Self.chinese)
        let english = try CommandRun.pointwise(["check", file], environment: ["LANG": "C.UTF-8"])
        #expect(chinese.status == english.status, "\(name)")
        let chineseLines = chinese.standardError.split(separator: "\n", omittingEmptySubsequences: false)
        let englishLines = english.standardError.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(chineseLines.count == englishLines.count, "\(name)\n\(chinese.standardError)\n\(english.standardError)")
        #expect(!chinese.standardError.isEmpty, "\(name) has no diagnostics")
        let known = formatWords.union(extraWords)
        func englishIn(_ text: some StringProtocol) -> [String] {
            let prose = withoutEscapes(text).replacingOccurrences(of: "「[^」]*」", with: "", options: .regularExpression)
            return englishWords(prose).filter { !known.contains($0) }
        }
        for (zh, en) in zip(chineseLines, englishLines) {
            if en.hasPrefix(file + ":") {
                // The location is the same; the words after it are Chinese.
                let location = en.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
                #expect(zh.hasPrefix(location + " "), "\(name): «\(zh)» does not start with «\(location)»")
                #expect(zh.contains("錯誤：") || zh.contains("警告："), "\(name): «\(zh)»")
                let words = englishIn(zh.dropFirst(location.count))
                #expect(words.isEmpty, "\(name): English words \(words) in «\(zh)»")
            } else if en.hasPrefix("note: ") {
                #expect(zh.hasPrefix("附註："), "\(name): «\(zh)»")
                // The lists of known placeholders name them as a teacher writes them.
                let words = englishIn(String(zh).replacingOccurrences(of: "\\{/?[a-z_]+\\}", with: "", options: .regularExpression))
                #expect(words.isEmpty, "\(name): English words \(words) in «\(zh)»")
            } else {
                // The snippet and the caret under it are the file's own text, unchanged.
                #expect(zh == en, "\(name): «\(zh)» is not «\(en)»")
            }
        }
        return chinese.standardError
    }

    @Test("usage errors are Chinese under a Chinese locale")
    func usageErrors() throws {
        for arguments in [["--bogus"], ["list", "extra"], ["check"], ["render", "--size", "0x0"], ["export", "intro"]] {
            let run = try CommandRun.pointwise(arguments, environment: Self.chinese)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.standardError.contains("用法請執行 pointwise --help。"), "\(arguments): \(run.standardError)")
            let words = Self.englishWords(run.standardError).filter { $0 != "bogus" && $0 != "extra" }
            #expect(words.isEmpty, "\(arguments): English words \(words) in \(run.standardError)")
        }
    }

    @Test("file, system and budget problems are Chinese under a Chinese locale, English under C")
    func fileAndSystemProblems() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path + "/管道.md"
        #expect(mkfifo(fifo, 0o600) == 0)
        let empty = folder.path + "/空的"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: false)
        // Within the limits, but billions of steps and multiplications: print refuses up front.
        let huge = try folder.write(
            "huge.md",
            "---\nlanguage: zh-TW\ninput: {generate: random, seed: 1, range: [0, 1], channels: 4096, height: 64, width: 64}\n"
                + "weights: {generate: random, seed: 2, range: [0, 1], channels: 4096, kernels: 4096}\n---\n")
        let runs: [([String], String, String)] = [
            (["check", folder.path + "/不在.md"], "沒有這個檔案或資料夾", "No such file or directory"),
            (["print", fifo], "它是具名管道，不是一般檔案", "it is a FIFO (named pipe), not a regular file"),
            (["check", empty], "這個資料夾裡沒有課程檔案", "no lesson files"),
            (["render", "intro", "--keys", "l zz"], "不認得的按鍵「zz」", "unknown key 'zz'"),
            (["print", huge], "步；print 最多只寫 10,000,000 步", "steps; print writes at most 10,000,000"),
            (["print", huge, "--json"], "次乘法；print --json 最多只算", "multiplications; print --json computes at most"),
        ]
        // Key names (backspace, pgdn …) are names, as a teacher types them after --keys.
        let keyNames: Set<String> = [
            "tick", "backspace", "ctrl", "down", "end", "enter", "esc", "escape", "home", "left", "pagedown",
            "pageup", "pgdn", "pgup", "return", "right", "space", "tab", "up", "d", "force",
        ]
        for (arguments, chinese, english) in runs {
            let zh = try CommandRun.pointwise(arguments, environment: Self.chinese)
            let en = try CommandRun.pointwise(arguments, environment: ["LANG": "C.UTF-8"])
            #expect(zh.status != 0 && zh.status == en.status, "\(arguments)")
            #expect(zh.standardError.contains(chinese), "\(arguments): \(zh.standardError)")
            #expect(en.standardError.contains(english), "\(arguments): \(en.standardError)")
            let prose = zh.standardError.replacingOccurrences(of: "「[^」]*」", with: "", options: .regularExpression)
                .replacingOccurrences(of: folder.path, with: "")
            let words = Self.englishWords(prose).filter { !keyNames.contains($0) }
            #expect(words.isEmpty, "\(arguments): English words \(words) in \(zh.standardError)")
        }
    }
}
