import BundledLessons
import Explainer
import Foundation
import LessonKit
import PointwiseCore
import Testing

/// The zh-TW glossary of Lessons/README.md holds on every Chinese screen and printout.
///
/// The forbidden variants are read from the glossary table itself (its last column), so the
/// guide teachers read and the check cannot drift apart.
@Suite("The zh-TW glossary on every Chinese screen and printout")
struct GlossaryTests {
    /// The words the glossary says not to use, from the last column of its table.
    static func forbiddenVariants(filePath: String = #filePath) throws -> [String] {
        let guide = URL(fileURLWithPath: filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Lessons/README.md")
        let text = try String(contentsOf: guide, encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## 繁體中文用詞表").dropFirst().first)
        var words: [String] = []
        for line in section.split(separator: "\n") where line.hasPrefix("|") && !line.hasPrefix("|---") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4 else { continue }
            let last = cells[cells.count - 2]
            words += last.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map {
                String($0.element)
            }
        }
        return words
    }

    /// The Chinese lessons to look at: every bundled zh lesson, and the source note's numbers
    /// with only the built-in texts (with and without a bias and ReLU).
    static func chineseLessons() throws -> [(name: String, lesson: Lesson)] {
        var lessons: [(String, Lesson)] = []
        for name in bundledLessonNames {
            let lesson = try bundledLesson(name)
            if lesson.interfaceLanguage == .traditionalChinese { lessons.append((name, lesson)) }
        }
        // The source note's numbers with only the built-in texts, untitled as a teacher might leave them.
        for (name, numbers) in [
            ("built-in", try sourceNoteLesson()), ("built-in with bias and ReLU", try sourceNoteLesson(bias: [1, -9], relu: true)),
        ] {
            let untitled = Lesson(title: "1×1 卷積：3 個通道 → 2 個", language: "zh-TW", convolution: numbers.convolution, sections: [:])
            lessons.append((name, untitled))
        }
        return lessons
    }

    /// Screens of a lesson at several steps and in every view, at two sizes.
    static func screens(_ lesson: Lesson) -> [(String, String)] {
        let keySequences: [(String, [Key])] = [
            ("introduction", []), ("first step", [.right]), ("second pixel", [.character("n"), .right]),
            ("a bias or activation", Array(repeating: .right, count: lesson.convolution.shape.inChannels + 2)),
            ("last step", [.end]), ("cost view", [.right, .character("c")]), ("matrix view", [.right, .character("m")]),
            ("help", [.right, .character("?")]), ("predict mode", [.character("P")]),
            ("edit mode", [.right, .character("e")]), ("save prompt", [.character("w")]),
        ]
        var result: [(String, String)] = []
        for (name, keys) in keySequences {
            for (width, height) in [(80, 24), (120, 40), (200, 60)] {
                result.append(("\(name) \(width)×\(height)", text(state(lesson, keys: keys), width, height)))
            }
        }
        // With Chinese lessons to choose from: the lesson list, the last step's next lesson,
        // and a recent file.
        let onward: [(String, [Key])] = [
            ("picture view", [.right, .character("v")]), ("lesson list", [.character("o")]), ("offer of the next lesson", [.end]),
        ]
        for (name, keys) in onward {
            var listed = ExplainerState(lesson: lesson)
            listed.lessonChoices = [
                LessonChoice(argument: "intro.zh-TW", title: "1×1 卷積：3 個通道 → 2 個", isRecentFile: false),
                LessonChoice(argument: "expand.zh-TW", title: "升維：2 個通道 → 4 個", isRecentFile: false),
                LessonChoice(argument: "/tmp/我的課程.md", title: "我的課程", isRecentFile: true),
            ]
            listed.lessonArgument = "intro.zh-TW"
            for key in keys { listed.update(.key(key)) }
            for (width, height) in [(80, 24), (120, 40)] {
                result.append(("\(name) \(width)×\(height)", text(listed, width, height)))
            }
        }
        // The reload panel over the lesson, with the errors of a broken save: YAML syntax, shapes,
        // a number, a data file; then a file that went away.
        for (name, problem) in [
            ("reload panel", LessonFileProblem.invalid(path: "課程.md", result: LessonReader.read(text: brokenSave))),
            ("reload panel, file gone", LessonFileProblem.missing(path: "課程.md")),
            (
                "reload panel, file unreadable",
                LessonFileProblem.unreadable(
                    path: "課程.md", reason: CatalogueText(.fileNotRegular, ["path": "課程.md"], nested: ["kind": CatalogueText(.fileKindFIFO)])
                )
            ),
        ] {
            var reloading = ExplainerState(lesson: lesson)
            reloading.update(.lessonFile(.problem(problem)))
            for (width, height) in [(80, 24), (120, 40)] {
                result.append(("\(name) \(width)×\(height)", text(reloading, width, height)))
            }
        }
        // The tutor's questions that keys alone do not reach: resuming saved progress with a
        // score, replacing a file, quitting with unsaved edits, a save that failed.
        var resuming = ExplainerState(lesson: lesson)
        resuming.offerResume(ResumePoint(position: 2, answers: [OutputPlace(kernel: 0, row: 0, column: 0): true]))
        var replacing = ExplainerState(lesson: lesson)
        replacing.update(.saveResult(.exists(SaveRequest(path: "複本.md", contents: "", overwrite: false))))
        var quitting = state(lesson, keys: [.right])
        quitting.tutor.isEdited = true
        quitting.update(.key(.character("q")))
        var failed = ExplainerState(lesson: lesson)
        failed.update(.saveResult(.failed(path: "複本.md", reason: Catalogue.text(.writeLessonOnScreen, .traditionalChinese))))
        for (name, prompted) in [
            ("resume offer", resuming), ("replace prompt", replacing), ("quit question", quitting), ("save failed", failed),
        ] {
            result.append((name, text(prompted, 100, 30)))
        }
        // Too small for the lesson, and the help a page at a time.
        result.append(("too small", text(state(lesson), 30, 8)))
        result.append(("help in pages", text(state(lesson, keys: [.character("?")]), 60, 12)))
        return result
    }

    /// A Chinese lesson saved half-edited: a tab, an anchor, a duplicate key, channels of two
    /// sizes, a word for a number, a data file that is not there.
    static let brokenSave =
        "---\nlanguage: zh-TW\ninput:\n  - [[1, 2], [3, 4]]\n  - [[1, 2]]\n\t- [[5]]\nweights: [[1, 一]]\nweights: [[1, 2]]\n"
        + "bias: {file: 不在.npy}\ncost: &c {kernel: 3}\n---\n"

    /// The printout of a lesson, when it is small enough to print in a test.
    static func printout(_ lesson: Lesson) -> String? {
        guard Walk(lesson.convolution).stepCount <= 5_000 else { return nil }
        return WalkthroughPrinter.text(lesson, style: .unicode)
    }

    /// Every place in `text` where an ASCII `:` `,` `;` `!` or `?` follows Chinese text.
    static func asciiPunctuationAfterChinese(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var found: [String] = []
        for index in scalars.indices.dropFirst() where ":,;!?".unicodeScalars.contains(scalars[index]) {
            let before = scalars[index - 1].value
            let isChinese =
                (0x4E00...0x9FFF).contains(before) || (0x3400...0x4DBF).contains(before)
                || (0x3000...0x303F).contains(before) || (0xFF00...0xFFEF).contains(before)
            if isChinese {
                let start = max(0, index - 8), end = min(scalars.count, index + 8)
                found.append(String(String.UnicodeScalarView(scalars[start..<end])))
            }
        }
        return found
    }

    /// Words in Latin letters a Chinese screen may show: names of keys, of tensors and values
    /// (`x1`, `w12`, `out2`, `Wᵀ`), `ReLU`, the program's name and the names of the networks
    /// the lessons talk about, and the file formats a lesson is written in or reads (YAML, PNG).
    static let allowedLatinWords: Set<String> = [
        "ReLU", "Pointwise", "Home", "End", "Esc", "Enter", "Tab", "PgUp", "PgDn", "Ctrl", "y", "n",
        "MobileNet", "GoogLeNet", "Inception", "C_in", "C_out", "H", "W", "X", "Y", "b", "k", "B", "N", "i", "j", "r", "c",
        "ITU", "BT", "JPEG", "YAML", "PNG", "CPU", "PyTorch", "NumPy", "scikit", "learn", "input", "weights", "bias", "file",
        "hjkl", "l", "h", "p", "g", "G", "a", "e", "w", "m", "q", "P", "K", "J", "L", "o", "u", "v", "x", "Wᵀ", "bᵢ", "wᵢ", "outᵢ",
    ]

    /// The Latin-letter words of `text` that are not names of keys, tensors or networks.
    static func englishWords(in text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func finish() {
            defer { current = "" }
            guard current.contains(where: { $0.isASCII && $0.isLetter }) else { return }
            // Names with an index (x1, w12, out2, b1, w12,3) are tensor names, not words.
            if current.last?.isNumber == true || current.contains(where: \.isNumber) { return }
            // An allowed word cut off at a panel's edge (Pointwis…) is still that word.
            if allowedLatinWords.contains(where: { $0.count > 3 && $0.hasPrefix(current) }) { return }
            if allowedLatinWords.contains(current) { return }
            // One or two letters are variable names (R, k) or the end of a cut-off cell, not words.
            if current.count <= 2 { return }
            words.append(current)
        }
        // File paths (scripts/train.py, x.npy) are names, not words.
        let text = text.split(separator: " ").filter {
            !($0.contains("/") || $0.contains(".py") || $0.contains(".npy") || $0.contains(".png"))
        }
        .joined(separator: " ")
        for character in text {
            if (character.isASCII && (character.isLetter || character.isNumber || character == "_")) || "ᵀᵢ".contains(character) {
                current.append(character)
            } else {
                finish()
            }
        }
        finish()
        return words
    }

    @Test("no English word on a Chinese screen or printout, beyond names of keys, values and networks")
    func noEnglishWords() throws {
        for (name, lesson) in try Self.chineseLessons() {
            var texts = Self.screens(lesson)
            if let printout = Self.printout(lesson) { texts.append(("print", printout)) }
            for (place, text) in texts {
                // Lessons are named by their file names (`expand.zh-TW`), as the command line takes them.
                let unnamed = bundledLessonNames.sorted { $0.count > $1.count }.reduce(text) { $0.replacingOccurrences(of: $1, with: "") }
                let words = Self.englishWords(in: unnamed)
                #expect(words.isEmpty, "\(name), \(place): English words \(Array(Set(words)).sorted())\n\(text)")
            }
        }
    }

    @Test("the glossary lists forbidden variants, among them 偏置 and 像素")
    func glossaryIsRead() throws {
        let words = try Self.forbiddenVariants()
        #expect(words.contains("偏置") && words.contains("像素") && words.contains("濾波器"))
    }

    @Test("no forbidden variant and no ASCII punctuation after Chinese, on screen and in print")
    func chineseTextsFollowTheGlossary() throws {
        let forbidden = try Self.forbiddenVariants()
        for (name, lesson) in try Self.chineseLessons() {
            var texts = Self.screens(lesson)
            if let printout = Self.printout(lesson) { texts.append(("print", printout)) }
            for (place, text) in texts {
                for word in forbidden where text.contains(word) {
                    Issue.record("\(name), \(place): «\(word)» is not the glossary's term\n\(text)")
                }
                let punctuation = Self.asciiPunctuationAfterChinese(in: text)
                #expect(punctuation.isEmpty, "\(name), \(place): ASCII punctuation after Chinese: \(punctuation)")
            }
        }
    }

    @Test("the introduction is 簡介 and help is 說明: one word for each")
    func introductionAndHelpAreDifferentWords() throws {
        let lesson = try bundledLesson("intro.zh-TW")
        let introduction = ExplainerRenderer.render(state(lesson), width: 100, height: 30).lines()
        #expect(introduction.last?.contains("簡介") == true)
        let help = text(state(lesson, keys: [.character("?")]), 100, 30)
        #expect(help.contains("第一步（簡介）"))
        #expect(help.contains("說明"))
    }

    @Test("the running sum is labelled with a full-width colon")
    func runningSumColon() throws {
        let screen = text(state(try bundledLesson("intro.zh-TW"), keys: [.right]), 100, 30)
        #expect(screen.contains("累加和："))
        #expect(!screen.contains("累加和:"))
    }

    @Test("the checker itself finds what it looks for")
    func checkerFindsProblems() {
        #expect(Self.asciiPunctuationAfterChinese(in: "累加和: 3").count == 1)
        #expect(Self.asciiPunctuationAfterChinese(in: "累加和：3, out1(1, 1) = 3").isEmpty)
    }
}
