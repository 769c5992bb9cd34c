import LessonKit
import PointwiseCore
import Testing

private func read(_ cost: String) -> LessonReader.Result {
    LessonReader.read(text: "---\ninput: [[[1, 2]], [[3, 4]]]\nweights: [[1, -1]]\n\(cost)\n---\n")
}

private func rendered(_ cost: String) -> String {
    let result = read(cost)
    return DiagnosticRenderer(path: "lesson.md", source: result.source ?? "").render(result.diagnostics)
}

@Suite("The cost key: the layers a lesson's 1×1 layer is compared with")
struct CostSettingsReaderTests {
    @Test("reads k, B and N in flow or block style")
    func reads() throws {
        let flow = try #require(read("cost: {kernel: 5, bottleneck: 16, outChannels: 32}").lesson)
        #expect(flow.cost == CostSettings(kernelSize: 5, bottleneckChannels: 16, outChannels: 32))
        let block = try #require(read("cost:\n  kernel: 7\n  outChannels: 4").lesson)
        #expect(block.cost == CostSettings(kernelSize: 7, outChannels: 4))
    }

    @Test("without the key, the comparison uses k = 3, B = C_in/4 (at least 1) and N = C_out")
    func defaults() throws {
        let lesson = try #require(read("").lesson)
        #expect(lesson.cost == nil)
        let comparison = try #require(lesson.costComparison)
        #expect((comparison.kernelSize, comparison.bottleneckChannels, comparison.outChannels) == (3, 1, 1))
        let partial = try #require(read("cost: {bottleneck: 2}").lesson?.costComparison)
        #expect((partial.kernelSize, partial.bottleneckChannels, partial.outChannels) == (3, 2, 1))
    }

    @Test("every problem is reported at its value, with what to write")
    func diagnostics() {
        #expect(
            rendered("cost: {kernal: 5, bottleneck: -1, outChannels: \"32\"}") == """
                lesson.md:4:8: error: unknown key 'kernal' in 'cost'
                    cost: {kernal: 5, bottleneck: -1, outChannels: "32"}
                           ^
                note: did you mean 'kernel'?
                note: 'cost' knows: kernel, bottleneck, outChannels
                lesson.md:4:31: error: 'bottleneck' is -1; it must be from 1 to 4096
                    cost: {kernal: 5, bottleneck: -1, outChannels: "32"}
                                                  ^
                note: 'bottleneck' is the channels B of the 1×1 bottleneck: a whole number from 1 to 4096
                lesson.md:4:48: error: 'outChannels' must be a whole number
                    cost: {kernal: 5, bottleneck: -1, outChannels: "32"}
                                                                   ^
                note: 'outChannels' is the output channels N of the compared layers: a whole number from 1 to 4096
                """)
    }

    @Test(
        "rejects a list, a decimal, a kernel too large and an empty value",
        arguments: [
            ("cost: [5, 16]", "'cost' must be keys and values, not a list"),
            ("cost: {kernel: 2.5}", "'2.5' is not a whole number"),
            ("cost: {kernel: 99}", "'kernel' is 99; it must be from 1 to 31"),
            ("cost: {kernel: }", "'kernel' must be a whole number"),
            ("cost: {outChannels: 99999999999999999999999}", "is not a whole number"),
        ])
    func rejections(cost: String, message: String) {
        let result = read(cost)
        #expect(result.lesson == nil)
        #expect(result.diagnostics.contains { $0.message.contains(message) }, "\(result.diagnostics)")
    }
}

@Suite("Python string literals in exported scripts")
struct PythonStringTests {
    @Test(
        "quotes, backslashes, control characters, line separators and bidirectional controls are escaped",
        arguments: [
            ("plain", #""plain""#), ("a \"b\" \\ c", #""a \"b\" \\ c""#), ("line\nbreak\r\t", #""line\nbreak\r\t""#),
            ("\u{1B}[2J\u{7}\u{9B}", #""\x1b[2J\x07\x9b""#), ("\u{202E}evil\u{2066}\u{2028}", #""\u202eevil\u2066\u2028""#),
            ("卷積 ✓", #""卷積 ✓""#),
        ])
    func escapes(text: String, literal: String) {
        #expect(PythonExport.string(text) == literal)
    }
}
