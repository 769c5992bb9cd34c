import LessonKit
import PointwiseCore
import Testing

@Suite("Reading the supported YAML subset")
struct YAMLParserTests {
    @Test("reads the design notes' example lesson with the location of every value")
    func exampleLesson() throws {
        let (node, diagnostics) = FrontMatterFixture.parse(FrontMatterFixture.exampleLesson)
        #expect(diagnostics.isEmpty)
        let mapping = try #require(node?.mapping)
        #expect(mapping.keys == ["title", "language", "input", "weights", "bias", "activation"])
        #expect(mapping.location == SourceLocation(line: 2, column: 1))
        let title = try #require(mapping["title"]?.scalar)
        #expect(title.text == "1×1 convolution: 3 channels → 2")
        #expect(title.style == .doubleQuoted)
        #expect(title.location == SourceLocation(line: 2, column: 8))
        let input = try #require(mapping["input"]?.sequence)
        #expect(input.location == SourceLocation(line: 5, column: 3))
        #expect(input.items.count == 3)
        let thirdChannel = try #require(input.items[2].sequence)
        #expect(thirdChannel.location == SourceLocation(line: 7, column: 5))
        let lastRow = try #require(thirdChannel.items[2].sequence)
        #expect(lastRow.items.map { $0.scalar?.text } == ["0", "1", "2"])
        #expect(lastRow.items[2].location == SourceLocation(line: 7, column: 35))
        #expect(mapping["activation"]?.scalar?.text == "relu")
        #expect(mapping["activation"]?.location == SourceLocation(line: 12, column: 13))
        #expect(mapping.entry(forKey: "bias")?.key.location == SourceLocation(line: 11, column: 1))
    }

    @Test(
        "reads each construct with its locations",
        arguments: [
            ("key: value\n", "{key@2:1: value@2:6}@2:1"),
            ("a: 1\nb: two words\n", "{a@2:1: 1@2:4, b@3:1: two words@3:4}@2:1"),
            ("a:\n  b: 1\n  c:\n    d: x\n", "{a@2:1: {b@3:3: 1@3:6, c@4:3: {d@5:5: x@5:8}@5:5}@3:3}@2:1"),
            ("list:\n  - 1\n  - -2.5\n", "{list@2:1: [1@3:5, -2.5@4:5]@3:3}@2:1"),
            ("list:\n- a\n- b\nnext: c\n", "{list@2:1: [a@3:3, b@4:3]@3:1, next@5:1: c@5:7}@2:1"),
            ("m:\n  - [1, 2]\n  - [3, 4]\n", "{m@2:1: [[1@3:6, 2@3:9]@3:5, [3@4:6, 4@4:9]@4:5]@3:3}@2:1"),
            ("s:\n  - - a\n    - b\n  - - c\n", "{s@2:1: [[a@3:7, b@4:7]@3:5, [c@5:7]@5:5]@3:3}@2:1"),
            ("s:\n  -\n    - a\n", "{s@2:1: [[a@4:7]@4:5]@3:3}@2:1"),
            (
                "s:\n  - name: a\n    size: 2\n  - name: b\n",
                "{s@2:1: [{name@3:5: a@3:11, size@4:5: 2@4:11}@3:5, {name@5:5: b@5:11}@5:5]@3:3}@2:1"
            ),
            ("f: [a, [b, c]]\n", "{f@2:1: [a@2:5, [b@2:9, c@2:12]@2:8]@2:4}@2:1"),
            ("f: [\n  1, 2,\n  3\n]\n", "{f@2:1: [1@3:3, 2@3:6, 3@4:3]@2:4}@2:1"),
            ("f: [1, 2, ]\n", "{f@2:1: [1@2:5, 2@2:8]@2:4}@2:1"),
            ("f: []\ng: {}\n", "{f@2:1: []@2:4, g@3:1: {}@3:4}@2:1"),
            (
                "w: {generate: random, seed: 7, range: [-1, 1]}\n",
                "{w@2:1: {generate@2:5: random@2:15, seed@2:23: 7@2:29, range@2:32: [-1@2:40, 1@2:44]@2:39}@2:4}@2:1"
            ),
            ("m: {\"a\":1, b: }\n", "{m@2:1: {\"a\"@2:5: 1@2:9, b@2:12: @2:14}@2:4}@2:1"),
            ("q: 'it''s'\n", "{q@2:1: 'it's'@2:4}@2:1"),
            ("q: \"a\\\\b\\\"c\\nd\\te\\u00e9\\U0001F600\"\n", "{q@2:1: \"a\\b\"c\nd\te\u{e9}\u{1F600}\"@2:4}@2:1"),
            ("'quoted key': 1\n\"other\": 2\n", "{'quoted key'@2:1: 1@2:15, \"other\"@3:1: 2@3:10}@2:1"),
            (
                "# a comment\n\nkey: value # trailing\n  # indented comment\nother: a#b\n",
                "{key@4:1: value@4:6, other@6:1: a#b@6:8}@4:1"
            ),
            ("empty:\nalso: # nothing\nlast:", "{empty@2:1: @2:7, also@3:1: @3:6, last@4:1: @4:6}@2:1"),
            ("s:\n  -\n  - x\n", "{s@2:1: [@3:4, x@4:5]@3:3}@2:1"),
            ("url: http://example.com/a:b\n", "{url@2:1: http://example.com/a:b@2:6}@2:1"),
            ("key : spaced\n", "{key@2:1: spaced@2:7}@2:1"),
            ("  indented: 1\n  root: 2\n", "{indented@2:3: 1@2:13, root@3:3: 2@3:9}@2:3"),
            ("- a\n- b\n", "[a@2:3, b@3:3]@2:1"),
            ("f: [1, # one\n  2]   # two\n", "{f@2:1: [1@2:5, 2@3:3]@2:4}@2:1"),
            ("a:\t1\nb: x  \t\n", "{a@2:1: 1@2:4, b@3:1: x@3:4}@2:1"),
            ("- a: 1\n  b: 2\n- c\n", "[{a@2:3: 1@2:6, b@3:3: 2@3:6}@2:3, c@4:3]@2:1"),
        ])
    func construct(yaml: String, expected: String) {
        #expect(FrontMatterFixture.outline(yaml) == expected)
    }

    @Test("an empty or comment-only front matter is an empty mapping at its first line")
    func emptyFrontMatter() {
        #expect(FrontMatterFixture.outline("") == "{}@2:1")
        #expect(FrontMatterFixture.outline("# nothing yet\n\n") == "{}@2:1")
    }

    @Test("counts columns in Characters after wide and combining characters")
    func columnsCountCharacters() {
        #expect(
            FrontMatterFixture.outline("標題: 卷積 [x]\nb: [e\u{301}, 核]\n")
                == "{標題@2:1: 卷積 [x]@2:5, b@3:1: [e\u{301}@3:5, 核@3:8]@3:4}@2:1")
        let (node, _) = YAMLParser.parse("k: [\"α\", e\u{301}x, 3]\n", firstLine: 10)
        let items = node?.mapping?["k"]?.sequence?.items ?? []
        #expect(
            items.map(\.location) == [
                SourceLocation(line: 10, column: 5), SourceLocation(line: 10, column: 10), SourceLocation(line: 10, column: 14),
            ])
    }

    @Test("CRLF line endings are line breaks and never part of values")
    func crlf() {
        let yaml = "title: \"a\"\r\nlist:\r\n  - [1, 2]\r\n  - x\r\nf: [\r\n  3]\r\n"
        #expect(
            FrontMatterFixture.outline(yaml)
                == "{title@2:1: \"a\"@2:8, list@3:1: [[1@4:6, 2@4:9]@4:5, x@5:5]@4:3, f@6:1: [3@7:3]@6:4}@2:1")
    }

    @Test("an empty value is a plain empty scalar")
    func emptyValue() throws {
        let (node, _) = FrontMatterFixture.parse("bias:\n")
        let bias = try #require(node?.mapping?["bias"]?.scalar)
        #expect(bias.isEmpty)
        #expect(!bias.isQuoted)
        let (quoted, _) = FrontMatterFixture.parse("bias: ''\n")
        #expect(quoted?.mapping?["bias"]?.scalar?.isEmpty == false)
    }

    /// A flow list of `count` numbers on one line, as a teacher pasting a layer would write it.
    static func flowLine(count: Int) -> String {
        var line = "values: ["
        line.reserveCapacity(count * 5)
        for index in 0..<count {
            line += index == 0 ? "" : ", "
            line += String(index % 1000)
        }
        return line + "]\n"
    }

    /// The shortest of three timings of `work`: the least disturbed by a busy machine.
    static func fastest(_ work: () -> Void) -> Duration {
        let clock = ContinuousClock()
        return (0..<3).map { _ in clock.measure(work) }.min() ?? .zero
    }

    @Test("reads a 5 MB flow sequence on one line, locating every value, in linear time")
    func longFlowSequence() throws {
        let count = 1_000_000
        let line = Self.flowLine(count: count)
        #expect(line.utf8.count > 4_000_000)
        let (node, diagnostics) = YAMLParser.parse(line, firstLine: 2)
        #expect(diagnostics.isEmpty)
        let items = try #require(node?.mapping?["values"]?.sequence?.items)
        #expect(items.count == count)
        #expect(items.last?.scalar?.text == "999")
        #expect(items.last?.location == SourceLocation(line: 2, column: line.utf8.count - 4))
        // Linear, not quadratic: four times the values take about four times as long (sixteen if
        // quadratic). A ratio, not a deadline, so a busy machine does not fail it.
        let short = Self.flowLine(count: 25_000)
        let long = Self.flowLine(count: 100_000)
        let shortTime = Self.fastest { _ = YAMLParser.parse(short, firstLine: 2) }
        let longTime = Self.fastest { _ = YAMLParser.parse(long, firstLine: 2) }
        #expect(longTime < shortTime * 9, "4× the values took \(longTime) against \(shortTime)")
    }

    @Test("reads a long non-ASCII flow line without quadratic column work")
    func longWideLine() throws {
        let count = 100_000
        func wideLine(_ count: Int) -> String {
            "值: [" + Array(repeating: "卷", count: count).joined(separator: ", ") + "]\n"
        }
        let line = wideLine(count)
        let (node, _) = YAMLParser.parse(line, firstLine: 2)
        let items = try #require(node?.mapping?["值"]?.sequence?.items)
        #expect(items.count == count)
        #expect(items.last?.location == SourceLocation(line: 2, column: 5 + 3 * (count - 1)))
        let short = wideLine(5_000)
        let long = wideLine(20_000)
        let shortTime = Self.fastest { _ = YAMLParser.parse(short, firstLine: 2) }
        let longTime = Self.fastest { _ = YAMLParser.parse(long, firstLine: 2) }
        #expect(longTime < shortTime * 9, "4× the values took \(longTime) against \(shortTime)")
    }

    @Test("accepts nesting up to the depth bound")
    func nestingAtTheBound() throws {
        let depth = YAMLLimits.maximumDepth - 1
        let yaml = "deep: " + String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth) + "\n"
        let (node, diagnostics) = FrontMatterFixture.parse(yaml)
        #expect(diagnostics.isEmpty)
        var current = try #require(node?.mapping?["deep"])
        var levels = 0
        while let inner = current.sequence?.items.first {
            levels += 1
            current = inner
        }
        #expect(levels == depth)
    }
}

/// Long flow lists read in batches: every item keeps its text and column across a batch's edge,
/// and a word after many numbers turns the list back into ordinary items without losing any.
@Suite("YAML number lists across batch edges")
struct YAMLNumberBatchTests {
    @Test("150 numbers, a word, then 70 more keep their texts and columns", arguments: [63, 64, 65, 150, 219])
    func wordAfterManyNumbers(wordIndex: Int) {
        var texts = (0..<220).map { index in index % 3 == 0 ? "-\(index).25" : "\(index)" }
        texts[wordIndex] = "seven"
        let line = "values: [" + texts.joined(separator: ", ") + "]\n"
        var column = 10
        var expected: [String] = []
        for text in texts {
            expected.append("\(text)@2:\(column)")
            column += text.count + 2
        }
        #expect(FrontMatterFixture.outline(line) == "{values@2:1: [" + expected.joined(separator: ", ") + "]@2:9}@2:1")
    }
}

extension YAMLNumberBatchTests {
    /// The line's end is a line break, the `\r` of one, or the end of the text: the scan leaves
    /// out its checks of the end only when it is a line break, and must read the same either way.
    @Test(
        "every form of number in a long list keeps the value the general parser gives it",
        arguments: ["\n", "\r\n", ""])
    func valuesOfEveryForm(lineEnd: String) throws {
        let forms = [
            "0.73", "-0.12", "+5", "0.10", "-0.000", "1e3", "2.5E-2", "123456789012345678", "7", "0.5", "-12.3400", "1_0", "40",
            "-3.50",
        ]
        // 300 items, so runs cross batch edges and restart after every unusual form.
        let texts = (0..<300).map { forms[$0 % forms.count] }.filter { $0 != "1_0" }
        let (node, diagnostics) = FrontMatterFixture.parse("values: [" + texts.joined(separator: ",  ") + " ]" + lineEnd)
        #expect(diagnostics.isEmpty)
        let sequence = try #require(node?.mapping?["values"]?.sequence)
        let numbers = try #require(sequence.numbers, "a list of numbers is read compactly")
        #expect(numbers.count == texts.count)
        for (index, text) in texts.enumerated() {
            guard case .success(let expected) = DecimalLiteral.parse(text) else {
                Issue.record("\(text) is not a number")
                continue
            }
            #expect(numbers.value(at: index) == expected, "\(text) at \(index)")
            // The same digits and places too (`0.10` is 1 tenth): a tensor's shared places, and
            // so how its numbers are shown, follow them.
            let units = numbers.units[numbers.units.startIndex + index]
            let scale = numbers.scales[numbers.scales.startIndex + index]
            #expect(Int128(units) == expected.units && Int(scale) == expected.scale, "\(text) at \(index)")
        }
    }
}

extension YAMLNumberBatchTests {
    @Test("each value of a long list is located where it is written, however it is spaced")
    func locationsOfEveryValue() throws {
        // Two lines of a flow list: uneven spaces and tabs, an exponent and a long form among
        // plain values, more values on a line than one batch holds.
        let gaps = [" ", "  ", "\t", " \t ", ""]
        var line2 = "values: ["
        var line3 = "  "
        var expected: [LessonKit.SourceLocation] = []
        for index in 0..<150 {
            let text = index == 40 ? "1e3" : index == 90 ? "-2.50" : "\(index % 7).\(index % 10)"
            if index < 100 {
                expected.append(LessonKit.SourceLocation(line: 2, column: line2.count + 1))
                line2 += text + gaps[index % gaps.count] + "," + gaps[(index + 1) % gaps.count]
            } else {
                expected.append(LessonKit.SourceLocation(line: 3, column: line3.count + 1))
                line3 += text + (index == 149 ? "]" : "," + gaps[index % gaps.count])
            }
        }
        let (node, diagnostics) = FrontMatterFixture.parse(line2 + "\n" + line3 + "\n")
        #expect(diagnostics.isEmpty)
        let numbers = try #require(node?.mapping?["values"]?.sequence?.numbers)
        #expect(numbers.count == expected.count)
        for index in 0..<min(numbers.count, expected.count) {
            #expect(numbers.location(at: index) == expected[index], "value \(index)")
        }
    }
}
