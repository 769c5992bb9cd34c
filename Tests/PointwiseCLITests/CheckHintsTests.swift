import Foundation
import Testing

/// A lesson's front matter and body around the lines under test.
private func lesson(_ frontMatter: String, body: String = "") -> String {
    "---\n" + frontMatter + "\n---\n" + body
}

@Suite("check helps: suggestions, named channels, decimal commas, full-width characters, folders")
struct CheckHintsTests {
    @Test("a misspelled section name gets 'did you mean', at its heading")
    func sectionSuggestion() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.md", lesson("input: [[[1]]]\nweights: [[1]]", body: "## introdution\nText.\n"))
        let run = try CommandRun.pointwise(["check", file])
        #expect(run.status == 1)
        #expect(
            run.standardError.contains(
                """
                \(file):5:4: error: unknown section 'introdution'
                    ## introdution
                       ^
                note: did you mean 'introduction'?
                """), "\(run.standardError)")
    }

    @Test("a misspelled placeholder gets 'did you mean', at its brace")
    func placeholderSuggestion() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.md", lesson("input: [[[1]]]\nweights: [[1]]", body: "## introduction\nThe map is {heigth} tall.\n"))
        let run = try CommandRun.pointwise(["check", file])
        #expect(run.status == 1)
        #expect(
            run.standardError.contains(
                """
                \(file):6:12: error: unknown placeholder {heigth}
                    The map is {heigth} tall.
                               ^
                note: did you mean '{height}'?
                """), "\(run.standardError)")
    }

    @Test("a suggestion must be a plausible typo: {weight} gets none (not {height}), {wdth} gets {width}, hnit gets hint")
    func plausibleSuggestionsOnly() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.md", lesson("input: [[[1]]]\nweights: [[1]]", body: "## introduction\nThe {weight} and {wdth}.\n"))
        let run = try CommandRun.pointwise(["check", file])
        #expect(run.status == 1)
        let lines = run.standardError.components(separatedBy: "\n")
        // Each error is followed by its notes; the {weight} error's first note is the known list.
        let weight = try #require(lines.firstIndex(of: "\(file):6:5: error: unknown placeholder {weight}"))
        #expect(lines[weight + 3].hasPrefix("note: known placeholders: {height} {width}"), "\(run.standardError)")
        #expect(!run.standardError.contains("did you mean '{height}'"), "\(run.standardError)")
        let wdth = try #require(lines.firstIndex(of: "\(file):6:18: error: unknown placeholder {wdth}"))
        #expect(lines[wdth + 3] == "note: did you mean '{width}'?", "\(run.standardError)")
    }

    @Test("input written as a mapping of named channels gets one message saying it must be a list")
    func namedChannels() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.md", lesson("input: {x1: [[1, 2]], x2: [[3, 4]]}\nweights: [[1, 2]]"))
        let run = try CommandRun.pointwise(["check", file])
        #expect(run.status == 1)
        #expect(
            run.standardError.contains(
                """
                \(file):2:8: error: 'input' must be a list of channels, not a mapping of named channels
                    input: {x1: [[1, 2]], x2: [[3, 4]]}
                           ^
                note: channels are named by their place in the list, the first is 1; write a list, e.g. input: [[[1, 2], [3, 4]], [[0, 1], [1, 0]]] for x1 and x2
                """), "\(run.standardError)")
        // Nothing about generators: the one message is the whole story.
        #expect(!run.standardError.contains("generate"))
        #expect(run.standardError.components(separatedBy: ": error: ").count == 2)
    }

    @Test("a decimal comma gets a hint on the error it causes")
    func decimalComma() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.md", lesson("input: [[[1, 2]]]\nweights: [[0,5]]"))
        let run = try CommandRun.pointwise(["check", file])
        #expect(run.status == 1)
        #expect(
            run.standardError.contains(
                """
                \(file):3:11: error: kernel 1 has 2 weights but the input has 1 channel
                    weights: [[0,5]]
                              ^
                """), "\(run.standardError)")
        #expect(
            run.standardError.contains(
                "note: '0,5' is read as two numbers; if it is one, write it with a point (0.5): a comma separates the items of a list"))
    }

    @Test("full-width characters from a Chinese input method are named, with what to type instead")
    func fullWidth() throws {
        let folder = try TemporaryFolder()
        let colon = try folder.write("colon.md", lesson("input：\n  - [[1]]\nweights: [[1]]"))
        let colonRun = try CommandRun.pointwise(["check", colon])
        #expect(colonRun.status == 1)
        #expect(
            colonRun.standardError.contains(
                """
                \(colon):2:1: error: expected 'key: value', found 'input：' without ':'
                    input：
                    ^
                """), "\(colonRun.standardError)")
        #expect(
            colonRun.standardError.contains("note: '：' is a full-width character, as a Chinese input method types it; write ':' instead"))

        let digit = try folder.write("digit.md", lesson("input: [[[1]]]\nweights: [[１]]"))
        let digitRun = try CommandRun.pointwise(["check", digit])
        #expect(digitRun.status == 1)
        #expect(
            digitRun.standardError.contains(
                """
                \(digit):3:12: error: '１' is not a number
                    weights: [[１]]
                               ^
                """), "\(digitRun.standardError)")
        #expect(
            digitRun.standardError.contains("note: '１' is a full-width character, as a Chinese input method types it; write '1' instead"))

        let comma = try folder.write("comma.md", lesson("input: [[[1， 2]]]\nweights: [[1]]"))
        let commaRun = try CommandRun.pointwise(["check", comma])
        #expect(commaRun.status == 1)
        #expect(
            commaRun.standardError.contains("note: '，' is a full-width character, as a Chinese input method types it; write ',' instead"),
            "\(commaRun.standardError)")
    }

    @Test("a folder argument checks every *.md in it, sorted, leaving out README*.md")
    func folder() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("a.md", lesson("input: [[[1]]]\nweights: [[1]]"))
        let bad = try folder.write("b.md", lesson("input: [[[1]]]\nweights: [[1, 2]]"))
        _ = try folder.write("README.md", "# Not a lesson\n")
        _ = try folder.write("notes.txt", "not a lesson either\n")
        let run = try CommandRun.pointwise(["check", folder.path])
        #expect(run.status == 1)
        #expect(run.standardOutput == "\(good): ok\n")
        #expect(run.standardError.contains("\(bad):3:11: error: kernel 1 has 2 weights but the input has 1 channel"))
        #expect(!run.standardError.contains("README"))
        #expect(!run.standardError.contains("notes.txt"))

        let empty = try TemporaryFolder()
        let none = try CommandRun.pointwise(["check", empty.path])
        #expect(none.status == 1)
        #expect(none.standardError == "\(empty.path): error: no lesson files (*.md, README*.md left out) in this folder\n")
    }

    @Test("a bundled lesson is named by its name, not by a path the user does not have")
    func bundledName() throws {
        let run = try CommandRun.pointwise(["check", "intro", "bias-relu"])
        #expect(run.status == 0)
        #expect(run.standardOutput == "intro: ok\nbias-relu: ok\n")
    }
}
