import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Checks the tmux harness itself with plain shell commands, so it is known to work before
/// any test of the real program relies on it.
@Suite("The tmux harness")
struct TmuxHarnessTests {
    @Test("tmux is installed (.ci/run installs it; every end-to-end test needs it and fails without it)")
    func installed() {
        #expect(Tmux.findExecutable("tmux") != nil)
    }

    @Test("shows what the program prints, at the size asked for, with wide characters")
    func capturesText() throws {
        let tmux = try Tmux(
            command: ["sh", "-c", "printf '寬字|\\nab|\\n'; stty size; read line; echo \"got:$line\""],
            width: 50, height: 12)
        let lines = try tmux.waitForText("12 50")
        #expect(Array(lines.prefix(2)) == ["寬字|", "ab|"])
        #expect(lines.count == 12)
        try tmux.type("abc")
        try tmux.sendKeys("Enter")
        try tmux.waitForText("got:abc")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.sttyBefore != nil)
        #expect(tmux.sttyBefore == tmux.sttyAfter)
        #expect(!tmux.isProgramRunning)
    }

    @Test("delivers a signal to the program and reports 128 + its number")
    func signalsTheProgram() throws {
        let tmux = try Tmux(command: ["sleep", "30"], width: 40, height: 8)
        try tmux.signal(SIGTERM)
        #expect(try tmux.waitForExit() == 143)
    }

    @Test("resizes the pane")
    func resizes() throws {
        let tmux = try Tmux(command: ["sh", "-c", "while read line; do stty size; done"], width: 40, height: 8)
        try tmux.resize(width: 60, height: 10)
        try tmux.sendKeys("Enter")
        try tmux.waitForText("10 60")
        #expect(tmux.isProgramRunning)
        try tmux.sendKeys("C-d")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test("finds the built pointwise binary")
    func findsBinary() throws {
        let path = try PointwiseBinary.path()
        #expect(path.hasSuffix("/pointwise"))
    }
}
