import PointwiseCore

/// Writes a lesson with new numbers back into its own text, for "save a copy" in the explainer.
///
/// Only the front matter keys whose numbers changed (`input`, `weights`) are rewritten, each as
/// one `- [...]` line per channel or kernel in the documented YAML subset; every other line —
/// the title, comments, other keys, the closing `---` and the whole body — is kept byte for byte,
/// so a teacher's text survives an edit made by a learner. Comment and blank lines just before
/// the next key stay with that key. The result is read back before it is returned: a copy that
/// would not read as the same numbers is never offered for saving.
public enum LessonWriter {
    /// Why a lesson's text could not be rewritten.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The original text is not a lesson (it should have been, since it was on screen).
        case unreadable
        /// A key to rewrite is not a top-level `key:` line of its own (e.g. a flow mapping).
        case keyNotOnItsOwnLine(String)
        /// The rewritten text did not read back to the same numbers.
        case roundTripMismatch
        /// The numbers to write out (`values` of them, under `key`) would make a lesson past the
        /// front matter's limits, so no file could hold them; found before any text is built.
        case tooLarge(key: String, values: Int)

        /// Why, in the catalogue's words.
        public var text: CatalogueText {
            switch self {
            case .unreadable: CatalogueText(.writerUnreadable)
            case .keyNotOnItsOwnLine(let key): CatalogueText(.writerKeyNotOnItsOwnLine, ["key": key])
            case .roundTripMismatch: CatalogueText(.writerRoundTrip)
            case .tooLarge(let key, let values):
                CatalogueText(
                    .writerTooLarge,
                    ["key": key, "values": GroupedDigits.format(values), "limit": GroupedDigits.format(LessonWriter.maximumWrittenValues)])
            }
        }

        public var description: String { text.text(.english) }
    }

    /// The most numbers a rewrite writes out: each is a node of the front matter, and lists of
    /// rows and channels need nodes too, so past about half of `YAMLLimits.maximumNodes` the
    /// saved file could not be read back (nor, at a few bytes each, fit `YAMLLimits.maximumBytes`).
    public static let maximumWrittenValues = min(YAMLLimits.maximumNodes / 2, YAMLLimits.maximumBytes / 4)

    /// The lesson's text with `input` and `weights` replaced where they differ from the text's own.
    public static func rewrite(source text: String, input: Tensor, weights: Tensor) -> Result<String, Failure> {
        let (split, _) = LessonSourceSplitter.split(text)
        guard let split else { return .failure(.unreadable) }
        let original = LessonReader.read(text: text).lesson
        let (root, _) = YAMLParser.parse(split.frontMatter, firstLine: split.frontMatterFirstLine)
        guard let mapping = root?.mapping else { return .failure(.unreadable) }

        var lines = Lines(split.text)
        // The closing `---` is the line after the front matter's last line.
        let closingLine = split.bodyFirstLine - 1
        let keyLines = mapping.entries.map(\.key.location.line)
        var replacements: [(key: String, tensorText: [String])] = []
        let inputChanged = original?.convolution.input != input
        let weightsChanged = original?.convolution.kernels.weights != weights
        // Refuse before building any text: a generated tensor of millions of values written out
        // would take gigabytes and seconds, and then be refused by the reader anyway.
        let written = (inputChanged ? input.count : 0) + (weightsChanged ? weights.count : 0)
        if written > maximumWrittenValues {
            let key = inputChanged && input.count >= (weightsChanged ? weights.count : 0) ? "input" : "weights"
            return .failure(.tooLarge(key: key, values: written))
        }
        if inputChanged { replacements.append(("input", inputLines(input))) }
        if weightsChanged { replacements.append(("weights", weightLines(weights))) }

        // Replace from the bottom up so earlier line numbers stay valid.
        let ordered = replacements.compactMap { replacement in
            mapping.entry(forKey: replacement.key).map { (entry: $0, lines: replacement.tensorText) }
        }.sorted { $0.entry.key.location.line > $1.entry.key.location.line }
        guard ordered.count == replacements.count else { return .failure(.unreadable) }
        for (entry, newLines) in ordered {
            let start = entry.key.location.line
            guard entry.key.location.column == 1, keyLines.filter({ $0 == start }).count == 1 else {
                return .failure(.keyNotOnItsOwnLine(entry.key.text))
            }
            var end = keyLines.filter { $0 > start }.min() ?? closingLine
            // Blank and comment lines before the next key belong to it.
            while end - 1 > start, lines.isBlankOrComment(line: end - 1) { end -= 1 }
            lines.replace(lines: start..<end, with: ["\(entry.key.text):"] + newLines.map { "  - " + $0 })
        }
        let result = lines.joined
        guard let reread = LessonReader.read(text: result).lesson,
            reread.convolution.input == input, reread.convolution.kernels.weights == weights
        else {
            return .failure(.roundTripMismatch)
        }
        return .success(result)
    }

    /// `[[1, 2], [3, 4]]` per channel.
    static func inputLines(_ tensor: Tensor) -> [String] {
        (0..<tensor.channels).map { channel in
            "["
                + (0..<tensor.height).map { row in
                    "["
                        + (0..<tensor.width).map { DecimalFormatter.plain(tensor.value(channel: channel, row: row, column: $0)) }
                        .joined(separator: ", ") + "]"
                }.joined(separator: ", ") + "]"
        }
    }

    /// `[0.5, -1]` per kernel.
    static func weightLines(_ weights: Tensor) -> [String] {
        (0..<weights.height).map { kernel in
            "["
                + (0..<weights.width).map { DecimalFormatter.plain(weights.value(channel: 0, row: kernel, column: $0)) }
                .joined(separator: ", ") + "]"
        }
    }
}

/// A text as numbered lines that keep their own line breaks, so untouched lines stay byte for byte.
private struct Lines {
    /// Each line with its `\n` or `\r\n` (the last may have none).
    var lines: [Substring]
    /// The break new lines get: the text's first one.
    let lineBreak: String

    init(_ text: String) {
        var lines: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == "\n" || text[index] == "\r\n" {
                lines.append(text[start..<next])
                start = next
            }
            index = next
        }
        if start < text.endIndex { lines.append(text[start...]) }
        self.lines = lines
        self.lineBreak = lines.first.map { $0.hasSuffix("\r\n") ? "\r\n" : "\n" } ?? "\n"
    }

    /// True when a 1-based line is empty, spaces, or a `#` comment.
    func isBlankOrComment(line: Int) -> Bool {
        guard lines.indices.contains(line - 1) else { return false }
        let content = lines[line - 1].drop { $0 == " " }
        return content.isEmpty || content.first == "#" || content.first == "\n" || content.first == "\r\n"
    }

    /// Replaces 1-based lines `range` with new lines.
    mutating func replace(lines range: Range<Int>, with newLines: [String]) {
        let lower = max(0, range.lowerBound - 1)
        let upper = min(lines.count, max(lower, range.upperBound - 1))
        lines.replaceSubrange(lower..<upper, with: newLines.map { Substring($0 + lineBreak) })
    }

    var joined: String { lines.joined() }
}
