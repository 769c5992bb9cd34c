import Foundation
import Testing

/// Output nobody can receive: the first failed write stops the work, and the exit status says so.
@Suite("Honest exit codes on write errors")
struct WriteErrorTests {
    /// Runs a bash line with `$POINTWISE` set to the built binary; standard output is the line's.
    private static func bash(_ line: String) throws -> CommandRun {
        try CommandRun.run(
            executable: "/bin/bash", ["-c", line],
            environment: ["POINTWISE": try PointwiseBinary.path(), "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"])
    }

    @Test(
        "print, print --json and export into a full disk exit 1 and say why",
        arguments: [
            "print intro", "print --json intro", "export intro --numpy", "list",
        ])
    func fullDisk(_ command: String) throws {
        let run = try Self.bash("\"$POINTWISE\" \(command) > /dev/full; echo \"status $?\"")
        #expect(run.standardOutput == "status 1\n")
        #expect(run.standardError.contains("pointwise: cannot write the output: No space left on device"))
    }

    @Test(
        "with SIGPIPE ignored, a closed pipe stops a long print at once with status 141",
        arguments: [
            "print inception", "print --json inception", "export inception --pytorch",
        ])
    func closedPipe(_ command: String) throws {
        let clock = ContinuousClock()
        let start = clock.now
        // `timeout` would report 124 if the output went on being computed after `head` left.
        let run = try Self.bash(
            "trap '' PIPE; timeout 60 \"$POINTWISE\" \(command) | head -c 10 > /dev/null; echo \"status ${PIPESTATUS[0]}\"")
        #expect(run.standardOutput == "status 141\n")
        #expect(clock.now - start < .seconds(20))
    }
}
