import LessonKit
import PointwiseCore
import TestSupport
import Testing

/// Reads a lesson and renders its diagnostics as `pointwise check` prints them.
private func check(_ text: String) -> String {
    let result = LessonReader.read(bytes: Array(text.utf8))
    return DiagnosticRenderer(path: "lesson.md", source: result.source ?? "").render(result.diagnostics)
}

/// The shared small lesson's front matter, without the line break after its closing `---`.
private let validFrontMatter = String(LessonFixtures.frontMatter().dropLast())

@Suite("Reading lesson files")
struct LessonReaderTests {
    @Test("a lesson with only numbers is valid and gets the built-in texts")
    func onlyNumbers() throws {
        let result = LessonReader.read(text: validFrontMatter)
        #expect(result.diagnostics.isEmpty)
        let lesson = try #require(result.lesson)
        #expect(lesson.title == "1×1 convolution: 2 channels → 1")
        #expect(lesson.language == "en")
        #expect(lesson.convolution.output(kernel: 0, row: 1, column: 1).description == "4")
        var walk = Walk(lesson.convolution)
        #expect(
            Narration.text(lesson, at: walk, style: .ascii).hasPrefix(
                "A 1×1 convolution, also called a pointwise convolution, turns this 2×2 feature map with 2 channels into one with 1 channel."
            ))
        walk.next()
        #expect(
            Narration.text(lesson, at: walk, style: .ascii)
                == "Kernel 1 at pixel (1, 1): w11·x1 = 1 · 1 = 1. The running sum for out1 goes from 0 to 1.")
    }

    @Test("section text fills placeholders and joins wrapped lines into paragraphs")
    func sections() throws {
        let text =
            validFrontMatter + """

                A note for teachers, not shown.

                ## Term
                Weight {w} times value {x}
                gives {product}; {{literal}} braces.

                Second paragraph at ({row}, {column}).
                ## end
                Done: {multiplications} multiplications.
                """
        let lesson = try #require(LessonReader.read(text: text).lesson)
        // One kernel over two channels: two steps a pixel, and the second finishes the pixel.
        var walk = Walk(lesson.convolution, position: 1)
        #expect(
            Narration.text(lesson, at: walk, style: .unicode)
                == "Weight 1 times value 1 gives 1; {literal} braces.\nSecond paragraph at (1, 1).")
        walk.next()
        #expect(Narration.sections(at: walk) == [.pixel])
        walk.next()  // pixel (1, 2): w11 · x1 = 1 · 2
        #expect(Narration.text(lesson, at: walk, style: .unicode).hasPrefix("Weight 1 times value 2 gives 2"))
        walk.last()
        #expect(Narration.text(lesson, at: walk, style: .unicode) == "Done: 8 multiplications.")
    }

    @Test("negative factors are written in parentheses in the text")
    func negativeFactors() throws {
        let lesson = try #require(LessonReader.read(text: validFrontMatter + "\n## term\n{w} · {x} = {product}\n").lesson)
        var walk = Walk(lesson.convolution)
        walk.moveTo(position: 3)  // pixel (1, 2), first term: w11 · x1 = 1 · 2
        #expect(Narration.text(lesson, at: walk, style: .unicode) == "1 · 2 = 2")
        let negative = try #require(
            LessonReader.read(text: validFrontMatter.replacingFirst("[1, -1]", with: "[-1, -1]") + "\n## term\n{w} · {x} = {product}\n")
                .lesson)
        walk = Walk(negative.convolution, position: 1)
        #expect(Narration.text(negative, at: walk, style: .unicode) == "(\u{2212}1) · 1 = \u{2212}1")
    }

    @Test("a kernel with the wrong number of weights names both numbers")
    func kernelWidth() {
        #expect(
            check(
                """
                ---
                input:
                  - [[1, 2], [3, 4]]
                  - [[0, 1], [1, 0]]
                  - [[2, 2], [2, 2]]
                weights:
                  - [1, -1, 0]
                  - [0, 2]
                ---
                """) == """
                    lesson.md:8:5: error: kernel 2 has 2 weights but the input has 3 channels
                          - [0, 2]
                            ^
                    note: a 1×1 kernel has one weight for each input channel
                    """)
    }

    @Test("channels of different sizes, and ragged rows, are reported where they are")
    func channelShapes() {
        #expect(
            check(
                """
                ---
                input:
                  - [[1, 2, 0], [0, 1, 3], [2, 0, 1]]
                  - [[0, 1, 1], [2, 0, 1], [1, 1, 0]]
                  - [[3, 0], [1, 2], [0, 1]]
                  - [[1, 1, 1], [1, 1], [1, 1, 1]]
                weights: [[1, 1, 1, 1]]
                ---
                """) == """
                    lesson.md:5:5: error: channel 3 is 3×2 but channel 1 is 3×3
                          - [[3, 0], [1, 2], [0, 1]]
                            ^
                    note: every channel of the input has the same height and width
                    lesson.md:6:17: error: row 2 of channel 4 has 2 values but row 1 has 3
                          - [[1, 1, 1], [1, 1], [1, 1, 1]]
                                        ^
                    """)
    }

    @Test("every problem in a file is reported, not only the first")
    func everyProblem() {
        #expect(
            check(
                """
                ---
                title: Broken
                langauge: en
                input:
                  - [[1, .inf], ["2", abc]]
                weights:
                  - [1]
                bias: [1, 2]
                activation: sigmoid
                ---
                ## intro
                ## term
                The {weight} and {output}.
                """) == """
                    lesson.md:3:1: error: unknown key 'langauge'
                        langauge: en
                        ^
                    note: did you mean 'language'?
                    note: known keys: title, language, input, weights, bias, activation, cost, questions
                    lesson.md:5:10: error: '.inf' is not a finite number
                          - [[1, .inf], ["2", abc]]
                                 ^
                    note: every value must be an ordinary number a sum can show
                    lesson.md:5:18: error: "2" is quoted, so it is text, not a number
                          - [[1, .inf], ["2", abc]]
                                         ^
                    note: remove the quotes
                    lesson.md:5:23: error: 'abc' is not a number
                          - [[1, .inf], ["2", abc]]
                                              ^
                    note: write a decimal number such as 3, -0.25 or 1.5e-2
                    lesson.md:8:7: error: 'bias' has 2 values but there is 1 kernel
                        bias: [1, 2]
                              ^
                    note: each kernel has one bias
                    lesson.md:9:13: error: unknown activation 'sigmoid'
                        activation: sigmoid
                                    ^
                    note: Pointwise knows: none, relu
                    lesson.md:11:4: error: unknown section 'intro'
                        ## intro
                           ^
                    note: did you mean 'introduction'?
                    note: known sections: introduction, term, bias, activation, output, pixel, end
                    lesson.md:13:5: error: unknown placeholder {weight}
                        The {weight} and {output}.
                            ^
                    note: known placeholders: {height} {width} {in_channels} {out_channels} {steps} {multiplications} {parameters} {cost_kernel} {kxk_multiplications} {direct_multiplications} {bottleneck_multiplications} {bottleneck_channels} {cost_out_channels} {bottleneck_saving} {row} {column} {i} {out_name} {sum} {j} {w} {x} {w_name} {x_name} {product} {before} {bias} {output} {screen} {/screen}
                    note: write {{ for a literal brace
                    lesson.md:13:18: error: placeholder {output} has no value in section 'term'
                        The {weight} and {output}.
                                         ^
                    note: section 'term' can use: {before} {bottleneck_channels} {bottleneck_multiplications} {bottleneck_saving} {column} {cost_kernel} {cost_out_channels} {direct_multiplications} {height} {i} {in_channels} {j} {kxk_multiplications} {multiplications} {out_channels} {out_name} {parameters} {product} {row} {steps} {sum} {w} {w_name} {width} {x} {x_name}
                    """)
    }

    @Test("a wrong kernel still has its numbers checked, and the bias is counted against the kernels listed")
    func problemsBehindProblems() {
        #expect(
            check(
                """
                ---
                input: [[[1]], [[2]], [[3]]]
                weights:
                  - [1, -1, 0]
                  - [0, nan]
                bias: [1]
                ---
                """) == """
                    lesson.md:5:5: error: kernel 2 has 2 weights but the input has 3 channels
                          - [0, nan]
                            ^
                    note: a 1×1 kernel has one weight for each input channel
                    lesson.md:5:9: error: 'nan' is not a finite number
                          - [0, nan]
                                ^
                    note: every value must be an ordinary number a sum can show
                    lesson.md:6:7: error: 'bias' has 1 value but there are 2 kernels
                        bias: [1]
                              ^
                    note: each kernel has one bias
                    """)
    }

    @Test("missing data keys, an empty input and a bad language tag")
    func missingAndEmpty() {
        #expect(
            check("---\ntitle: Nothing\nlanguage: english!\n---\n") == """
                lesson.md:1:1: error: the lesson has no 'input'
                    ---
                    ^
                note: add the input's channels, each a list of rows, e.g. input: [[[1, 2], [3, 4]]]
                lesson.md:1:1: error: the lesson has no 'weights'
                    ---
                    ^
                note: add one list of weights per kernel, one weight per input channel, e.g. weights: [[1, -1]]
                lesson.md:3:11: error: 'english!' is not a language tag
                    language: english!
                              ^
                note: write a BCP 47 tag such as en or zh-TW
                """)
        #expect(
            check("---\ninput: []\nweights: [[1]]\n---\n") == """
                lesson.md:2:8: error: 'input' has no channels
                    input: []
                           ^
                """)
        #expect(
            check("---\ninput: [[1, 2], [3, 4]]\nweights: [1, 2]\n---\n") == """
                lesson.md:2:8: error: 'input' looks like a single grid of rows; it must be a list of channels
                    input: [[1, 2], [3, 4]]
                           ^
                note: for one channel, put the grid inside one more list: [[[1, 2], [3, 4]]]
                lesson.md:3:10: error: 'weights' must be a list of kernels, each a list of one weight per input channel
                    weights: [1, 2]
                             ^
                note: for a single kernel, put its weights inside one more list: [[1, -1, 0]]
                """)
    }

    @Test("a section the lesson never shows is a warning, and the file stays valid")
    func unusedSection() {
        let result = LessonReader.read(text: validFrontMatter + "\n## bias\nNever shown.\n")
        #expect(result.lesson != nil)
        #expect(
            DiagnosticRenderer(path: "lesson.md", source: result.source ?? "").render(result.diagnostics) == """
                lesson.md:8:4: warning: section 'bias' is never shown: the lesson has no 'bias'
                    ## bias
                       ^
                """)
    }

    @Test("invalid UTF-8 is reported at its line and column")
    func invalidUTF8() {
        var bytes = Array("---\ntitle: caf".utf8)
        bytes.append(0xE9)
        bytes += Array("\ninput: [[[1]]]\nweights: [[1]]\n---\n".utf8)
        let result = LessonReader.read(bytes: bytes)
        #expect(result.lesson == nil)
        #expect(result.diagnostics.map(\.location) == [SourceLocation(line: 2, column: 11)])
    }

    @Test("a file beyond the size bound is refused without being parsed")
    func tooLarge() {
        let result = LessonReader.read(bytes: Array(repeating: UInt8(ascii: " "), count: LessonLimits.maximumFileBytes + 1))
        #expect(result.lesson == nil)
        #expect(result.diagnostics.first?.message.contains("at most \(LessonLimits.maximumFileBytes) bytes") == true)
    }

    @Test("numbers too precise to add exactly are refused with a message")
    func tooPrecise() {
        let text = check("---\ninput: [[[0.001, 9300000000000000]]]\nweights: [[1]]\n---\n")
        #expect(text.hasPrefix("lesson.md:2:18: error: '9300000000000000' is too large to keep exact next to values with 3 decimal places"))
    }
}

extension String {
    /// The string with its first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        return self[..<range.lowerBound] + replacement + self[range.upperBound...]
    }
}

@Suite("Untrusted lesson text")
struct UntrustedTextTests {
    @Test("escape sequences in the title and the text are shown as visible escapes")
    func escapes() throws {
        let text =
            "---\ntitle: \"Evil \\u001B[2J title\"\ninput: [[[1]]]\nweights: [[1]]\n---\n## introduction\nClear \u{1B}]0;pwned\u{07} and \u{202E}reversed\n"
        let lesson = try #require(LessonReader.read(text: text).lesson)
        #expect(lesson.title == "Evil ^[[2J title")
        let introduction = Narration.text(lesson, at: Walk(lesson.convolution), style: .unicode)
        #expect(introduction == "Clear ^[]0;pwned^G and <U+202E>reversed")
    }

    @Test("Windows line endings read like Unix ones")
    func crlf() throws {
        let text = "---\r\ninput: [[[1]]]\r\nweights: [[2]]\r\n---\r\n## term\r\nfirst line\r\nsecond line\r\n## end\r\nbye\r\n"
        let lesson = try #require(LessonReader.read(text: text).lesson)
        let walk = Walk(lesson.convolution, position: 1)
        #expect(Narration.sections(at: walk) == [.end])
        #expect(Narration.text(lesson, at: walk, style: .unicode) == "bye")
        #expect(lesson.template(for: .term).fill { _ in nil } == "first line second line")
    }
}
