import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Saving an edited copy cannot be turned against the learner: no guessable temporary file, no
/// special file replaced, the permissions of a replaced file kept.
@Suite("Safe saves")
struct SafeSaveTests {
    private static let lesson = "---\ninput:\n  - [[1, 2], [3, 4]]\nweights:\n  - [2]\n---\n"

    /// Asks the running explainer to save a copy at `path`; `replace` answers the question.
    private static func save(_ tmux: Tmux, to path: String, replace: Bool = false) throws {
        try tmux.sendKeys("w", "C-u")
        try tmux.type(path)
        try tmux.sendKeys("Enter")
        if replace {
            try tmux.waitForText("Replace it?")
            try tmux.sendKeys("y")
        }
    }

    @Test("a link planted at the old temporary name, a FIFO as the target, and a 0600 file replaced")
    func hostileTargets() throws {
        let folder = try TemporaryFolder()
        let lessonPath = try folder.write("lesson.md", Self.lesson)
        let victim = try folder.write("victim.txt", "precious\n")
        let tmux = try Tmux(
            command: [try PointwiseBinary.path(), lessonPath, "--fresh"], width: 160, height: 30, workingDirectory: folder.path)
        try tmux.waitForText("q quit")
        let pid = try #require(tmux.programProcessID)

        // The temporary name was `<path>.tmp-<pid>`: a link planted there redirected the write.
        let copy = folder.path + "/copy.md"
        #expect(symlink(victim, copy + ".tmp-\(pid)") == 0)
        try Self.save(tmux, to: copy)
        try tmux.waitForText("Saved a copy to")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        #expect(try String(contentsOfFile: copy, encoding: .utf8).contains("weights:"))

        // A FIFO is never replaced by a regular file, even before the question.
        let fifo = folder.path + "/fifo.md"
        #expect(mkfifo(fifo, 0o600) == 0)
        try Self.save(tmux, to: fifo)
        try tmux.waitForText("not a regular file")
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO)

        // A private file stays private when replaced.
        let secret = try folder.write("secret.md", "old\n")
        #expect(chmod(secret, 0o600) == 0)
        try Self.save(tmux, to: secret, replace: true)
        try tmux.waitUntil(timeout: .seconds(5), "the file to be replaced") { _ in
            (try? String(contentsOfFile: secret, encoding: .utf8))?.contains("weights:") == true
        }
        #expect(stat(secret, &status) == 0 && status.st_mode & 0o777 == 0o600)

        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        // No temporary file is left behind.
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.contains(".tmp-") && !$0.hasSuffix(".tmp-\(pid)")
        }
        #expect(left.isEmpty, "\(left)")
    }
}
