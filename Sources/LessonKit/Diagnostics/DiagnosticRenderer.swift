import PointwiseCore

/// Turns diagnostics into the text a person reads in a terminal, compiler style.
///
/// Each diagnostic becomes this block (no trailing newline):
///
///     lessons/intro.md:7:12: error: duplicate key 'input'; first defined at line 3
///         input: [1, 2]
///         ^
///     note: each key may appear once in a mapping
///
/// - The first line is `path:line:column: severity: message`, as clang and swiftc print it.
/// - The second line is the source line, indented by four spaces (`snippetIndent`). Tabs are
///   shown as one space each and every scalar `InertText` calls unsafe (controls, bidirectional
///   marks, separators, invisibles) as its stand-in (`^[`, `<U+200E>`), so nothing from the file
///   reaches the terminal raw. The path, message and notes are made inert the same way.
/// - The third line is four spaces, then as many spaces as the terminal cells (`TextWidth`) the
///   shown text before the column takes, then `^`: the caret sits under the problem even after
///   wide (CJK) characters.
/// - Then one `note: …` line per note; a note with line breaks (an example to copy) goes on
///   over lines indented six spaces, under the note's text.
///
/// A source line wider than `maximumSnippetColumns` cells is shown as a window around the column,
/// with `…` where text was cut. When the location's line is not in the source (for example an
/// empty file), the snippet and caret lines are left out.
public struct DiagnosticRenderer: Sendable {
    /// Spaces before the snippet and caret lines.
    public static let snippetIndent = "    "
    /// Spaces before the second and later lines of a note, so they line up after `note: `.
    public static let noteContinuationIndent = "      "
    /// The widest snippet shown, in terminal cells, before it is cut to a window.
    public static let maximumSnippetColumns = 76

    /// The path shown before each location, as the user typed or would recognise it.
    public let path: String
    /// The whole text of the file the locations refer to.
    public let source: String
    /// The language of the severity, the message and the notes; location, snippet and caret
    /// are the same in every language.
    public let language: InterfaceLanguage

    /// Creates a renderer for one file: its display path and its text (a leading BOM is skipped).
    public init(path: String, source: String, language: InterfaceLanguage = .english) {
        self.path = path
        self.source = source
        self.language = language
    }

    /// Renders one diagnostic as a block of lines without a trailing newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        render([diagnostic])
    }

    /// Renders diagnostics in the order given, one block each, joined by newlines.
    ///
    /// The source is scanned once for all the lines the diagnostics need, and each line once for
    /// all the snippets on it (`SnippetWindow`): the work is linear in the text however many
    /// diagnostics point into one long line. `omitted` diagnostics (counted by `DiagnosticList`,
    /// not kept) are mentioned in one last line.
    public func render(_ diagnostics: [Diagnostic], omitted: Int = 0) -> String {
        let wanted = Set(diagnostics.map(\.location.line))
        let lines = Self.lines(numbered: wanted, in: source)
        var snippets: [SourceLocation: (text: String, caretColumns: Int)] = [:]
        for (lineNumber, line) in lines {
            let columns = Set(diagnostics.lazy.filter { $0.location.line == lineNumber }.map(\.location.column)).sorted()
            var window = SnippetWindow(line: line)
            for column in columns {
                snippets[SourceLocation(line: lineNumber, column: column)] = window.snippet(column: column)
            }
        }
        var blocks = diagnostics.map { block(for: $0, snippet: snippets[$0.location]) }
        if omitted > 0 {
            let colon = Catalogue.text(.diagnosticColon, language)
            blocks.append(
                Self.inert(path) + colon + Catalogue.text(.diagnosticNote, language) + colon
                    + Catalogue.text(
                        .diagnosticOmitted, language,
                        [
                            "count": GroupedDigits.format(omitted), "kept": String(DiagnosticList.maximumKept),
                        ]))
        }
        return blocks.joined(separator: "\n")
    }

    /// Renders a reading's diagnostics (every one kept, or only its errors) and the count of the rest.
    public func render(_ result: LessonReader.Result, errorsOnly: Bool = false) -> String {
        let shown = errorsOnly ? result.diagnostics.filter(\.isError) : result.diagnostics
        return render(shown, omitted: result.omittedDiagnostics + (result.diagnostics.count - shown.count))
    }

    private func block(for diagnostic: Diagnostic, snippet: (text: String, caretColumns: Int)?) -> String {
        var output = Self.inert(path) + ":\(diagnostic.location.line):\(diagnostic.location.column): "
        let colon = Catalogue.text(.diagnosticColon, language)
        output += diagnostic.severityWord(language) + colon + Self.inert(diagnostic.message(language))
        if let snippet {
            output += "\n" + Self.snippetIndent + snippet.text
            output += "\n" + Self.snippetIndent + String(repeating: " ", count: snippet.caretColumns) + "^"
        }
        // `附註：` is as wide as `note: `, so continuation lines line up in both languages.
        let noteLead = "\n" + Catalogue.text(.diagnosticNote, language) + colon
        for note in diagnostic.notes(language) {
            let noteLines = note.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            for (index, noteLine) in noteLines.enumerated() {
                output += (index == 0 ? noteLead : "\n" + Self.noteContinuationIndent) + Self.inert(String(noteLine))
            }
        }
        return output
    }

    /// The shown snippet of `line` and the cells before the caret for a 1-based `column`.
    static func snippet(of line: Substring, column: Int) -> (text: String, caretColumns: Int) {
        var window = SnippetWindow(line: line)
        return window.snippet(column: column)
    }

    /// The 1-based lines asked for, without their line breaks, found in one pass.
    static func lines(numbered wanted: Set<Int>, in source: String) -> [Int: Substring] {
        var found: [Int: Substring] = [:]
        guard let last = wanted.max(), last >= 1 else { return found }
        let utf8 = source.utf8
        var lineStart = utf8.startIndex
        if source.hasPrefix("\u{FEFF}") {
            lineStart = utf8.index(lineStart, offsetBy: 3)
        }
        var lineNumber = 1
        // A line starts before the end of the text: "" has no lines, "a\n" has one.
        while lineNumber <= last && lineStart < utf8.endIndex {
            let newline = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n"))
            var contentEnd = newline ?? utf8.endIndex
            if contentEnd > lineStart, utf8[utf8.index(before: contentEnd)] == UInt8(ascii: "\r") {
                contentEnd = utf8.index(before: contentEnd)
            }
            if wanted.contains(lineNumber) {
                found[lineNumber] = source[lineStart..<contentEnd]
            }
            guard let newline else { break }
            lineStart = utf8.index(after: newline)
            lineNumber += 1
        }
        return found
    }

    /// The character as it is shown: `InertText`'s stand-in where it holds an unsafe scalar.
    static func inert(_ character: Character) -> String {
        InertText.shown(character)
    }

    /// The text with every character made inert, and line breaks shown as spaces.
    static func inert(_ text: String) -> String {
        InertText.oneLine(text)
    }
}
