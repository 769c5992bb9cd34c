import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// True when a screen line holds these words in order, however they are spaced or bracketed.
private func showsRow(_ line: String, _ words: String) -> Bool {
    line.filter { $0 != "[" && $0 != "]" }.split(separator: " ").joined(separator: " ").contains(words)
}

/// A teacher edits the lesson in another window while the explainer runs: the saves show up.
@Suite("Live reload in a terminal")
struct LiveReloadTests {
    @Test(
        "a save reloads within a second at the same step; a broken save shows located errors; a deleted file is reported; the file is never written"
    )
    func teacherLoop() throws {
        let folder = try TemporaryFolder()
        let original = try String(contentsOfFile: repositoryFile("Lessons/intro.md"), encoding: .utf8)
        let path = try folder.write("lesson.md", original)
        let tmux = try launch([path], width: 100, height: 30)
        try tmux.waitForText("q quit")
        try tmux.sendKeys("l", "l", "l", "l")
        try tmux.waitForText("step 4 of 54")

        // A valid edit: w21 becomes 7; the learner stays at step 4.
        let clock = ContinuousClock()
        var start = clock.now
        try original.replacingOccurrences(of: "[0, 2, 1]", with: "[7, 2, 1]").write(toFile: path, atomically: false, encoding: .utf8)
        var lines = try tmux.waitUntil(timeout: .seconds(5), "w2's row to read 7 2 1") { lines in
            lines.contains { showsRow($0, "w2 7 2 1") }
        }
        #expect(clock.now - start < .seconds(1))
        #expect(lines.contains { $0.contains("step 4 of 54") })

        // A broken edit: the last good lesson stays, with the error located in a panel.
        start = clock.now
        try original.replacingOccurrences(of: "[0, 2, 1]", with: "[0, 2]").write(toFile: path, atomically: true, encoding: .utf8)
        lines = try tmux.waitForText("lesson not reloaded", timeout: .seconds(5))
        #expect(clock.now - start < .seconds(1))
        #expect(lines.contains { $0.contains("/lesson.md:10:5: error: kernel 2 has 2") })
        #expect(lines.contains { showsRow($0, "w2 7 2 1") })
        #expect(lines.contains { $0.contains("step 4 of 54") })

        // Fixed: the panel goes and the new numbers show.
        try original.write(toFile: path, atomically: true, encoding: .utf8)
        lines = try tmux.waitUntil(timeout: .seconds(5), "the panel to go") { lines in
            !lines.contains { $0.contains("lesson not reloaded") } && lines.contains { showsRow($0, "w2 0 2 1") }
        }

        // Deleted, then back.
        let moved = folder.path + "/moved.md"
        #expect(rename(path, moved) == 0)
        lines = try tmux.waitForText("is gone", timeout: .seconds(5))
        #expect(lines.contains { $0.contains("step 4 of 54") })
        #expect(rename(moved, path) == 0)
        try tmux.waitUntil(timeout: .seconds(5), "the panel to go") { lines in
            !lines.contains { $0.contains("lesson not reloaded") } && lines.contains { $0.contains("step 4 of 54") }
        }

        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        var status = stat()
        stat(path, &status)
        let modified = status.st_mtim
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.sttyBefore == tmux.sttyAfter)
        // Pointwise only ever reads the file.
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        stat(path, &status)
        #expect(status.st_mtim.tv_sec == modified.tv_sec && status.st_mtim.tv_nsec == modified.tv_nsec)
    }

    @Test("a read-only lesson file opens, reloads, and quits cleanly")
    func readOnlyFile() throws {
        let folder = try TemporaryFolder()
        let original = try String(contentsOfFile: repositoryFile("Lessons/intro.md"), encoding: .utf8)
        let path = try folder.write("lesson.md", original)
        #expect(chmod(path, 0o444) == 0)
        let tmux = try launch([path], width: 100, height: 30)
        try tmux.waitForText("q quit")
        #expect(chmod(path, 0o644) == 0)
        try original.replacingOccurrences(of: "[0, 2, 1]", with: "[9, 2, 1]").write(toFile: path, atomically: true, encoding: .utf8)
        try tmux.waitUntil(timeout: .seconds(5), "the reload") { lines in lines.contains { showsRow($0, "w2 9 2 1") } }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.sttyBefore == tmux.sttyAfter)
    }
}
