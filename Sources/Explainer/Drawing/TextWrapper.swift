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

    /// One paragraph (no `\n` in it) in lines of at most `width` columns.
    static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
        var lines = PlainLines()
        layout(paragraph, width: width, into: &lines)
        return lines.lines
    }

    /// Lays the paragraph out in lines of at most `width` columns, handing each piece of a line
    /// to `sink` with its place in the paragraph, so a styled caller can give it its styles back.
    static func layout<Sink: LineSink>(_ paragraph: String, width: Int, into sink: inout Sink) {
        var lineWidth = 0
        var lineIsEmpty = true
        for token in tokens(of: paragraph) {
            let tokenWidth = token.columns
            let separator = token.spaceBefore && !lineIsEmpty ? 1 : 0
            if lineWidth + separator + tokenWidth <= width {
                sink.add(token.text, start: token.start, spaceBefore: separator == 1)
                lineWidth += separator + tokenWidth
                lineIsEmpty = false
                continue
            }
            if !lineIsEmpty {
                sink.endLine()
                lineWidth = 0
                lineIsEmpty = true
            }
            // A token wider than the whole line is cut into pieces that fit, in one pass over its
            // characters: re-measuring the rest after every piece made a long word quadratic.
            let characters = Array(token.text)
            var pieceStart = 0
            var index = 0
            var pieceWidth = 0
            while index < characters.count {
                let columns = TextWidth.shownColumns(of: characters[index])
                // A character wider than the whole line cannot be shown: stop there.
                if columns > width {
                    if index > pieceStart {
                        sink.add(String(characters[pieceStart..<index]), start: token.start + pieceStart, spaceBefore: false)
                        sink.endLine()
                    }
                    return
                }
                if pieceWidth + columns <= width {
                    pieceWidth += columns
                    index += 1
                    continue
                }
                // Closing punctuation never starts a line, not even inside a cut token (a
                // coordinate `(1, 2)，` on a narrow screen): cut earlier until it does not.
                var cut = index
                while cut - pieceStart > 1, isClosingPunctuation(characters[cut]) { cut -= 1 }
                sink.add(String(characters[pieceStart..<cut]), start: token.start + pieceStart, spaceBefore: false)
                sink.endLine()
                pieceStart = cut
                pieceWidth = characters[pieceStart..<index].reduce(0) { $0 + TextWidth.shownColumns(of: $1) }
            }
            if pieceStart < characters.count {
                sink.add(String(characters[pieceStart...]), start: token.start + pieceStart, spaceBefore: false)
                lineIsEmpty = false
            }
            lineWidth = pieceWidth
        }
        if !lineIsEmpty || !sink.hasLines { sink.endLine() }
    }

    /// A piece that must stay on one line, and whether a space separated it from the previous one.
    private struct Token {
        var text: String
        var spaceBefore: Bool
        /// The offset of its first character in the paragraph.
        var start: Int
        /// Columns the text takes as shown, summed while the token was read (measuring it again
        /// would find every character's boundaries a second time).
        var columns: Int
    }

    /// Words separated by spaces; each CJK character is its own token, with closing punctuation
    /// glued to the token before it and opening punctuation to the token after it.
    ///
    /// Characters are told apart by their bytes and scalars, never by comparing them with `==`:
    /// comparing two characters normalises both, and on text of decomposed accents that
    /// comparison was most of a frame.
    private static func tokens(of paragraph: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var currentColumns = 0
        var currentStart = 0
        var spaceBefore = false
        var glueNext = false
        // Whether the last character of `current` is a wide one (`current.last` would find
        // the last character's start by grapheme breaking backwards, for every character).
        var currentEndsWide = false
        var offset = -1
        func flush() {
            guard !current.isEmpty else { return }
            tokens.append(Token(text: current, spaceBefore: spaceBefore, start: currentStart, columns: currentColumns))
            current = ""
            currentColumns = 0
            currentEndsWide = false
            currentStart = offset  // the character being read starts the next token
            spaceBefore = false
        }
        for character in paragraph {
            offset += 1
            if current.isEmpty { currentStart = offset }
            if isSpace(character) {
                // A coordinate such as `(1, 2)` is one token: never split across lines.
                if isOpenCoordinate(current) {
                    current.append(character)
                    currentColumns += 1
                    currentEndsWide = false
                    continue
                }
                flush()
                spaceBefore = true
                glueNext = false
                continue
            }
            // Printable ASCII, most of a lesson's text, is told apart on its one byte: one
            // column, never wide, never CJK or opening punctuation.
            let utf8 = character.utf8
            if utf8.count == 1, let byte = utf8.first, byte > 0x20, byte < 0x7F {
                if Self.closingASCII.contains(byte) {
                    if current.isEmpty, !spaceBefore, var last = tokens.popLast() {
                        last.text.append(character)
                        last.columns += 1
                        tokens.append(last)
                    } else {
                        current.append(character)
                        currentColumns += 1
                        currentEndsWide = false
                    }
                    continue
                }
                if glueNext == false, currentEndsWide { flush() }
                glueNext = false
                current.append(character)
                currentColumns += 1
                currentEndsWide = false
                continue
            }
            let isWide = TextWidth.columns(of: character) == 2
            let shown = TextWidth.shownColumns(of: character)
            if isClosingPunctuation(character) {
                if current.isEmpty, !spaceBefore, var last = tokens.popLast() {
                    last.text.append(character)
                    last.columns += shown
                    tokens.append(last)
                } else {
                    current.append(character)
                    currentColumns += shown
                    currentEndsWide = isWide
                }
                continue
            }
            if isWide || isBreakableCJK(character) {
                if !glueNext { flush() }
                current.append(character)
                currentColumns += shown
                currentEndsWide = isWide
                glueNext = isOpeningPunctuation(character)
                if !glueNext { flush() }
                continue
            }
            // A Latin character right after a CJK token starts a new token without a space.
            if glueNext == false, currentEndsWide { flush() }
            glueNext = false
            current.append(character)
            currentColumns += shown
            currentEndsWide = false
        }
        flush()
        return tokens
    }

    /// True for the space character, judged on its byte.
    private static func isSpace(_ character: Character) -> Bool {
        let utf8 = character.utf8
        return utf8.count == 1 && utf8.first == UInt8(ascii: " ")
    }

    /// True for the start of a coordinate up to a comma: `(1,` or `out2(3, 12,`.
    ///
    /// A coordinate is ASCII, so its bytes are enough: digits, commas and spaces after the last
    /// `(`, at least one of them before the final comma.
    private static func isOpenCoordinate(_ token: String) -> Bool {
        let bytes = token.utf8
        guard bytes.last == UInt8(ascii: ","), let open = bytes.lastIndex(of: UInt8(ascii: "(")) else { return false }
        let inside = bytes[bytes.index(after: open)...].dropLast()
        return !inside.isEmpty
            && inside.allSatisfy {
                $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: " ") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
            }
    }

    private static func isBreakableCJK(_ character: Character) -> Bool {
        guard let value = character.unicodeScalars.first?.value else { return false }
        return (0x3000...0x303F).contains(value) || (0xFF00...0xFFEF).contains(value)
    }

    /// Punctuation that never starts a line; a set of scalars, since a search of a `String` by
    /// `Character` compares whole grapheme clusters and was a quarter of a frame's instructions.
    private static let closingPunctuation: Set<Unicode.Scalar> = Set("，。、：；！？）」』】〉》,.;:!?)]}%".unicodeScalars)
    /// The ASCII bytes of `closingPunctuation`, for the one-byte path of `tokens(of:)`.
    private static let closingASCII: [UInt8] = Array(",.;:!?)]}%".utf8)
    /// Punctuation that never ends a line.
    private static let openingPunctuation: Set<Unicode.Scalar> = Set("（「『【〈《".unicodeScalars)

    private static func isClosingPunctuation(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1 && character.unicodeScalars.first.map(closingPunctuation.contains) == true
    }

    private static func isOpeningPunctuation(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1 && character.unicodeScalars.first.map(openingPunctuation.contains) == true
    }
}

/// Where `TextWrapper.layout` puts the lines it makes: plain strings, or styled runs.
protocol LineSink {
    /// Adds a piece to the current line: `start` is its first character's offset in the
    /// paragraph; `spaceBefore` asks for one space between it and the piece before.
    mutating func add(_ piece: String, start: Int, spaceBefore: Bool)
    /// Ends the current line (an empty one too).
    mutating func endLine()
    /// True once a line has been ended.
    var hasLines: Bool { get }
}

/// Lines as plain strings.
private struct PlainLines: LineSink {
    var lines: [String] = []
    var line = ""

    mutating func add(_ piece: String, start: Int, spaceBefore: Bool) {
        if spaceBefore { line += " " }
        line += piece
    }

    mutating func endLine() {
        lines.append(line)
        line = ""
    }

    var hasLines: Bool { !lines.isEmpty }
}
