/// A position in a lesson file: a 1-based line and a 1-based column.
///
/// The column counts `Character`s (extended grapheme clusters) from the start of the line, so
/// `é` written as `e` + U+0301 is one column and `卷` is one column (even though a terminal draws
/// it two cells wide). A line ends at `\n` or `\r\n`; a UTF-8 byte order mark at the start of the
/// file is not part of line 1 and is not counted.
///
/// Terminal cell positions are a rendering matter: `DiagnosticRenderer` converts a column to
/// cells with `TextWidth` when it places the caret.
public struct SourceLocation: Hashable, Sendable {
    /// The line number, starting at 1.
    public var line: Int
    /// The column, in Characters from the start of the line, starting at 1.
    public var column: Int

    /// Creates a location from a 1-based line and a 1-based column (in Characters).
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

extension SourceLocation: Comparable {
    /// Orders locations as they appear in the file: by line, then by column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

extension SourceLocation: CustomStringConvertible {
    /// The location as `line:column`, the form used after a path in `path:line:column`.
    public var description: String { "\(line):\(column)" }
}
