import LessonKit
import Testing

/// Classes 1 and 2 of the hostile-input review: a file with a great many mistakes is answered in
/// bounded time and memory, with the first problems shown and the rest counted.
@Suite("Bounded diagnostics")
struct BoundedDiagnosticsTests {
    private static let numbers = "---\ninput:\n  - [[1]]\nweights:\n  - [1]\n"

    private static func seconds(_ work: () -> Void) -> Double {
        let clock = ContinuousClock()
        let elapsed = clock.measure(work)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    @Test("10,000 bad values on one line: the first 100 are kept in file order, the rest counted and said")
    func manyBadValuesOnOneLine() {
        let values = Array(repeating: "x", count: 10_000).joined(separator: ", ")
        let text = "---\ninput:\n  - [[\(values)]]\nweights:\n  - [1]\n---\n"
        var rendered = ""
        let time = Self.seconds {
            let result = LessonReader.read(bytes: Array(text.utf8))
            #expect(result.containsErrors)
            #expect(result.diagnostics.count == DiagnosticList.maximumKept)
            #expect(result.omittedDiagnostics == 10_000 - DiagnosticList.maximumKept)
            #expect(result.diagnostics.map(\.location) == result.diagnostics.map(\.location).sorted())
            #expect(result.diagnostics.first?.location == SourceLocation(line: 3, column: 7))
            rendered = DiagnosticRenderer(path: "bad.md", source: result.source ?? "").render(result)
        }
        #expect(rendered.hasSuffix("bad.md: note: and 9,900 more problems not shown (only the first 100 are); fix these and check again"))
        #expect(time < 2, "took \(time) s")
    }

    @Test("snippets of 100 diagnostics spread over a long line cost one pass of the line, like one snippet at its end")
    func snippetsOnALongLine() {
        let line = String(repeating: "ab", count: 200_000)
        let diagnostics = (1...100).map { Diagnostic.error("here", at: SourceLocation(line: 1, column: $0 * 3_999)) }
        let renderer = DiagnosticRenderer(path: "long.md", source: line)
        var rendered = ""
        // One snippet at the end walks the whole line once; re-scanning from the line's start per
        // diagnostic would walk it fifty times over for the hundred.
        let one = Self.seconds { _ = renderer.render([diagnostics[99]]) }
        let hundred = Self.seconds { rendered = renderer.render(diagnostics) }
        #expect(hundred < 5 * one + 0.1, "100 snippets took \(hundred) s, one took \(one) s")
        let lines = rendered.split(separator: "\n")
        #expect(lines.count == 300)
        // Every snippet is a window around its column: `…`, 38 cells before, the caret under the column.
        for index in stride(from: 0, to: lines.count, by: 3) {
            #expect(lines[index + 1].hasPrefix("    …"))
            #expect(lines[index + 2] == "    " + String(repeating: " ", count: 39) + "^")
        }
        // The caret sits under the right Character: column 3,999 is an `a` (odd column), 7,998 a `b`.
        #expect(lines[1].dropFirst(4 + 39).first == "a")
        #expect(lines[4].dropFirst(4 + 39).first == "b")
    }

    @Test("a million '## x' headings and half a million unknown keys are reported bounded")
    func manyHeadingsAndKeys() {
        let headings = Self.numbers + "---\n" + String(repeating: "## x\n", count: 1_000_000)
        let headingResult = LessonReader.read(bytes: Array(headings.utf8))
        #expect(headingResult.diagnostics.count == DiagnosticList.maximumKept)
        #expect(headingResult.omittedDiagnostics == 1_000_000 - DiagnosticList.maximumKept)
        var keys = Self.numbers
        for index in 0..<200_000 { keys += "k\(index): 1\n" }
        let keyResult = LessonReader.read(bytes: Array((keys + "---\n").utf8))
        #expect(keyResult.diagnostics.count == DiagnosticList.maximumKept)
        #expect(keyResult.diagnostics.allSatisfy { $0.message.hasPrefix("unknown key") })
        #expect(keyResult.omittedDiagnostics == 200_000 - DiagnosticList.maximumKept)
    }

    @Test("the list keeps the first problems by place, whatever order they were found in")
    func keepsFirstByPlace() {
        var list = DiagnosticList()
        for line in (1...1_000).reversed() { list.append(.error("line \(line)", at: SourceLocation(line: line, column: 1))) }
        #expect(list.count == 1_000)
        #expect(list.kept.map(\.location.line) == Array(1...100))
        #expect(list.omitted == 900)
    }
}
