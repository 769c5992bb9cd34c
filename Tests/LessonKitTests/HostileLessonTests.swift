import Foundation
import LessonKit
import PointwiseCore
import Testing

/// Files a stranger might write on purpose: each is refused (or shown inert) quickly, and every
/// refusal says where.
@Suite("Hostile lesson files")
struct HostileLessonTests {
    private static func read(_ text: String) -> LessonReader.Result {
        LessonReader.read(bytes: Array(text.utf8))
    }

    /// Every diagnostic of a refused file has a line and a column, and at least one is an error.
    private static func expectLocatedRefusal(_ result: LessonReader.Result, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(result.lesson == nil, sourceLocation: sourceLocation)
        #expect(result.containsErrors, sourceLocation: sourceLocation)
        for diagnostic in result.diagnostics {
            #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "\(diagnostic)", sourceLocation: sourceLocation)
        }
    }

    @Test("a billion-laughs file (aliases nine deep, 10^9 items if expanded) is refused at once, at its first anchor")
    func billionLaughs() {
        var text = "---\nl0: &l0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 1...9 {
            text += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        text += "input: *l9\nweights: [[1]]\n---\n"
        let clock = ContinuousClock()
        let start = clock.now
        let result = Self.read(text)
        #expect(clock.now - start < .milliseconds(500))
        Self.expectLocatedRefusal(result)
        let anchor = result.diagnostics.first { $0.message.contains("anchor") }
        #expect(anchor?.location == LessonKit.SourceLocation(line: 2, column: 5))
        #expect(
            result.diagnostics.contains { $0.message.contains("alias") && $0.location == LessonKit.SourceLocation(line: 12, column: 8) })
        #expect(result.diagnostics.count <= YAMLLimits.maximumDiagnostics + 5)
    }

    @Test("a section longer than the bound is refused at the line that crosses it")
    func longSection() {
        let line = String(repeating: "word ", count: 100)  // 499 characters once trimmed
        let body = "## term\n" + Array(repeating: line, count: 30).joined(separator: "\n") + "\n"
        let result = Self.read("---\ninput: [[[1]]]\nweights: [[1]]\n---\n" + body)
        Self.expectLocatedRefusal(result)
        let error = result.diagnostics.first { $0.message.contains("longer than \(LessonLimits.maximumSectionCharacters) characters") }
        // Lines 6… hold the text; the 21st text line takes the section past 10,000 characters.
        #expect(error?.location == LessonKit.SourceLocation(line: 26, column: 1))
        #expect(result.diagnostics.filter { $0.message.contains("longer than") }.count == 1)
    }

    @Test("a section at the bound is fine")
    func sectionAtTheBound() {
        let text = String(repeating: "a", count: LessonLimits.maximumSectionCharacters)
        let result = Self.read("---\ninput: [[[1]]]\nweights: [[1]]\n---\n## end\n" + text + "\n")
        #expect(result.lesson != nil)
    }

    @Test("control characters and escape sequences anywhere in the text come out as visible escapes")
    func inertText() throws {
        // The front matter refuses raw control characters; YAML's \u escapes can still make them.
        let text =
            "---\ntitle: \"\\u001B]0;owned\\u0007\\u001B[2J Title \\u009B31m \\u202E\"\ninput: [[[1]]]\nweights: [[1]]\n---\n"
            + "## end\nDone \u{1B}[5m{output}\u{1B}[0m \u{7F} \u{2066}x\u{2069}\n"
        let lesson = try #require(Self.read(text).lesson)
        #expect(lesson.title == "^[]0;owned^G^[[2J Title <U+009B>31m <U+202E>")
        let narration = Narration.text(lesson, at: Walk(lesson.convolution, position: 1), style: .unicode)
        #expect(narration == "Done ^[[5m1^[[0m ^? <U+2066>x<U+2069>")
    }

    @Test(
        "diagnostics that quote a hostile file show its control characters inert",
        arguments: [
            "---\n\u{1B}[31mkey: 1\ninput: [[[1]]]\nweights: [[1]]\n---\n",
            "---\ninput: [[[1, \u{1B}[2J]]]\nweights: [[1]]\n---\n",
            "---\ninput: [[[1]]]\nweights: [[1]]\nactivation: \"\u{9B}6n\"\n---\n",
            "---\ninput: [[[1]]]\nweights: [[1]]\n---\n## \u{1B}]8;;http://x\u{07}\n",
            "---\ninput: [[[1]]]\nweights: [[1]]\n---\n## term\n{\u{1B}[1m}\n",
        ])
    func inertDiagnostics(text: String) {
        let result = Self.read(text)
        Self.expectLocatedRefusal(result)
        let rendered = DiagnosticRenderer(path: "evil\u{1B}[8m.md", source: result.source ?? "").render(result.diagnostics)
        for scalar in rendered.unicodeScalars where scalar != "\n" {
            let value = scalar.value
            #expect(
                !(value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)),
                "U+\(String(value, radix: 16)) in:\n\(rendered)")
        }
    }

    @Test("every hostile file in the fuzzing seeds is refused with located diagnostics")
    func hostileSeeds() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("broken-") }
        #expect(names.count >= 8)
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            Self.expectLocatedRefusal(LessonReader.read(bytes: bytes))
        }
    }
}
