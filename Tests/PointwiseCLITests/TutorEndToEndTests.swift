import Foundation
import Testing

/// The tutor in a real terminal: questions, edits, saving, progress and the mouse, in one session.
@Suite("The tutor in a terminal")
struct TutorEndToEndTests {
    /// A 2×2×2 → 2 lesson with two questions at pixel (1, 1): out1 = 1·1 + (−1)·0 = 1, out2 = 0·1 + 2·0 = 0.
    static let lesson = """
        ---
        title: "Tutor test"
        input:
          - [[1, 2], [0, 1]]
          - [[0, 1], [2, 0]]
        weights:
          - [1, -1]
          - [0, 2]
        questions:
          - {pixel: [1, 1], kernel: 1, hint: "One times one, minus nothing."}
          - {pixel: [1, 1], kernel: 2}
        ---

        """

    /// Clicks the first button where `text` is on screen (after `skip` characters of its row), as
    /// a terminal in SGR mode (1006) reports it: `ESC [ < 0 ; column ; row M`, then `m` for the
    /// release, 1-based. ncurses asks for this mode for TERM=xterm-256color (terminfo `XM`, and
    /// `kmous=\\E[<`). tmux forwards real mouse events only from an attached client, so the test
    /// types the report itself.
    private func click(_ text: String, in tmux: Tmux, skip: Int = 0) throws {
        let lines = try tmux.capture()
        guard let row = lines.firstIndex(where: { $0.dropFirst(skip).contains(text) }),
            let range = lines[row].dropFirst(skip).range(of: text)
        else {
            throw TmuxError(description: "'\(text)' is not on screen:\n" + lines.joined(separator: "\n"))
        }
        let column = lines[row].distance(from: lines[row].startIndex, to: range.lowerBound)
        try tmux.type("\u{1B}[<0;\(column + 1);\(row + 1)M")
        try tmux.type("\u{1B}[<0;\(column + 1);\(row + 1)m")
    }

    @Test("answer right and wrong, click, edit a weight, save a copy, quit, come back and resume")
    func learnerSession() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pw-tutor-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lessonPath = folder.appendingPathComponent("lesson.md").path
        let copyPath = folder.appendingPathComponent("copy.md").path
        try Self.lesson.write(toFile: lessonPath, atomically: true, encoding: .utf8)
        let environment = ["XDG_STATE_HOME": folder.appendingPathComponent("state").path]
        let binary = try PointwiseBinary.path()

        var tmux = try Tmux(command: [binary, lessonPath], width: 100, height: 30, environment: environment)
        try tmux.waitForText("Tutor test")
        #expect(try tmux.paneFormat("#{mouse_sgr_flag}") == "1")

        // The lesson's first question stops the walk before out1(1, 1) is shown; 1 is right.
        try tmux.sendKeys("l", "l")
        try tmux.waitForText("Predict out1(1, 1) = ")
        try tmux.waitForText("One times one, minus nothing.")
        try tmux.type("1")
        try tmux.sendKeys("Enter")
        try tmux.waitForText("Right")
        // The second: out2(1, 1) is 0, not 5.
        try tmux.sendKeys("l", "l")
        try tmux.waitForText("Predict out2(1, 1) = ")
        try tmux.type("5")
        try tmux.sendKeys("Enter")
        try tmux.waitForText("Not quite")

        // A click on the kernel row label w1 goes to kernel 1's first term at the current pixel;
        // a click on x1's (1, 2) value, 2, to that pixel's first term.
        try click("w1 ", in: tmux)
        try tmux.waitForText("step 1 of 16")
        try click(" 2 ", in: tmux, skip: 2)
        try tmux.waitForText("pixel (1, 2)")
        try click("w1 ", in: tmux)
        try tmux.sendKeys("g", "l")
        try tmux.waitForText("step 1 of 16")

        // Edit w11 from 1 to 3 (e starts on x1, Tab goes to its weight): out1(1, 1) becomes 3.
        try tmux.sendKeys("e", "Tab")
        try tmux.waitForText("w11")
        try tmux.type("3")
        try tmux.sendKeys("Enter")
        try tmux.waitForText("w11 is now 3")
        // Esc alone (sent with the next key it would read as Alt+key), then the next step.
        try tmux.sendKeys("Escape")
        try tmux.waitUntil("edit mode closed") { lines in !lines.contains { $0.contains("Editing") } }
        try tmux.sendKeys("l")
        var lines = try tmux.waitForText("step 2 of 16")
        #expect(lines.contains { $0.contains("→ out1(1, 1) = 3") })

        // Save a copy under a new name; the original stays as it was.
        try tmux.sendKeys("w", "C-u")
        try tmux.type(copyPath)
        try tmux.sendKeys("Enter")
        try tmux.waitForText("copy.md")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.sttyBefore == tmux.sttyAfter)
        // ncurses' endwin turned mouse reports off.
        #expect(try tmux.paneFormat("#{mouse_sgr_flag}#{mouse_standard_flag}") == "00")
        tmux.close()

        let copy = try String(contentsOfFile: copyPath, encoding: .utf8)
        #expect(copy.contains("[3, -1]"))
        #expect(copy.contains("questions:"))
        #expect(try String(contentsOfFile: lessonPath, encoding: .utf8) == Self.lesson)
        let check = try CommandRun.pointwise(["check", copyPath])
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")

        // Back again: the resume offer, y, and the walk is where it was left.
        tmux = try Tmux(command: [binary, lessonPath], width: 100, height: 30, environment: environment)
        lines = try tmux.waitForText("Resume at step 2 of 16?")
        #expect(lines.contains { $0.contains("1 of 2 right") })
        try tmux.sendKeys("y")
        try tmux.waitForText("step 2 of 16")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        tmux.close()

        // --fresh ignores it.
        tmux = try Tmux(command: [binary, lessonPath, "--fresh"], width: 100, height: 30, environment: environment)
        lines = try tmux.waitForText("Tutor test")
        #expect(!lines.contains { $0.contains("Resume") })
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// FNV-1a, 64 bits, as 16 hex digits: how progress files are named, and the fingerprint a
    /// record held before fingerprints were XXH64 (worked out here, apart from the program's own).
    private static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    @Test("a progress record from before (an FNV-1a fingerprint) still offers its step, and is saved again as XXH64")
    func olderRecordStillResumes() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("lesson.md", Self.lesson)
        let state = folder.path + "/state"
        let records = state + "/pointwise"
        try FileManager.default.createDirectory(atPath: records, withIntermediateDirectories: true)
        let record = records + "/" + Self.fnv1a(path) + ".progress"
        let older = "pointwise-progress 1\nlesson \(path)\nhash \(Self.fnv1a(Self.lesson))\nsteps 16\nstep 3\n"
        try older.write(toFile: record, atomically: true, encoding: .utf8)
        let environment = ["XDG_STATE_HOME": state]
        let binary = try PointwiseBinary.path()

        var tmux = try Tmux(command: [binary, path], width: 100, height: 30, environment: environment)
        try tmux.waitForText("Resume at step 3 of 16?")
        try tmux.sendKeys("y")
        try tmux.waitForText("step 3 of 16")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        tmux.close()
        let saved = try String(contentsOfFile: record, encoding: .utf8)
        let hashLine = try #require(saved.split(separator: "\n").first { $0.hasPrefix("hash ") })
        #expect(hashLine.hasPrefix("hash xxh64:") && hashLine.count == "hash xxh64:".count + 16, "\(saved)")

        // The record as saved now is recognised in turn.
        tmux = try Tmux(command: [binary, path], width: 100, height: 30, environment: environment)
        try tmux.waitForText("Resume at step 3 of 16?")
        try tmux.sendKeys("n", "q")
        #expect(try tmux.waitForExit() == 0)
        tmux.close()

        // A record of the file before a weight changed (same steps) offers nothing.
        try older.write(toFile: record, atomically: true, encoding: .utf8)
        _ = try folder.write("lesson.md", Self.lesson.replacingOccurrences(of: "[0, 2]", with: "[0, 3]"))
        tmux = try Tmux(command: [binary, path], width: 100, height: 30, environment: environment)
        let lines = try tmux.waitForText("Tutor test")
        #expect(!lines.contains { $0.contains("Resume") })
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test("saving a copy over the lesson on screen is refused, and the file is untouched")
    func neverWritesTheLesson() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("lesson.md", Self.lesson)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let tmux = try Tmux(command: [try PointwiseBinary.path(), path, "--fresh"], width: 100, height: 30, workingDirectory: folder.path)
        try tmux.waitForText("introduction")
        // A different spelling of the same file: refused before any "replace it?" question.
        try tmux.sendKeys("w", "C-u")
        try tmux.type("./lesson.md")
        try tmux.sendKeys("Enter")
        try tmux.waitForText("never writes to")
        try tmux.sendKeys("Escape")
        try tmux.waitUntil(timeout: .seconds(10), "the message to close") { lines in !lines.contains { $0.contains("never writes to") } }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("edit a value, try to quit: asked; cancel keeps the edits; quit again, save a copy, and it quits")
    func quitWithEditsAsks() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("lesson.md", Self.lesson)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let tmux = try Tmux(command: [try PointwiseBinary.path(), path, "--fresh"], width: 100, height: 30, workingDirectory: folder.path)
        try tmux.waitForText("introduction")
        // e, 7, Enter puts 7 in x1(1, 1); the status line marks the edit.
        try tmux.sendKeys("e")
        try tmux.waitForText("Editing")
        try tmux.type("7")
        try tmux.sendKeys("Enter")
        try tmux.waitForText("is now 7")
        // Esc leaves edit mode only; the next Esc would have quit before, now it asks.
        try tmux.sendKeys("Escape")
        try tmux.waitUntil("edit mode closed") { lines in !lines.contains { $0.contains("Editing") } }
        try tmux.waitForText("edited")
        try tmux.sendKeys("Escape")
        try tmux.waitForText("Your edits are not saved. Quit anyway?")
        // c cancels: still running, the edit still there.
        try tmux.sendKeys("c")
        let lines = try tmux.waitForText("Not quit")
        #expect(lines.contains { $0.contains("edited") })
        // q asks again; s saves a copy under a new name, and then it quits.
        try tmux.sendKeys("q")
        try tmux.waitForText("Your edits are not saved. Quit anyway?")
        try tmux.sendKeys("s")
        try tmux.waitForText("Save a copy to:")
        try tmux.sendKeys("C-u")
        try tmux.type("saved.md")
        try tmux.sendKeys("Enter")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.sttyBefore == tmux.sttyAfter)
        let copy = try String(contentsOfFile: folder.path + "/saved.md", encoding: .utf8)
        #expect(copy.contains("[[7, 2], [0, 1]]"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
