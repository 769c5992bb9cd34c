import LessonKit
import Testing

@Suite("Refusing what the YAML subset does not support, with located diagnostics")
struct YAMLRejectionTests {
    /// Each case: what it shows, the front matter (starting at file line 2), and the exact
    /// rendered diagnostics against the file `---\n<front matter>---\n`.
    static let goldens: [(String, String, String)] = [
        (
            "tabs used for indentation",
            "a:\n\tb: 1\nc: 2\n",
            """
            lesson.md:3:1: error: a tab is used for indentation; indent with spaces
                 b: 1
                ^
            note: YAML does not allow tabs in indentation; this line was skipped
            """
        ),
        (
            "an anchor",
            "a: &x 1\n",
            """
            lesson.md:2:4: error: anchors ('&name') are not supported
                a: &x 1
                   ^
            note: remove the anchor and write the value out in full
            """
        ),
        (
            "an alias",
            "a: *x\n",
            """
            lesson.md:2:4: error: aliases ('*name') are not supported; write the values out
                a: *x
                   ^
            note: repeat the value itself wherever it is used
            """
        ),
        (
            "a tag",
            "a: !int 1\n",
            """
            lesson.md:2:4: error: tags ('!name') are not supported; remove the tag
                a: !int 1
                   ^
            note: the lesson format decides each value's type
            """
        ),
        (
            "a literal block scalar",
            "a: |\n  text\n",
            """
            lesson.md:2:4: error: block scalars ('|' and '>') are not supported
                a: |
                   ^
            note: write the text on one line in double quotes, with \\n for line breaks, or put long text in the lesson body
            """
        ),
        (
            "a folded block scalar",
            "a: >\n  text\n",
            """
            lesson.md:2:4: error: block scalars ('|' and '>') are not supported
                a: >
                   ^
            note: write the text on one line in double quotes, with \\n for line breaks, or put long text in the lesson body
            """
        ),
        (
            "a directive",
            "%YAML 1.2\na: 1\n",
            """
            lesson.md:2:1: error: directives ('%YAML', '%TAG') are not supported; remove this line
                %YAML 1.2
                ^
            """
        ),
        (
            "a second document",
            "a: 1\n---\nb: 2\n",
            """
            lesson.md:3:1: error: a second document is not supported; the front matter ends at its closing '---' line
                ---
                ^
            note: remove this line; everything after it was ignored
            """
        ),
        (
            "a document end marker",
            "a: 1\n...\nb: 2\n",
            """
            lesson.md:3:1: error: a second document is not supported; the front matter ends at its closing '---' line
                ...
                ^
            note: remove this line; everything after it was ignored
            """
        ),
        (
            "a duplicate key",
            "title: x\ninput: 1\nb: 2\ninput: 3\n",
            """
            lesson.md:5:1: error: duplicate key 'input'; first defined at line 3
                input: 3
                ^
            note: each key may appear once in a mapping; this one was ignored
            """
        ),
        (
            "a duplicate key in a flow mapping",
            "f: {a: 1, a: 2}\n",
            """
            lesson.md:2:11: error: duplicate key 'a'; first defined at line 2
                f: {a: 1, a: 2}
                          ^
            note: each key may appear once in a mapping; this one was ignored
            """
        ),
        (
            "a value continued on a deeper line",
            "a: 1\n  b: 2\nc: 3\n",
            """
            lesson.md:3:3: error: this line is indented more than the entries of its mapping or list
                  b: 2
                  ^
            note: only a key with nothing after its ':', or a '-' with nothing after it, has indented lines below it
            note: a value cannot continue on the next line: keep it on one line, or quote it
            """
        ),
        (
            "a key indented between two levels",
            "a:\n    b: 1\n  c: 2\n",
            """
            lesson.md:4:3: error: this line is indented more than the entries of its mapping or list
                  c: 2
                  ^
            note: only a key with nothing after its ':', or a '-' with nothing after it, has indented lines below it
            note: a value cannot continue on the next line: keep it on one line, or quote it
            """
        ),
        (
            "an item indented deeper than its list",
            "a:\n  - 1\n   - 2\n",
            """
            lesson.md:4:4: error: this line is indented more than the entries of its mapping or list
                   - 2
                   ^
            note: only a key with nothing after its ':', or a '-' with nothing after it, has indented lines below it
            note: a value cannot continue on the next line: keep it on one line, or quote it
            """
        ),
        (
            "an unterminated double quote",
            "a: \"abc\nb: 1\n",
            """
            lesson.md:2:4: error: this double-quoted value is not closed on its line
                a: "abc
                   ^
            note: quoted values end on the line they start; write \\n for a line break and \\" for a quote
            """
        ),
        (
            "an unterminated single quote",
            "a: \'abc\n",
            """
            lesson.md:2:4: error: this single-quoted value is not closed on its line
                a: 'abc
                   ^
            note: quoted values end on the line they start; to put a ' inside, write it twice: 'it''s'
            """
        ),
        (
            "an unterminated list",
            "a: [1, 2\nb: 3\n",
            """
            lesson.md:2:4: error: this list is never closed; add ']'
                a: [1, 2
                   ^
            note: a list may span lines, but its lines must be indented more than its key
            """
        ),
        (
            "an unterminated nested list",
            "a: [1, [2, 3]\n",
            """
            lesson.md:2:4: error: this list is never closed; add ']'
                a: [1, [2, 3]
                   ^
            note: a list may span lines, but its lines must be indented more than its key
            """
        ),
        (
            "an unterminated flow mapping",
            "a: {x: 1\n",
            """
            lesson.md:2:4: error: this mapping is never closed; add '}'
                a: {x: 1
                   ^
            note: a mapping may span lines, but its lines must be indented more than its key
            """
        ),
        (
            "an unknown escape",
            "a: \"x\\qy\"\n",
            """
            lesson.md:2:6: error: unknown escape '\\q' in a double-quoted value
                a: "x\\qy"
                     ^
            note: the escapes are \\\\ \\" \\n \\t \\uXXXX \\UXXXXXXXX; for a backslash itself write \\\\
            """
        ),
        (
            "a short unicode escape",
            "a: \"\\u12\"\n",
            """
            lesson.md:2:5: error: '\\u' needs exactly 4 hexadecimal digits
                a: "\\u12"
                    ^
            note: for example \\u00E9 for é, or \\U0001F600 for a character beyond U+FFFF
            """
        ),
        (
            "a surrogate escape",
            "a: \"\\uD800\"\n",
            """
            lesson.md:2:5: error: '\\u' escape U+D800 is not a Unicode character
                a: "\\uD800"
                    ^
            note: surrogates (D800–DFFF) and values above 10FFFF are not characters; write the character's own code
            """
        ),
        (
            "an empty list item",
            "a: [1,,2]\n",
            """
            lesson.md:2:7: error: an empty item in a list: a ',' with no value before it
                a: [1,,2]
                      ^
            note: remove the extra ','
            """
        ),
        (
            "a pair inside a flow sequence",
            "a: [a: 1]\n",
            """
            lesson.md:2:6: error: 'key: value' pairs inside '[ ]' are not supported
                a: [a: 1]
                     ^
            note: write a mapping as {key: value}, or quote the text if ':' is part of it
            """
        ),
        (
            "a list as a key",
            "a: {[1]: 2}\n",
            """
            lesson.md:2:5: error: a list or mapping cannot be a key
                a: {[1]: 2}
                    ^
            note: keys are plain words or quoted text: write {key: value}
            """
        ),
        (
            "a line that is not key: value",
            "relu\nb: 1\n",
            """
            lesson.md:2:1: error: expected 'key: value', found 'relu' without ':'
                relu
                ^
            note: each line here is 'key: value', with a space after ':'
            """
        ),
        (
            "no space after a colon",
            "a:1\n",
            """
            lesson.md:2:1: error: expected 'key: value', found 'a:1' without ':'
                a:1
                ^
            note: put a space after ':'
            """
        ),
        (
            "a list on the key's line",
            "a: - b\n",
            """
            lesson.md:2:4: error: a list cannot start on the same line as its key
                a: - b
                   ^
            note: put each '- item' on its own line below the key, or write the list as [a, b]
            """
        ),
        (
            "a mapping on the key's line",
            "a: b: c\n",
            """
            lesson.md:2:5: error: a mapping cannot start on the same line as its key
                a: b: c
                    ^
            note: put the inner 'key: value' lines on the next lines, indented, or quote the value if ': ' is part of it
            """
        ),
        (
            "a stray closing bracket",
            "a: [1]]\n",
            """
            lesson.md:2:7: error: unexpected text after the closing ']'
                a: [1]]
                      ^
            note: a value ends at the end of its line or at a comment; quote text that contains ': ' or ' #'
            """
        ),
        (
            "text after a quoted value",
            "a: \"x\" y\n",
            """
            lesson.md:2:8: error: unexpected text after the value
                a: "x" y
                       ^
            note: a value ends at the end of its line or at a comment; quote text that contains ': ' or ' #'
            """
        ),
        (
            "an explicit key",
            "? a\nb: 1\n",
            """
            lesson.md:2:1: error: explicit keys ('? ') are not supported; write 'key: value'
                ? a
                ^
            """
        ),
        (
            "a missing key",
            ": a\n",
            """
            lesson.md:2:1: error: a key is missing before ':'
                : a
                ^
            note: write 'key: value'
            """
        ),
        (
            "a reserved indicator",
            "a: @x\n",
            """
            lesson.md:2:4: error: a value cannot start with '@' (reserved in YAML); put it in quotes
                a: @x
                   ^
            """
        ),
        (
            "a block item inside brackets",
            "a: [- 1]\n",
            """
            lesson.md:2:5: error: '- ' items cannot appear inside '[ ]' or '{ }'
                a: [- 1]
                    ^
            note: separate items with commas: [a, b]; a negative number has no space after '-'
            """
        ),
        (
            "a flow mapping key without a value",
            "a: {b}\n",
            """
            lesson.md:2:6: error: expected ':' after the key 'b'
                a: {b}
                     ^
            note: write {key: value, key: value}
            """
        ),
        (
            "a comment without a space",
            "b: \"x\"#no\n",
            """
            lesson.md:2:7: error: a comment needs a space before '#'
                b: "x"#no
                      ^
            """
        ),
        (
            "a control character",
            "a: \u{07}bell\n",
            """
            lesson.md:2:4: error: control character U+0007 is not allowed in the front matter
                a: ^Gbell
                   ^
            note: remove it; in a double-quoted value, write \\t or \\n for a tab or a line break
            """
        ),
        (
            "an unterminated quote after wide characters",
            "標題: \"卷積\n",
            """
            lesson.md:2:5: error: this double-quoted value is not closed on its line
                標題: "卷積
                      ^
            note: quoted values end on the line they start; write \\n for a line break and \\" for a quote
            """
        ),
        (
            "a key after a list item",
            "- a\nb: 1\n",
            """
            lesson.md:3:1: error: expected a '- ' item: the front matter is a list that starts at line 2
                b: 1
                ^
            note: a lesson's front matter is a mapping: write 'key: value' lines; the rest was skipped
            """
        ),
        (
            "a top-level line indented less",
            "  a: 1\nb: 2\n",
            """
            lesson.md:3:1: error: this line is indented less than the first line of the front matter (line 2)
                b: 2
                ^
            note: top-level entries all start in column 3; the rest of the front matter was skipped
            """
        ),
        (
            "nesting deeper than the bound",
            "deep: [[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]\n",
            """
            lesson.md:2:22: error: lists and mappings are nested more than 16 levels deep
                deep: [[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]
                                     ^
            note: a lesson needs at most 4 levels: the top-level keys, channels, rows and numbers
            """
        ),
    ]

    @Test("renders the exact diagnostic", arguments: goldens)
    func golden(name: String, yaml: String, expected: String) {
        #expect(FrontMatterFixture.rendered(yaml) == expected, "\(name)")
    }

    @Test("goes on after an error at the next key and reports each independent problem")
    func recoveryAtTheNextKey() {
        let yaml = "a: &x 1\nb: *x\nc: !t 3\nd: ok\n"
        let (node, diagnostics) = FrontMatterFixture.parse(yaml)
        #expect(
            diagnostics.map(\.location) == [
                SourceLocation(line: 2, column: 4), SourceLocation(line: 3, column: 4), SourceLocation(line: 4, column: 4),
            ])
        #expect(node.map(FrontMatterFixture.outline) == "{d@5:1: ok@5:4}@2:1")
    }

    @Test("an unclosed bracket does not swallow the keys after it")
    func unclosedBracketRecovery() {
        let yaml = "a: [\n  1,\n  2\nb: 3\nc: {x: 1\nd: [1,\n  2]\n"
        let (node, diagnostics) = FrontMatterFixture.parse(yaml)
        #expect(diagnostics.map(\.message) == ["this list is never closed; add ']'", "this mapping is never closed; add '}'"])
        #expect(diagnostics.map(\.location) == [SourceLocation(line: 2, column: 4), SourceLocation(line: 6, column: 4)])
        #expect(node.map(FrontMatterFixture.outline) == "{b@5:1: 3@5:4, d@7:1: [1@7:5, 2@8:3]@7:4}@2:1")
    }

    @Test("recovers inside nested mappings and lists without losing their siblings")
    func nestedRecovery() {
        let yaml = "outer:\n  a: 1\n    oops: 2\n  b: [1, &x]\n  c: 3\nlist:\n  - *x\n  - 4\n"
        let (node, diagnostics) = FrontMatterFixture.parse(yaml)
        #expect(
            diagnostics.map(\.location) == [
                SourceLocation(line: 4, column: 5), SourceLocation(line: 5, column: 10), SourceLocation(line: 8, column: 5),
            ])
        #expect(
            node.map(FrontMatterFixture.outline)
                == "{outer@2:1: {a@3:3: 1@3:6, c@6:3: 3@6:6}@3:3, list@7:1: [4@9:5]@8:3}@2:1")
    }

    @Test("keeps columns and lines exact with CRLF line endings")
    func crlfRejection() {
        #expect(
            FrontMatterFixture.rendered("a: \"x\"\r\nb: \"y\r\n") == """
                lesson.md:3:4: error: this double-quoted value is not closed on its line
                    b: "y
                       ^
                note: quoted values end on the line they start; write \\n for a line break and \\" for a quote
                """)
    }

    @Test("stops after the maximum number of diagnostics and says so")
    func tooManyErrors() {
        let yaml = (0..<1000).map { "key\($0): &anchor\n" }.joined()
        let (_, diagnostics) = FrontMatterFixture.parse(yaml)
        #expect(diagnostics.count == YAMLLimits.maximumDiagnostics + 1)
        #expect(diagnostics.last?.message == "too many errors; stopped reading the front matter here")
        #expect(diagnostics.last?.location == SourceLocation(line: 1 + YAMLLimits.maximumDiagnostics, column: 8))
    }

    @Test("refuses a front matter larger than the size bound before reading it")
    func sizeBound() {
        let yaml = "# " + String(repeating: "x", count: YAMLLimits.maximumBytes) + "\n"
        let (node, diagnostics) = FrontMatterFixture.parse(yaml)
        #expect(node == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == SourceLocation(line: 2, column: 1))
        #expect(diagnostics.first?.message.contains("more than the limit of 8388608 bytes") == true)
    }

    @Test("stops at the node bound with a located error")
    func nodeBound() {
        let yaml = "a: [" + String(repeating: "0,", count: YAMLLimits.maximumNodes) + "]\n"
        let (_, diagnostics) = FrontMatterFixture.parse(yaml)
        #expect(diagnostics.count == 1)
        // The root mapping, the key `a` and the list are nodes too, so the bound is crossed three
        // items early; item n (0-based) starts at column 5 + 2n.
        let firstRefused = YAMLLimits.maximumNodes - 3
        #expect(diagnostics.first?.location == SourceLocation(line: 2, column: 5 + 2 * firstRefused))
        #expect(diagnostics.first?.message == "the front matter has more than 1048576 values; stopped reading here")
    }

    @Test(
        "refuses nesting past the bound without deep recursion",
        arguments: [
            "a: " + String(repeating: "[", count: 200_000) + "\nb: 1\n",
            "a: " + String(repeating: "{k: ", count: 100_000) + "\nb: 1\n",
            "a:\n" + (1...2_000).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined() + "b: 1\n",
            "a:\n  " + String(repeating: "- ", count: 50_000) + "x\nb: 1\n",
        ])
    func deepNesting(yaml: String) {
        let (node, diagnostics) = FrontMatterFixture.parse(yaml)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message == "lists and mappings are nested more than 16 levels deep")
        #expect(node?.mapping?["b"]?.scalar?.text == "1")
    }
}
