import LessonKit
import Testing

@Suite("Rendering diagnostics with a snippet and a caret")
struct DiagnosticTests {
    @Test("renders the location, the message, the line, a caret under the column and the notes")
    func compilerStyle() {
        let source = "---\ntitle: x\ninput: [1, 2]\n---\n"
        let diagnostic = Diagnostic.error(
            "duplicate key 'input'; first defined at line 2",
            at: SourceLocation(line: 3, column: 8),
            notes: ["first note", "second note"]
        )
        #expect(
            DiagnosticRenderer(path: "lessons/intro.md", source: source).render(diagnostic) == """
                lessons/intro.md:3:8: error: duplicate key 'input'; first defined at line 2
                    input: [1, 2]
                           ^
                note: first note
                note: second note
                """)
    }

    @Test(
        "places the caret after wide characters by terminal cells",
        arguments: [
            ("標題: x", 5, "    標題: x\n          ^"),
            ("a: 卷積 [1]", 7, "    a: 卷積 [1]\n            ^"),
            ("e\u{301}e\u{301}: 1", 5, "    e\u{301}e\u{301}: 1\n        ^"),
            ("x", 2, "    x\n     ^"),
        ])
    func wideCharacters(line: String, column: Int, expected: String) {
        let rendered = DiagnosticRenderer(path: "p", source: line + "\n")
            .render(.error("m", at: SourceLocation(line: 1, column: column)))
        #expect(rendered == "p:1:\(column): error: m\n" + expected)
    }

    @Test("shows tabs as spaces and control characters as visible escapes, keeping the caret under the column")
    func inertSnippet() {
        let source = "\tkey: \u{1B}[31mred\u{7}\u{202E}x\r\n"
        let rendered = DiagnosticRenderer(path: "p", source: source)
            .render(.error("m", at: SourceLocation(line: 1, column: 13)))
        // Column 13 is the "e" of "red": after " key: " (6 cells), "^[" (2) and "[31mr" (5).
        #expect(rendered == "p:1:13: error: m\n     key: ^[[31mred^G<U+202E>x\n" + String(repeating: " ", count: 4 + 13) + "^")
    }

    @Test("makes the path, the message and the notes inert too")
    func inertText() {
        let rendered = DiagnosticRenderer(path: "a\u{1B}]0;x\u{7}.md", source: "")
            .render(.warning("bad \u{1B}[2J key\nline", at: SourceLocation(line: 1, column: 1), notes: ["n\u{9B}"]))
        #expect(rendered == "a^[]0;x^G.md:1:1: warning: bad ^[[2J key line\nnote: n<U+009B>")
    }

    @Test("continues a note with line breaks on indented lines")
    func multilineNote() {
        let rendered = DiagnosticRenderer(path: "p", source: "")
            .render(.error("m", at: SourceLocation(line: 1, column: 1), notes: ["for example:\ninput:\n  - [1]", "last"]))
        #expect(rendered == "p:1:1: error: m\nnote: for example:\n      input:\n        - [1]\nnote: last")
    }

    @Test("leaves out the snippet when the line is not in the source")
    func lineOutOfRange() {
        let renderer = DiagnosticRenderer(path: "p", source: "one\ntwo\n")
        #expect(renderer.render(.error("m", at: SourceLocation(line: 9, column: 1))) == "p:9:1: error: m")
        #expect(renderer.render(.error("m", at: SourceLocation(line: 0, column: 1))) == "p:0:1: error: m")
    }

    @Test("reads lines across CRLF breaks and skips a byte order mark")
    func crlfAndBOM() {
        let renderer = DiagnosticRenderer(path: "p", source: "\u{FEFF}a: 1\r\nb: 2\r\n")
        #expect(
            renderer.render([
                .error("first", at: SourceLocation(line: 1, column: 4)),
                .error("second", at: SourceLocation(line: 2, column: 1)),
            ]) == "p:1:4: error: first\n    a: 1\n       ^\np:2:1: error: second\n    b: 2\n    ^")
    }

    @Test("shows a window of a very long line around the column")
    func longLine() {
        let line = String(repeating: "1, ", count: 1000) + "oops" + String(repeating: ", 2", count: 1000)
        let column = 3001
        let rendered = DiagnosticRenderer(path: "p", source: line)
            .render(.error("m", at: SourceLocation(line: 1, column: column)))
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        let snippet = lines[1].dropFirst(4)
        let caret = lines[2].dropFirst(4)
        #expect(snippet.count <= DiagnosticRenderer.maximumSnippetColumns)
        #expect(snippet.first == "…" && snippet.last == "…")
        let caretOffset = caret.count - 1
        #expect(caret.last == "^")
        #expect(snippet.dropFirst(caretOffset).hasPrefix("oops"))
    }

    @Test("describes a diagnostic on one line and tells errors from warnings")
    func descriptionAndSeverity() {
        let warning = Diagnostic.warning("w", at: SourceLocation(line: 2, column: 3))
        let error = Diagnostic.error("e", at: SourceLocation(line: 1, column: 1))
        #expect(warning.description == "2:3: warning: w")
        #expect(![warning].containsErrors)
        #expect([warning, error].containsErrors)
        #expect(error.location < warning.location)
        #expect(error.notes.isEmpty)
    }
}
