import LessonKit

/// Helpers shared by the front-matter and diagnostics tests.
enum FrontMatterFixture {
    /// Parses YAML written as if it sat in a lesson file right after the opening `---` (line 2).
    static func parse(_ yaml: String) -> (YAMLNode?, [Diagnostic]) {
        YAMLParser.parse(yaml, firstLine: 2)
    }

    /// The parsed tree as one line of text with every node's location: `text@line:column`,
    /// `'text'` and `"text"` for quoted scalars, `[…]@l:c` and `{key@l:c: value, …}@l:c`.
    static func outline(_ yaml: String) -> String {
        let (node, diagnostics) = parse(yaml)
        guard diagnostics.isEmpty else { return "diagnostics: \(diagnostics)" }
        return node.map(outline) ?? "nil"
    }

    static func outline(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let scalar):
            return outline(scalar)
        case .sequence(let sequence):
            return "[" + sequence.items.map(outline).joined(separator: ", ") + "]@\(sequence.location)"
        case .mapping(let mapping):
            let entries = mapping.entries.map { outline($0.key) + ": " + outline($0.value) }
            return "{" + entries.joined(separator: ", ") + "}@\(mapping.location)"
        }
    }

    static func outline(_ scalar: YAMLScalar) -> String {
        let text: String
        switch scalar.style {
        case .plain: text = scalar.text
        case .singleQuoted: text = "'\(scalar.text)'"
        case .doubleQuoted: text = "\"\(scalar.text)\""
        }
        return "\(text)@\(scalar.location)"
    }

    /// The diagnostics for `yaml` rendered against the lesson file `---\n<yaml>---\n` named
    /// `lesson.md`, so line numbers are file lines.
    static func rendered(_ yaml: String) -> String {
        let (_, diagnostics) = parse(yaml)
        let file = "---\n" + yaml + "---\n"
        return DiagnosticRenderer(path: "lesson.md", source: file).render(diagnostics)
    }

    /// The example lesson front matter of the design notes.
    static let exampleLesson = """
        title: "1×1 convolution: 3 channels → 2"
        language: en            # BCP 47 tag, e.g. en, zh-TW
        input:                  # C_in channels, each an H×W matrix
          - [[1, 2, 0], [0, 1, 3], [2, 0, 1]]
          - [[0, 1, 1], [2, 0, 1], [1, 1, 0]]
          - [[3, 0, 2], [1, 2, 0], [0, 1, 2]]
        weights:                # C_out rows of C_in weights
          - [1, -1, 0]
          - [0, 2, 1]
        bias: [0, 1]            # optional, C_out values
        activation: relu        # optional: none (default) or relu

        """
}
