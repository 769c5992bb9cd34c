import LessonKit
import Testing

@Suite("Splitting a lesson into front matter and body")
struct LessonSourceTests {
    @Test("cuts at the opening and closing '---' lines and keeps their line numbers")
    func basicSplit() throws {
        let (source, diagnostics) = LessonSourceSplitter.split("---\ntitle: x\nbias: [0]\n---\n# Intro\nText.\n")
        #expect(diagnostics.isEmpty)
        let lesson = try #require(source)
        #expect(lesson.frontMatter == "title: x\nbias: [0]\n")
        #expect(lesson.frontMatterFirstLine == 2)
        #expect(lesson.body == "# Intro\nText.\n")
        #expect(lesson.bodyFirstLine == 5)
    }

    @Test("accepts '...' as the closing line, trailing spaces on delimiters, and no final newline")
    func delimiterVariants() throws {
        let dots = try #require(LessonSourceSplitter.split("--- \t\na: 1\n...\nbody").0)
        #expect(dots.frontMatter == "a: 1\n")
        #expect(dots.body == "body")
        #expect(dots.bodyFirstLine == 4)
        let atEnd = try #require(LessonSourceSplitter.split("---\na: 1\n---").0)
        #expect(atEnd.body == "")
        #expect(atEnd.bodyFirstLine == 4)
        let empty = try #require(LessonSourceSplitter.split("---\n---\n").0)
        #expect(empty.frontMatter == "")
        #expect(empty.bodyFirstLine == 3)
    }

    @Test("skips a UTF-8 byte order mark before the opening line")
    func byteOrderMark() throws {
        let lesson = try #require(LessonSourceSplitter.split("\u{FEFF}---\na: 1\n---\nbody\n").0)
        #expect(lesson.text == "---\na: 1\n---\nbody\n")
        #expect(lesson.frontMatter == "a: 1\n")
        #expect(lesson.bodyFirstLine == 4)
    }

    @Test("treats CRLF as a line break in delimiters, front matter and body")
    func crlf() throws {
        let text = "---\r\ntitle: 卷積\r\nin: [1,\r\n  2]\r\n---\r\nbody\r\n"
        let lesson = try #require(LessonSourceSplitter.split(text).0)
        #expect(lesson.frontMatter == "title: 卷積\r\nin: [1,\r\n  2]\r\n")
        #expect(lesson.body == "body\r\n")
        #expect(lesson.bodyFirstLine == 6)
        let (node, diagnostics) = YAMLParser.parse(lesson.frontMatter, firstLine: lesson.frontMatterFirstLine)
        #expect(diagnostics.isEmpty)
        #expect(node?.mapping?["in"]?.sequence?.items.last?.location == SourceLocation(line: 4, column: 3))
    }

    @Test(
        "a '---' line only counts at the start of a line and exactly",
        arguments: [
            "---\na: '---'\nb: --- x\n----\n---\n"
        ])
    func onlyExactDelimiters(text: String) throws {
        let lesson = try #require(LessonSourceSplitter.split(text).0)
        #expect(lesson.frontMatter == "a: '---'\nb: --- x\n----\n")
    }

    @Test(
        "reports a missing opening line, a missing closing line and an empty file",
        arguments: [
            (
                "title: x\n---\n",
                """
                lesson.md:1:1: error: a lesson must start with a line '---' that opens the front matter
                    title: x
                    ^
                note: a lesson starts with its data between two '---' lines, then its text
                """
            ),
            (
                "# Just a heading\n",
                """
                lesson.md:1:1: error: a lesson must start with a line '---' that opens the front matter
                    # Just a heading
                    ^
                note: a lesson starts with its data between two '---' lines, then its text
                """
            ),
            (
                "---\ntitle: x\n\nbody\n",
                """
                lesson.md:1:1: error: the front matter opened here is never closed
                    ---
                    ^
                note: add a line '---' after the last line of data, before the lesson's text
                """
            ),
            (
                "",
                """
                lesson.md:1:1: error: the file is empty; a lesson starts with a line '---'
                note: a lesson starts with its data between two '---' lines, then its text
                """
            ),
        ])
    func splitErrors(text: String, expected: String) {
        let (source, diagnostics) = LessonSourceSplitter.split(text)
        #expect(source == nil)
        #expect(DiagnosticRenderer(path: "lesson.md", source: text).render(diagnostics) == expected)
    }
}

@Suite("Decoding a lesson file's bytes as UTF-8")
struct UTF8DecodingTests {
    @Test("decodes valid UTF-8 unchanged")
    func valid() {
        let text = "---\ntitle: 1×1 卷積\n---\n"
        let (decoded, diagnostics) = UTF8Decoding.decode(Array(text.utf8))
        #expect(decoded == text)
        #expect(diagnostics.isEmpty)
    }

    @Test("reports the line and Character column of the first invalid byte")
    func invalidByte() {
        let bytes = Array("---\ntitle: 卷積".utf8) + [0xFF] + Array(" x\n".utf8) + [0xC3, 0x28]
        let (decoded, diagnostics) = UTF8Decoding.decode(bytes)
        #expect(decoded == nil)
        let shown = String(decoding: bytes, as: UTF8.self)
        #expect(
            DiagnosticRenderer(path: "l.md", source: shown).render(diagnostics) == """
                l.md:2:10: error: the file is not valid UTF-8: the byte sequence 0xFF here is not a character
                    title: 卷積\u{FFFD} x
                               ^
                note: save the file with the UTF-8 encoding
                note: the file has 2 invalid byte sequences in all
                """)
    }

    @Test(
        "locates truncated, overlong and surrogate sequences",
        arguments: [
            ([0x61, 0xE5, 0x8D], 1, 2),
            ([0x0A, 0x0A, 0x61, 0xC0, 0xAF], 3, 2),
            ([0xED, 0xA0, 0x80], 1, 1),
            ([0x61, 0x0D, 0x0A, 0xF8], 2, 1),
        ] as [([UInt8], Int, Int)])
    func sequences(bytes: [UInt8], line: Int, column: Int) {
        let (decoded, diagnostics) = UTF8Decoding.decode(bytes)
        #expect(decoded == nil)
        #expect(diagnostics.map(\.location) == [SourceLocation(line: line, column: column)])
    }
}
