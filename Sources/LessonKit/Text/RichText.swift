/// Section text with its Markdown read: paragraphs and list items made of styled spans.
///
/// Lesson sections are Markdown, as far as a terminal can show it: `**bold**`, `*emphasis*` and
/// `` `code` `` inside a paragraph, `- ` list items, and blank lines between paragraphs (which the
/// body parser has already turned into `\n`). Everything else stays literal, character for
/// character, so text written for another Markdown renderer never loses a word here; the exact
/// rules are in Lessons/README.md ("Markdown in sections").
public struct RichText: Hashable, Sendable {
    /// How a span is set off: the screen draws each with an attribute that needs no colour.
    public struct Marks: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// `**bold**`.
        public static let strong = Marks(rawValue: 1)
        /// `*emphasis*`.
        public static let emphasis = Marks(rawValue: 2)
        /// `` `code` ``.
        public static let code = Marks(rawValue: 4)
    }

    /// Text in one set of marks.
    public struct Span: Hashable, Sendable {
        public var text: String
        public var marks: Marks

        public init(_ text: String, _ marks: Marks = []) {
            self.text = text
            self.marks = marks
        }
    }

    /// A paragraph, or one `- ` list item (its spans without the `- `).
    public struct Block: Hashable, Sendable {
        public var isListItem: Bool
        public var spans: [Span]

        public init(isListItem: Bool = false, spans: [Span]) {
            self.isListItem = isListItem
            self.spans = spans
        }

        /// The block's words without any marker (and without a list item's `- `).
        public var plain: String { spans.count == 1 ? spans[0].text : spans.reduce(into: "") { $0 += $1.text } }

        /// True when some span is set off, so the block needs more than one style to draw.
        public var hasMarks: Bool { spans.contains { !$0.marks.isEmpty } }
    }

    public var blocks: [Block]

    public init(blocks: [Block]) {
        self.blocks = blocks
    }

    /// Reads filled section text: blocks separated by `\n`; one that starts with `- ` is a list
    /// item; markers inside each block are read by `InlineMarkdown`.
    public init(markdown text: String) {
        // Split by bytes: a newline is never part of a larger character here, and splitting by
        // `Character` would run grapheme breaking over the whole text every frame.
        let space = UInt8(ascii: " ")
        blocks = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { bytes in
            let line = Substring(bytes)
            if bytes.starts(with: [UInt8(ascii: "-"), space]), let first = bytes.dropFirst(2).firstIndex(where: { $0 != space }) {
                return Block(isListItem: true, spans: InlineMarkdown.spans(of: Substring(bytes[first...])))
            }
            return Block(spans: InlineMarkdown.spans(of: line))
        }
    }

    /// A paragraph added as it is, markers and all (a data file's name is not Markdown).
    public mutating func appendLiteral(_ paragraph: String) {
        blocks.append(Block(spans: [Span(paragraph)]))
    }

    /// The same text with `transform` applied to every span's words (`--ascii` transliteration).
    public func mapText(_ transform: (String) -> String) -> RichText {
        RichText(
            blocks: blocks.map { block in
                Block(isListItem: block.isListItem, spans: block.spans.map { Span(transform($0.text), $0.marks) })
            })
    }

    /// The text without markers, blocks separated by `\n`, list items written `- item`.
    public var plain: String {
        blocks.map { ($0.isListItem ? "- " : "") + $0.plain }.joined(separator: "\n")
    }

    /// The text without markers as the walkthrough prints it: a blank line between blocks, but
    /// none between two list items, so a list reads as a list.
    public var printed: String {
        var text = ""
        for (index, block) in blocks.enumerated() {
            if index > 0 { text += block.isListItem && blocks[index - 1].isListItem ? "\n" : "\n\n" }
            text += (block.isListItem ? "- " : "") + block.plain
        }
        return text
    }
}
