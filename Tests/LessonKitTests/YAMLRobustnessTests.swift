import LessonKit
import PointwiseCore
import Testing

/// Garbage in, diagnostics out: every stage finishes on any input, and every location it reports
/// is inside the text.
@Suite("Reading hostile and broken lesson files")
struct YAMLRobustnessTests {
    static let exampleFile = "---\n" + FrontMatterFixture.exampleLesson + "---\n# Walkthrough\n\nText with 卷積.\n"

    /// Runs every stage on `bytes` as the lesson reader would, and checks what comes back.
    static func readCompletely(_ bytes: [UInt8]) {
        let (decoded, decodeDiagnostics) = UTF8Decoding.decode(bytes)
        let text = decoded ?? String(decoding: bytes, as: UTF8.self)
        if decoded == nil { #expect(decodeDiagnostics.count == 1) }
        let (source, splitDiagnostics) = LessonSourceSplitter.split(text)
        var diagnostics = decodeDiagnostics + splitDiagnostics
        if let source {
            let (_, yamlDiagnostics) = YAMLParser.parse(source.frontMatter, firstLine: source.frontMatterFirstLine)
            #expect(yamlDiagnostics.count <= YAMLLimits.maximumDiagnostics + 1)
            diagnostics += yamlDiagnostics
        }
        // Counted on bytes: the Character "\r\n" is not equal to "\n".
        let lineCount = text.utf8.filter { $0 == UInt8(ascii: "\n") }.count + 1
        for diagnostic in diagnostics {
            #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= lineCount)
            #expect(diagnostic.location.column >= 1)
        }
        let rendered = DiagnosticRenderer(path: "fuzz.md", source: text).render(diagnostics)
        #expect(!rendered.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("finishes on random bytes drawn from YAML's punctuation (fixed seed)")
    func randomSyntax() {
        var generator = SplitMix64(seed: 0x1DEA_5EED)
        let alphabet = Array("---\n\r\n:- []{},'\"\\#&*!|>%@`?ab1.\t é卷\u{7}".utf8)
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...160, using: &generator)
            var bytes = Array("---\n".utf8)
            for _ in 0..<length {
                bytes.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
            }
            bytes += Array("\n---\n".utf8)
            Self.readCompletely(bytes)
        }
    }

    @Test("finishes on fully random bytes (fixed seed)")
    func randomBytes() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<500 {
            let length = Int.random(in: 0...400, using: &generator)
            var bytes: [UInt8] = Array("---\n".utf8)
            for _ in 0..<length { bytes.append(UInt8.random(in: 0...255, using: &generator)) }
            Self.readCompletely(bytes)
            Self.readCompletely(Array(bytes.dropFirst(4)))
        }
    }

    @Test("finishes on every truncation of a valid lesson")
    func truncations() {
        let bytes = Array(Self.exampleFile.utf8)
        for length in 0...bytes.count {
            Self.readCompletely(Array(bytes[..<length]))
        }
    }

    @Test("finishes on every single-byte mutation of a valid lesson by a YAML indicator")
    func mutations() {
        let bytes = Array(Self.exampleFile.utf8)
        let replacements = Array("[]{}:,-'\"#&*!|\t\n\r\\ ".utf8) + [0xFF, 0x00]
        for index in bytes.indices {
            for replacement in replacements {
                var mutated = bytes
                mutated[index] = replacement
                Self.readCompletely(mutated)
            }
        }
    }

    @Test("the example lesson file reads without diagnostics")
    func exampleReadsCleanly() throws {
        let (source, splitDiagnostics) = LessonSourceSplitter.split(Self.exampleFile)
        #expect(splitDiagnostics.isEmpty)
        let lesson = try #require(source)
        let (node, diagnostics) = YAMLParser.parse(lesson.frontMatter, firstLine: lesson.frontMatterFirstLine)
        #expect(diagnostics.isEmpty)
        #expect(node?.mapping?.keys.count == 6)
        #expect(lesson.bodyFirstLine == 14)
    }

    @Test(
        "finishes quickly on long hostile lines",
        arguments: [
            HostileText("200,000 unknown escapes in one string", "a: \"" + String(repeating: "\\q", count: 200_000) + "\"\n"),
            HostileText("a million anchors' ampersands", "a: " + String(repeating: "&", count: 1_000_000) + "\n"),
            HostileText("200,000 empty flow entries", "a: [" + String(repeating: ",", count: 200_000) + "]\n"),
            HostileText("an unclosed million-character quote", "a: '" + String(repeating: "x", count: 1_000_000) + "\n"),
            HostileText("500,000 tab-indented lines", String(repeating: "\t\n", count: 500_000)),
            HostileText("100,000 duplicate keys", String(repeating: "a: 1\n", count: 100_000)),
            HostileText("an unclosed flow list of 200,000 wide characters", "a: [" + String(repeating: "卷, ", count: 200_000) + "\n"),
        ])
    func hostileLines(input: HostileText) {
        let yaml = input.text
        let clock = ContinuousClock()
        var diagnostics: [Diagnostic] = []
        let elapsed = clock.measure { diagnostics = FrontMatterFixture.parse(yaml).1 }
        #expect(diagnostics.count <= YAMLLimits.maximumDiagnostics + 1)
        #expect(elapsed < .seconds(20))
        let rendered = DiagnosticRenderer(path: "p", source: "---\n" + yaml).render(diagnostics)
        #expect(rendered.split(separator: "\n").allSatisfy { $0.count < 400 })
    }
}
