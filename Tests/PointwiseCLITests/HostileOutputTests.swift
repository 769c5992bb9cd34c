import Foundation
import Testing

/// The characters that must never reach a terminal from a lesson or a file name, listed here
/// on their own (not taken from the program's table): controls, bidirectional marks, embeddings,
/// overrides and isolates, line and paragraph separators, invisible format characters and tags.
private func forbidden(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value)
        || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x2060, 0xFEFF].contains(value)
        || (0xE0000...0xE007F).contains(value)
}

/// The text with pointwise's own colour codes (`ESC [ digits ; … m`, from `render --ansi`) removed.
private func withoutOwnColours(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
}

/// A valid lesson full of escape sequences, in a file whose name holds one too.
private let hostileLesson = """
    ---
    title: "\\u001B]0;owned\\u0007\\u001B[2J \\u009B31m \\u202Eevil \\u200F\\u061C\\u2028\\u2060\\uFEFF"
    input:
      - [[1, 2], [3, 4]]
    weights:
      - [2]
    ---
    ## introduction
    Hi \u{1B}[5mblink\u{1B}[0m \u{07}\u{07} \u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\ \u{2067}rtl\u{2069}
    marks \u{200E}\u{200F}\u{061C} break\u{2028}here\u{2029} hidden\u{2060}\u{FEFF}\u{E0041}\u{E007F}
    ## term
    \u{1B}[1A\u{1B}[2K{w}·{x} = {product} \u{9B}6n
    ## end
    Done: {output}\u{7F}
    """

@Suite("Hostile lessons and file names reach no output raw")
struct HostileOutputTests {
    @Test("check, print, print --json, render, render --ansi and the walkthrough without a terminal are all inert")
    func everyOutput() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("evil\u{1B}[31m\u{07}.md", hostileLesson)
        let runs: [[String]] = [
            ["check", path], ["print", path], ["print", path, "--json"], ["print", path, "--ascii"],
            ["render", path, "--keys", "l l"], ["render", path, "--keys", "G", "--ansi"], ["render", path, "--ansi", "--ascii"],
            [path], ["list"], ["export", path, "--numpy"], ["export", path, "--pytorch"], ["check", folder.path + "/missing\u{1B}[2J.md"],
            ["print", folder.path + "/\u{1B}]0;x\u{07}"],
        ]
        for arguments in runs {
            let run = try CommandRun.pointwise(arguments)
            for (stream, text) in [("stdout", withoutOwnColours(run.standardOutput)), ("stderr", run.standardError)] {
                let bad = text.unicodeScalars.filter(forbidden)
                #expect(bad.isEmpty, "\(arguments) \(stream) has \(bad.map { "U+" + String($0.value, radix: 16) })")
            }
        }
        let check = try CommandRun.pointwise(["check", path])
        #expect(check.status == 0)
        #expect(check.standardOutput.contains("evil^[[31m^G.md: ok"))
        let json = try CommandRun.pointwise(["print", path, "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect((object?["title"] as? String)?.hasPrefix("^[]0;owned^G") == true)
    }

    @Test("a hostile file that is refused is reported inert, every error with its line and column")
    func refusedInert() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "bad\u{1B}[8m.md",
            """
            ---
            title: "\\u001B[2J"
            input: [[[1, 2]], [[3]]]
            weights: [[1, \u{1B}[31m]]
            \u{9B}key: 1
            ---
            ## \u{1B}]0;x\u{07}
            ## term
            {\u{1B}[1m} {nope}
            {bad\u{200F}\u{061C}\u{2028}\u{2060}\u{FEFF}\u{E0041}}
            """)
        let run = try CommandRun.pointwise(["check", path])
        #expect(run.status == 1)
        #expect(run.standardError.unicodeScalars.filter(forbidden).isEmpty)
        let headers = run.standardError.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(headers.count >= 4)
        for header in headers {
            let afterName = header.split(separator: ".md:", maxSplits: 1).last ?? ""
            let numbers = afterName.split(separator: ":").prefix(2).compactMap { Int($0) }
            #expect(numbers.count == 2 && numbers.allSatisfy { $0 >= 1 }, "not located: \(header)")
        }
    }
}
