import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Hostile files met by the real binary: special files where a lesson or progress should be,
/// thousands of mistakes on one line, planted links at a save.
@Suite("Hostile files and special files")
struct HostileFilesTests {
    private static let lesson = "---\ninput:\n  - [[1, 2], [3, 4]]\nweights:\n  - [2]\n---\n"

    private static func badValues(_ count: Int) -> String {
        "---\ninput:\n  - [[" + Array(repeating: "x", count: count).joined(separator: ", ") + "]]\nweights:\n  - [1]\n---\n"
    }

    @Test("check of a FIFO answers at once with an error naming it; a lesson of 10,000 bad values is checked in a second")
    func checkSpecialAndHostile() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path + "/fifo.md"
        #expect(mkfifo(fifo, 0o644) == 0)
        let bad = try folder.write("bad.md", Self.badValues(10_000))
        let clock = ContinuousClock()
        var start = clock.now
        let special = try CommandRun.pointwise(["check", fifo])
        #expect(clock.now - start < .seconds(2))
        #expect(special.status == 1)
        #expect(special.standardError.contains("fifo.md: error: cannot read '\(fifo)': it is a FIFO (named pipe), not a regular file"))
        start = clock.now
        let hostile = try CommandRun.pointwise(["check", bad])
        #expect(clock.now - start < .seconds(2))
        #expect(hostile.status == 1)
        #expect(hostile.standardError.components(separatedBy: ": error: ").count - 1 == 100)
        #expect(hostile.standardError.contains("bad.md: note: and 9,900 more problems not shown"))
    }

    @Test("a lesson big enough to be mapped rather than copied (90 KB) is read as a small one: its error at the end is located and shown")
    func mappedLessonError() throws {
        // 300 rows of 50 values, one row a line from line 3; row 300's eleventh value is bad.
        let rows = (0..<300).map { row in
            (0..<50).map { row == 299 && $0 == 10 ? "oops" : "1.25" }.joined(separator: ", ")
        }
        let text = "---\ninput:\n  - [[" + rows.joined(separator: "],\n     [") + "]]\nweights:\n  - [2]\n---\n"
        #expect(text.utf8.count > 64 * 1024)
        let folder = try TemporaryFolder()
        let bad = try folder.write("big.md", text)
        let run = try CommandRun.pointwise(["check", bad])
        #expect(run.status == 1)
        // Line 302, column 7 + 6 × 10 (each value and its ", " are six columns).
        #expect(run.standardError.contains("big.md:302:67: error: 'oops' is not a number"))
        #expect(run.standardError.contains("1.25, 1.25, oops, 1.25, 1.25"))
        let good = try folder.write("good.md", text.replacingOccurrences(of: "oops", with: "0.75"))
        let json = try CommandRun.pointwise(["print", "--json", good])
        #expect(json.status == 0)
        // The one kernel doubles each value: 2 × 0.75 = 1.5 at row 300, column 11; 2.5 elsewhere.
        let outputRows = (0..<300).map { row in (0..<50).map { row == 299 && $0 == 10 ? "1.5" : "2.5" }.joined(separator: ",") }
        #expect(json.standardOutput.contains("\"output\":[[[" + outputRows.joined(separator: "],[") + "]]]"))
    }

    @Test("a regular file that reports no size (as /proc's do) is read whole, not taken for an empty one")
    func fileWithoutSize() throws {
        // fstat says 0 bytes; the reader goes on past the size it was told and finds the text.
        let run = try CommandRun.pointwise(["check", "/proc/self/status"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("/proc/self/status:1:1: error: a lesson must start with a line '---'"))
        #expect(run.standardError.contains("Name:"))
        #expect(!run.standardError.contains("the file is empty"))
    }

    @Test("a file over the size bound is refused with its true size")
    func trueSize() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/big.md"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(count: 20_000_000)))
        let run = try CommandRun.pointwise(["check", path])
        #expect(run.status == 1)
        #expect(run.standardError.contains("it is 20,000,000 bytes; at most 16,777,216 bytes are read"))
    }

    @Test("a watched lesson replaced by thousands of errors, then by a FIFO, never freezes the screen; q quits at once")
    func reloadHostile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("lesson.md", Self.lesson)
        let tmux = try launch([path], width: 200, height: 40)
        try tmux.waitForText("q quit")
        let clock = ContinuousClock()
        var start = clock.now
        try Self.badValues(10_000).write(toFile: path, atomically: true, encoding: .utf8)
        try tmux.waitForText("lesson not reloaded", timeout: .seconds(5))
        #expect(clock.now - start < .seconds(3))
        // Replaced by a FIFO (as by a hostile `mv`): refused, located, and the keys still work.
        #expect(unlink(path) == 0)
        #expect(mkfifo(path, 0o644) == 0)
        try tmux.waitForText("not a regular file", timeout: .seconds(5))
        start = clock.now
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit(timeout: .seconds(3)) == 0)
        #expect(clock.now - start < .seconds(2))
        #expect(tmux.sttyBefore == tmux.sttyAfter)
    }

    @Test("a FIFO where the progress file should be does not block start-up")
    func progressFIFO() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("lesson.md", Self.lesson)
        let state = folder.path + "/state"
        try FileManager.default.createDirectory(atPath: state + "/pointwise", withIntermediateDirectories: true)
        // Every progress file name this lesson could use: find it by a first run that saves one.
        let first = try Tmux(command: [try PointwiseBinary.path(), path], width: 100, height: 30, environment: ["XDG_STATE_HOME": state])
        try first.waitForText("q quit")
        try first.sendKeys("l", "q")
        #expect(try first.waitForExit() == 0)
        let saved = try FileManager.default.contentsOfDirectory(atPath: state + "/pointwise").filter { $0.hasSuffix(".progress") }
        #expect(saved.count == 1)
        for name in saved {
            #expect(unlink(state + "/pointwise/" + name) == 0)
            #expect(mkfifo(state + "/pointwise/" + name, 0o644) == 0)
        }
        let tmux = try Tmux(command: [try PointwiseBinary.path(), path], width: 100, height: 30, environment: ["XDG_STATE_HOME": state])
        try tmux.waitForText("q quit", timeout: .seconds(5))
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit(timeout: .seconds(3)) == 0)
    }
}
