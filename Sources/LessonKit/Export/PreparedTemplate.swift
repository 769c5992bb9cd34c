import PointwiseCore

/// A section's template made ready for the walkthrough printer, once per lesson: literal text as
/// UTF-8 bytes, already in the output's style (`--ascii` transliterated) and with each paragraph
/// break doubled into the blank line the printed walkthrough puts between paragraphs.
struct PreparedTemplate {
    enum Piece {
        case bytes([UInt8])
        case placeholder(Placeholder)
    }

    let pieces: [Piece]
    /// False when transliterating the pieces one by one could differ from transliterating the
    /// filled text (a placeholder with no value between two non-ASCII characters that might join
    /// into one); the printer then fills and transliterates the whole text instead.
    let isSegmentwiseExact: Bool
    /// True when the text has Markdown to read (`*`, a backtick, a `- ` list item): the printer
    /// then fills the whole text and prints its words without the markers.
    let hasMarkdown: Bool

    /// Prepares `template`; the placeholders in `fixed` (the lesson-wide ones, `{height}`,
    /// `{steps}` …, whose values never change while printing) become their values' bytes here,
    /// so printing a step never looks a value up.
    init(_ template: Template, style: DecimalFormatter.Style, fixed: [Placeholder: [UInt8]] = [:]) {
        var pieces: [Piece] = []
        func append(bytes more: [UInt8]) {
            if case .bytes(let earlier) = pieces.last {
                pieces[pieces.count - 1] = .bytes(earlier + more)
            } else {
                pieces.append(.bytes(more))
            }
        }
        for segment in template.segments {
            switch segment {
            case .text(let text):
                let adapted = style == .unicode ? text : ASCIIText.transliterate(text)
                var bytes: [UInt8] = []
                for byte in adapted.utf8 {
                    bytes.append(byte)
                    if byte == UInt8(ascii: "\n") { bytes.append(byte) }
                }
                append(bytes: bytes)
            case .placeholder(let placeholder):
                if let value = fixed[placeholder] {
                    append(bytes: value)
                } else {
                    pieces.append(.placeholder(placeholder))
                }
            }
        }
        self.pieces = pieces
        self.isSegmentwiseExact = style == .unicode || Self.joinsNothing(template.segments)
        self.hasMarkdown = Self.mayHaveMarkdown(template.segments)
    }

    /// True when a literal part holds a character that may start a marker or a list item; a
    /// placeholder's value never does.
    private static func mayHaveMarkdown(_ segments: [Template.Segment]) -> Bool {
        for (index, segment) in segments.enumerated() {
            guard case .text(let text) = segment else { continue }
            if text.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "`") }) { return true }
            if text.contains("\n- ") || (index == 0 && text.hasPrefix("- ")) { return true }
        }
        return false
    }

    /// True when no run of placeholders stands between a non-ASCII last character and a
    /// non-ASCII first character (values are ASCII, so only an empty value could let two
    /// non-ASCII characters meet and form one grapheme).
    private static func joinsNothing(_ segments: [Template.Segment]) -> Bool {
        var lastTextEndsNonASCII = false
        var sawPlaceholderSinceText = false
        for segment in segments {
            switch segment {
            case .placeholder:
                sawPlaceholderSinceText = true
            case .text(let text) where !text.isEmpty:
                if sawPlaceholderSinceText, lastTextEndsNonASCII, let first = text.unicodeScalars.first, !first.isASCII {
                    return false
                }
                if let last = text.unicodeScalars.last { lastTextEndsNonASCII = !last.isASCII }
                sawPlaceholderSinceText = false
            case .text:
                break
            }
        }
        return true
    }
}
