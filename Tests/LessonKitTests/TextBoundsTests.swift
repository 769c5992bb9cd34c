import LessonKit
import Testing

/// Class 3 of the hostile-input review: text is bounded in bytes and in scalars per character,
/// not only in characters, so "200 characters" cannot be 6 MB.
@Suite("Text bounded in bytes and marks")
struct TextBoundsTests {
    private static let numbers = "input: [[[1]]]\nweights: [[1]]\n"

    private static func read(_ text: String) -> LessonReader.Result {
        LessonReader.read(bytes: Array(text.utf8))
    }

    @Test("a character carrying thousands of combining marks is refused where it stands")
    func combiningMarks() {
        let result = Self.read(
            "---\n" + Self.numbers + "---\n## introduction\nab" + "e" + String(repeating: "\u{301}", count: 5_000) + "\n")
        #expect(result.lesson == nil)
        let error = result.diagnostics.first { $0.message.contains("combining marks") }
        #expect(error?.location == SourceLocation(line: 6, column: 3))
    }

    @Test("a section within 10,000 characters but over 40,000 bytes is refused")
    func sectionBytes() {
        // 9,000 characters of three scalars each (a letter and two marks): 45,000 bytes.
        let text = String(repeating: "a\u{301}\u{302}", count: 9_000)
        let result = Self.read("---\n" + Self.numbers + "---\n## introduction\n" + text + "\n")
        #expect(result.lesson == nil)
        #expect(result.diagnostics.contains { $0.message.contains("longer than \(LessonLimits.maximumSectionBytes) bytes") })
    }

    @Test("a 6 MB title of few characters is refused by its bytes, at once")
    func titleBytes() {
        let title = "T" + String(repeating: "\u{301}", count: 3_000_000)
        let clock = ContinuousClock()
        let start = clock.now
        let result = Self.read("---\ntitle: \"" + title + "\"\n" + Self.numbers + "---\n")
        // About 4 s in a debug build on a quiet machine, 11 s once under load: the bound is
        // loose enough for a shared machine and still far below what counting every mark of
        // every prefix (quadratic in 6 MB) would take. The release budget is hostile-corpus.py's.
        #expect(clock.now - start < .seconds(30))
        #expect(result.lesson == nil)
        #expect(result.diagnostics.contains { $0.message.contains("bytes of UTF-8; at most \(LessonLimits.maximumTitleBytes)") })
    }

    @Test("ordinary accented text and emoji sequences stay within the bounds")
    func ordinaryText() {
        let text = "Café, naïve, 卷積, 👩‍👩‍👧‍👦 and 🇹🇼 are fine."
        let result = Self.read("---\ntitle: \"" + text + "\"\n" + Self.numbers + "---\n## introduction\n" + text + "\n")
        #expect(result.lesson != nil, "\(result.diagnostics)")
    }

    @Test("a file of hundreds of thousands of `##` lines is checked at once, every one counted")
    func millionsOfHeadings() {
        let count = 300_000
        let clock = ContinuousClock()
        let start = clock.now
        let result = Self.read("---\n" + Self.numbers + "---\n" + String(repeating: "##\n", count: count))
        // Linear work is well under a second even in a debug build; quadratic work would be hours.
        #expect(clock.now - start < .seconds(20))
        #expect(result.lesson == nil)
        #expect(result.diagnostics.first?.location == SourceLocation(line: 5, column: 4))
        #expect(result.diagnostics.first?.message == "unknown section ''")
        #expect(result.diagnostics.count + result.omittedDiagnostics == count)
    }

    @Test("one line of a million combining marks in a section is refused by its length, at once")
    func longLineOfMarks() {
        let marks = String(repeating: "a" + String(repeating: "\u{301}", count: 31), count: 32_000)
        let clock = ContinuousClock()
        let start = clock.now
        let result = Self.read("---\n" + Self.numbers + "---\n## introduction\n" + marks + "\n")
        #expect(clock.now - start < .seconds(20))
        #expect(result.lesson == nil)
        let error = result.diagnostics.first { $0.severity == .error }
        #expect(error?.message == "section 'introduction' is longer than \(LessonLimits.maximumSectionCharacters) characters")
        #expect(error?.location == SourceLocation(line: 6, column: 1))
    }

    @Test("a section refused for its length, on its first line or later, is not also called empty", arguments: [0, 3])
    func tooLongIsNotEmpty(linesBefore: Int) {
        let before = String(repeating: "A short line.\n", count: linesBefore)
        let long = String(repeating: "y", count: LessonLimits.maximumSectionCharacters + 1)
        let result = Self.read("---\n" + Self.numbers + "---\n## introduction\n" + before + long + "\n## end\nDone.\n")
        #expect(
            result.diagnostics.map(\.message) == [
                "section 'introduction' is longer than \(LessonLimits.maximumSectionCharacters) characters"
            ])
    }

    @Test("a decimal comma is pointed out on its own line of a file with Windows line ends")
    func decimalCommaWithCRLF() {
        let result = Self.read("---\r\ninput: [[[1]]]\r\nweights: [[0,5]]\r\n---\r\n")
        let error = result.diagnostics.first { $0.severity == .error }
        #expect(error?.location.line == 3)
        #expect(error?.notes.contains { $0.contains("0,5") && $0.contains("0.5") } == true, "\(result.diagnostics)")
    }

    @Test("decimals listed without spaces get no decimal-comma hint; a decimal comma after them still does")
    func listedDecimalsAreNoDecimalComma() {
        for weights in ["[[0.5,1.5]]", "[[2,0.25]]", "[[1.5,1]]"] {
            let result = Self.read("---\ninput: [[[1]]]\nweights: \(weights)\n---\n")
            let error = result.diagnostics.first { $0.severity == .error }
            #expect(error?.location.line == 3, "\(weights): \(result.diagnostics)")
            #expect(error?.notes.contains { $0.contains("read as two numbers") } == false, "\(weights): \(result.diagnostics)")
        }
        let mixed = Self.read("---\ninput: [[[1]]]\nweights: [[1.5, 0,5]]\n---\n")
        let error = mixed.diagnostics.first { $0.severity == .error }
        #expect(error?.notes.contains { $0.contains("'0,5'") && $0.contains("(0.5)") } == true, "\(mixed.diagnostics)")
    }
}
