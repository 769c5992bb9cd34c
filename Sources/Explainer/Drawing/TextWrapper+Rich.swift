import LessonKit
import PointwiseCore

extension TextWrapper {
    /// A lesson's text as styled lines that fit `width` columns: bold, emphasis and code keep
    /// their styles on every line a phrase wraps onto, and a list item's later lines hang two
    /// columns in, under its words rather than its `- `.
    ///
    /// Blocks are separated by a blank line, except two list items in a row, so a list reads as
    /// one. Widths are those of the words shown: the markers were removed before.
    ///
    /// Wrapping is remembered per text and width (`WrapMemo`): a frame asks for the same text
    /// at the same width again and again.
    static func wrap(_ text: RichText, width: Int) -> [[Run]] {
        guard width > 0 else { return [] }
        return WrapMemo.shared.lines(for: text, width: width) { wrapUnremembered(text, width: width) }
    }

    /// `wrap` without the memo: the lines worked out afresh.
    static func wrapUnremembered(_ text: RichText, width: Int) -> [[Run]] {
        var lines: [[Run]] = []
        for (index, block) in text.blocks.enumerated() {
            if index > 0, !(block.isListItem && text.blocks[index - 1].isListItem) { lines.append([]) }
            let indent = block.isListItem && width > 2 ? 2 : 0
            let body = wrapBlock(block, width: width - indent)
            guard indent > 0 else {
                lines += body
                continue
            }
            for (row, line) in body.enumerated() { lines.append([Run(row == 0 ? "- " : "  ")] + line) }
        }
        return lines
    }

    /// One block's lines, without a list item's mark.
    private static func wrapBlock(_ block: RichText.Block, width: Int) -> [[Run]] {
        guard block.hasMarks else {
            // The common case: one style, wrapped as plain text.
            return wrapParagraph(block.plain, width: width).map { $0.isEmpty ? [] : [Run($0)] }
        }
        var styles: [CellStyle] = []
        for span in block.spans {
            let style = Styles.marked(span.marks)
            for _ in span.text { styles.append(style) }
        }
        var lines = StyledLines(styles: styles)
        layout(block.plain, width: width, into: &lines)
        return lines.lines
    }
}

/// Lines as runs, each character in the style of its place in the paragraph.
private struct StyledLines: LineSink {
    /// The style of every character of the paragraph, in order.
    let styles: [CellStyle]
    var lines: [[Run]] = []
    var line: [Run] = []
    var text = ""
    var style = CellStyle.plain

    init(styles: [CellStyle]) {
        self.styles = styles
    }

    mutating func add(_ piece: String, start: Int, spaceBefore: Bool) {
        // The space stands for the one before the piece in the paragraph, and takes its style,
        // so an underlined phrase stays underlined between its words.
        if spaceBefore { append(" ", at: start - 1) }
        var offset = start
        for character in piece {
            append(character, at: offset)
            offset += 1
        }
    }

    private mutating func append(_ character: Character, at offset: Int) {
        // Offsets past the end only when two spans' characters joined into one (a combining
        // mark right after a marker): the rest of the paragraph then takes its last style.
        let characterStyle = styles.indices.contains(offset) ? styles[offset] : (styles.last ?? .plain)
        if characterStyle != style, !text.isEmpty {
            line.append(Run(text, style))
            text = ""
        }
        style = characterStyle
        text.append(character)
    }

    mutating func endLine() {
        if !text.isEmpty { line.append(Run(text, style)) }
        lines.append(line)
        line = []
        text = ""
    }

    var hasLines: Bool { !lines.isEmpty }
}
