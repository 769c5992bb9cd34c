import PointwiseCore

/// Breaks text into lines that fit a number of terminal columns, for English and Chinese alike.
///
/// Latin text breaks at spaces; Chinese text, which has no spaces, may break between any two
/// characters, except that closing punctuation (`，。、）」` …) never starts a line. A word longer
/// than the line is cut (a wide character is never split); a coordinate `(1, 2)` is kept on one
/// line. Paragraphs are separated by `\n`.
public enum TextWrapper {
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !lines.isEmpty { lines.append("") }
            lines += wrapParagraph(String(paragraph), width: width)
        }
        return lines
    }

    private static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for token in tokens(of: paragraph) {
            let tokenWidth = TextWidth.columns(of: token.text)
            let separator = token.spaceBefore && !line.isEmpty ? 1 : 0
            if lineWidth + separator + tokenWidth <= width {
                if separator == 1 { line += " " }
                line += token.text
                lineWidth += separator + tokenWidth
                continue
            }
            if !line.isEmpty {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            // A token wider than the whole line is cut into pieces that fit.
            var rest = token.text
            while TextWidth.columns(of: rest) > width {
                var piece = TextWidth.prefix(of: rest, fitting: width)
                // Closing punctuation never starts a line, not even inside a cut token (a
                // coordinate `(1, 2)，` on a narrow screen): cut earlier until it does not.
                while piece.count > 1, let next = rest.dropFirst(piece.count).first, isClosingPunctuation(next) {
                    piece = String(piece.dropLast())
                }
                guard !piece.isEmpty else { return lines }
                lines.append(piece)
                rest = String(rest.dropFirst(piece.count))
            }
            line = rest
            lineWidth = TextWidth.columns(of: rest)
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// A piece that must stay on one line, and whether a space separated it from the previous one.
    private struct Token {
        var text: String
        var spaceBefore: Bool
    }

    /// Words separated by spaces; each CJK character is its own token, with closing punctuation
    /// glued to the token before it and opening punctuation to the token after it.
    private static func tokens(of paragraph: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var spaceBefore = false
        var glueNext = false
        func flush() {
            guard !current.isEmpty else { return }
            tokens.append(Token(text: current, spaceBefore: spaceBefore))
            current = ""
            spaceBefore = false
        }
        for character in paragraph {
            if character == " " {
                // A coordinate such as `(1, 2)` is one token: never split across lines.
                if isOpenCoordinate(current) {
                    current.append(character)
                    continue
                }
                flush()
                spaceBefore = true
                glueNext = false
                continue
            }
            if isClosingPunctuation(character) {
                if current.isEmpty, !spaceBefore, var last = tokens.popLast() {
                    last.text.append(character)
                    tokens.append(last)
                } else {
                    current.append(character)
                }
                continue
            }
            if TextWidth.columns(of: character) == 2 || isBreakableCJK(character) {
                if !glueNext { flush() }
                current.append(character)
                glueNext = isOpeningPunctuation(character)
                if !glueNext { flush() }
                continue
            }
            // A Latin character right after a CJK token starts a new token without a space.
            if glueNext == false, let last = current.last, TextWidth.columns(of: last) == 2 { flush() }
            glueNext = false
            current.append(character)
        }
        flush()
        return tokens
    }

    /// True for the start of a coordinate up to a comma: `(1,` or `out2(3, 12,`.
    private static func isOpenCoordinate(_ token: String) -> Bool {
        guard token.last == ",", let open = token.lastIndex(of: "(") else { return false }
        let inside = token[token.index(after: open)...].dropLast()
        return !inside.isEmpty && inside.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "," || $0 == " ") }
    }

    private static func isBreakableCJK(_ character: Character) -> Bool {
        guard let value = character.unicodeScalars.first?.value else { return false }
        return (0x3000...0x303F).contains(value) || (0xFF00...0xFFEF).contains(value)
    }

    /// Punctuation that never starts a line; a set of scalars, since a search of a `String` by
    /// `Character` compares whole grapheme clusters and was a quarter of a frame's instructions.
    private static let closingPunctuation: Set<Unicode.Scalar> = Set("，。、：；！？）」』】〉》,.;:!?)]}%".unicodeScalars)
    /// Punctuation that never ends a line.
    private static let openingPunctuation: Set<Unicode.Scalar> = Set("（「『【〈《".unicodeScalars)

    private static func isClosingPunctuation(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1 && character.unicodeScalars.first.map(closingPunctuation.contains) == true
    }

    private static func isOpeningPunctuation(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1 && character.unicodeScalars.first.map(openingPunctuation.contains) == true
    }
}
