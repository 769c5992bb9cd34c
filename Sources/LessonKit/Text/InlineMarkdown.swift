/// Reads the inline markers of one paragraph: `**bold**`, `*emphasis*` and `` `code` ``.
///
/// The rules, kept small so a teacher can predict them (Lessons/README.md says the same):
/// - A code span runs from a backtick to the next backtick; inside it every character is
///   literal, `*` included. A backtick with no partner, or two with nothing between, is literal.
/// - A run of one `*` is emphasis, two bold, three both; a run of four or more is literal. A run
///   opens when the character after it is not a space, and closes when the one before it is not
///   a space (nor the ideographic space), so `2 * 3` stays as written.
/// - Markers nest (`**a *b* c**`), but a kind does not nest inside itself; a closer whose opener
///   is not the innermost open one closes its opener and leaves the ones inside it literal.
/// - Anything without its partner stays literal.
///
/// One pass with a stack of at most two openers, so hostile text (ten thousand `*`) costs what
/// plain text does.
enum InlineMarkdown {
    /// The paragraph's spans, markers removed where they pair, adjacent spans of equal marks joined.
    static func spans(of paragraph: Substring) -> [RichText.Span] {
        // Text without a marker character is one plain span: the common case, decided in one scan.
        guard paragraph.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "`") }) else {
            return [RichText.Span(String(paragraph))]
        }
        let characters = Array(paragraph)
        var tokens = tokens(of: characters)
        pair(&tokens, characters)
        return emit(tokens, characters)
    }

    private enum Kind {
        case strong, emphasis

        var stars: Int { self == .strong ? 2 : 1 }
        var marks: RichText.Marks { self == .strong ? .strong : .emphasis }
    }

    /// A piece of the paragraph: literal characters, a code span's inside, or a run of `*`.
    private struct Token {
        enum Role { case literal, code, stars }
        var role: Role
        var range: Range<Int>
        /// For a run of stars: the kinds it closes (innermost first) and opens (outermost first).
        var closes: [Kind] = []
        var opens: [Kind] = []
        /// Stars of the run shown as written.
        var literalStars = 0
    }

    /// Code spans first (they bind tightest), then runs of `*` in the text between them.
    private static func tokens(of characters: [Character]) -> [Token] {
        var tokens: [Token] = []
        var literalStart = 0
        var index = 0
        func addText(_ range: Range<Int>) {
            var start = range.lowerBound
            var position = start
            while position < range.upperBound {
                guard characters[position] == "*" else {
                    position += 1
                    continue
                }
                if start < position { tokens.append(Token(role: .literal, range: start..<position)) }
                var end = position
                while end < range.upperBound, characters[end] == "*" { end += 1 }
                tokens.append(Token(role: .stars, range: position..<end))
                position = end
                start = end
            }
            if start < range.upperBound { tokens.append(Token(role: .literal, range: start..<range.upperBound)) }
        }
        while index < characters.count {
            guard characters[index] == "`" else {
                index += 1
                continue
            }
            guard let close = characters[(index + 1)...].firstIndex(of: "`") else { break }
            if close == index + 1 {
                index = close + 1  // `` with nothing inside: both literal
                continue
            }
            addText(literalStart..<index)
            tokens.append(Token(role: .code, range: (index + 1)..<close))
            index = close + 1
            literalStart = index
        }
        addText(literalStart..<characters.count)
        return tokens
    }

    /// Decides which runs of stars open and close what; every other star stays literal.
    private static func pair(_ tokens: inout [Token], _ characters: [Character]) {
        // The open markers, innermost last: the token that opened each and its kind.
        var stack: [(token: Int, kind: Kind)] = []
        func isSpace(_ position: Int) -> Bool {
            position < 0 || position >= characters.count || characters[position] == " " || characters[position] == "\u{3000}"
        }
        /// An opener that will never close: its stars are shown as written.
        func abandon(_ opener: (token: Int, kind: Kind)) {
            tokens[opener.token].opens.removeAll { $0 == opener.kind }
            tokens[opener.token].literalStars += opener.kind.stars
        }
        for index in tokens.indices where tokens[index].role == .stars {
            let range = tokens[index].range
            var stars = range.count
            guard stars <= 3 else {
                tokens[index].literalStars = stars
                continue
            }
            if !isSpace(range.lowerBound - 1) {
                if stars == 3 {
                    while let top = stack.last, stars >= top.kind.stars {
                        stack.removeLast()
                        tokens[index].closes.append(top.kind)
                        stars -= top.kind.stars
                    }
                } else {
                    let kind: Kind = stars == 2 ? .strong : .emphasis
                    if let depth = stack.lastIndex(where: { $0.kind == kind }) {
                        for inner in stack[(depth + 1)...] { abandon(inner) }
                        stack.removeSubrange(depth...)
                        tokens[index].closes.append(kind)
                        stars = 0
                    }
                }
            }
            if stars > 0, !isSpace(range.upperBound) {
                let strong = stars >= 2
                let emphasis = stars != 2
                let taken = stack.contains { ($0.kind == .strong && strong) || ($0.kind == .emphasis && emphasis) }
                if !taken {
                    if strong { tokens[index].opens.append(.strong) }
                    if emphasis { tokens[index].opens.append(.emphasis) }
                    for kind in tokens[index].opens { stack.append((index, kind)) }
                    stars = 0
                }
            }
            tokens[index].literalStars = stars
        }
        for opener in stack { abandon(opener) }
    }

    /// The spans, each character in the marks open around it.
    private static func emit(_ tokens: [Token], _ characters: [Character]) -> [RichText.Span] {
        var spans: [RichText.Span] = []
        var marks: RichText.Marks = []
        // The span being built, kept apart from the array so appending never copies it.
        var text = ""
        var textMarks: RichText.Marks = []
        func add(_ characters: some Sequence<Character>, _ spanMarks: RichText.Marks) {
            if spanMarks != textMarks {
                if !text.isEmpty { spans.append(RichText.Span(text, textMarks)) }
                text = ""
                textMarks = spanMarks
            }
            text.append(contentsOf: characters)
        }
        for token in tokens {
            switch token.role {
            case .literal: add(characters[token.range], marks)
            case .code: add(characters[token.range], marks.union(.code))
            case .stars:
                for kind in token.closes { marks.remove(kind.marks) }
                add(repeatElement("*", count: token.literalStars), marks)
                for kind in token.opens { marks.insert(kind.marks) }
            }
        }
        if !text.isEmpty || spans.isEmpty { spans.append(RichText.Span(text, textMarks)) }
        return spans
    }
}
