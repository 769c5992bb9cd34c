/// Reads the YAML subset that lesson front matter uses into a `YAMLNode` tree with locations.
///
/// Supported:
/// - at the top, a block mapping (the lesson's keys) or a block sequence; a top-level line that
///   is not `key: value` (a bare word, a `[…]` list) is an error on that line;
/// - block mappings (`key: value`, keys plain or quoted) and block sequences (`- item`), nested
///   by indentation with spaces, including `- [1, 2]`, `- - a` and `- key: value` items, and a
///   list written at the same indentation as its key (`key:` then `- item` lines);
/// - flow sequences `[a, [b, c]]` and flow mappings `{seed: 7, range: [-1, 1]}`, which may span
///   lines (continuation lines are indented more than the key; a closing `]`/`}` may start at
///   any indentation); a trailing comma before `]` or `}` is allowed, as in YAML;
/// - plain scalars (one line), single-quoted scalars (`''` is a quote) and double-quoted scalars
///   with the escapes `\\ \" \n \t \uXXXX \UXXXXXXXX`; quoted scalars end on the line they start;
/// - comments (`#` at the start of a line or after a space or tab), blank lines, and empty
///   values (`key:` or `-` with nothing after it), which become an empty plain scalar.
///
/// Rejected with a located error that says what to write instead: tabs in indentation,
/// anchors, aliases, tags, block scalars (`|`, `>`), directives, explicit keys (`? `), a second
/// document (`---` or `...`), duplicate keys, bad indentation, multi-line plain values,
/// unterminated quotes and brackets (located at the opening character), other escapes, control
/// characters, and anything past `YAMLLimits`.
///
/// Work is bounded: the text is scanned as UTF-8 bytes in one forward pass, recursion never goes
/// deeper than `YAMLLimits.maximumDepth` levels, and the parser stops after
/// `YAMLLimits.maximumDiagnostics` errors.
public enum YAMLParser {
    /// Parses front-matter text whose first line is line `firstLine` of the file.
    ///
    /// Returns the root node and every problem found. After an error the reader skips to the next
    /// line that is not indented deeper than the list or mapping the error was in (so at worst to
    /// the next top-level key) and goes on; an entry whose value had an error is left out of the
    /// tree, so a tree returned with errors is partial. The root is `nil` only when the text is
    /// over `YAMLLimits.maximumBytes` or reading stopped at a bound (too many nodes or errors).
    /// Empty text (or only comments) gives an empty mapping located at `firstLine:1`.
    public static func parse(_ text: String, firstLine: Int) -> (YAMLNode?, [Diagnostic]) {
        let bytes = LessonBytes(Array(text.utf8))
        return parse(bytes: bytes, from: 0, to: bytes.count, firstLine: firstLine)
    }

    /// Parses the front matter in `bytes[start..<end]` (a whole file's bytes, which are shared,
    /// not copied), whose first line is line `firstLine` of the file; as `parse(_:firstLine:)`.
    static func parse(bytes: LessonBytes, from start: Int, to end: Int, firstLine: Int) -> (YAMLNode?, [Diagnostic]) {
        let location = SourceLocation(line: firstLine, column: 1)
        let size = end - start
        guard size <= YAMLLimits.maximumBytes else {
            let message = CatalogueText(.yamlFrontMatterTooLarge, ["size": String(size), "limit": String(YAMLLimits.maximumBytes)])
            return (nil, [.error(message, at: location, notes: [CatalogueText(.yamlFrontMatterTooLargeNote)])])
        }
        var reader = YAMLReader(bytes: bytes, start: start, end: end, firstLine: firstLine)
        let root = reader.readDocument()
        return (root, reader.diagnostics)
    }
}
