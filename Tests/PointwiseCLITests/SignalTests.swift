import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Every signal a learner's session may meet, sent from outside as `kill` would: the terminal is
/// always given back (`stty -g` compared) and the process never lingers in a garbled terminal.
@Suite("Every signal")
struct SignalTests {
    private static func start() throws -> Tmux {
        let tmux = try launch([repositoryFile("Lessons/intro.md")], width: 100, height: 30)
        try tmux.waitForText("q quit")
        return tmux
    }

    @Test(
        "every default-terminating signal restores the terminal and exits 128 + its number",
        arguments: [
            SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGPIPE,
        ])
    func terminatingSignal(_ number: Int32) throws {
        let tmux = try Self.start()
        try tmux.signal(number)
        #expect(try tmux.waitForExit(timeout: .seconds(5)) == 128 + number)
        #expect(tmux.sttyBefore == tmux.sttyAfter)
    }

    @Test(
        "SEGV, BUS, ILL, FPE, ABRT and QUIT sent from outside end the process after restoring the terminal",
        arguments: [
            SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGQUIT,
        ])
    func crashSignalFromOutside(_ number: Int32) throws {
        let tmux = try Self.start()
        try tmux.signal(number)
        // Killed by the signal: the shell reports 128 + n; never still running.
        #expect(try tmux.waitForExit(timeout: .seconds(5)) == 128 + number)
        #expect(tmux.sttyBefore == tmux.sttyAfter)
    }

    @Test("the Swift crash reporter never waits for a key: on a terminal the program runs with interactive backtraces off")
    func crashReporterNotInteractive() throws {
        let tmux = try Self.start()
        let pid = try #require(try tmux.waitForProcessID())
        // The environment the running program was started with (after its own re-exec).
        let environment = try Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/environ"))
        let variables = environment.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        #expect(
            variables.contains { $0.hasPrefix("SWIFT_BACKTRACE=") && $0.hasSuffix("interactive=no") },
            "\(variables.filter { $0.hasPrefix("SWIFT") })")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.sttyBefore == tmux.sttyAfter)
    }

    @Test(
        "after SIGSTOP and SIGCONT from outside, with the terminal put back in cooked mode meanwhile, keys work at once and the screen is repainted"
    )
    func stopAndContinue() throws {
        let tmux = try Self.start()
        try tmux.signal(SIGSTOP)
        let tty = try tmux.paneFormat("#{pane_tty}")
        // What a shell does while a job is stopped: its own cooked, echoing modes.
        let sane = try CommandRun.run(executable: "/bin/stty", ["-F", tty, "sane"])
        #expect(sane.status == 0)
        // Wipe the pane, so only a repaint brings the screen back.
        let terminal = try #require(FileHandle(forWritingAtPath: tty))
        terminal.write(Data("\u{1B}[2J".utf8))
        try terminal.close()
        try tmux.waitUntil(timeout: .seconds(5), "the pane to be wiped") { lines in !lines.contains { $0.contains("q quit") } }
        try tmux.signal(SIGCONT)
        try tmux.waitForText("q quit", timeout: .seconds(5))
        // Raw again: one key press moves without Enter, and nothing is echoed.
        try tmux.sendKeys("l")
        let lines = try tmux.waitForText("step 1 of 54", timeout: .seconds(5))
        #expect(!lines.contains { $0.hasPrefix("l") })
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.sttyBefore == tmux.sttyAfter)
    }
}

/// A terminal ncurses cannot drive gets the plain walkthrough, not a garbled screen.
@Suite("TERM=dumb")
struct DumbTerminalTests {
    @Test("TERM=dumb prints the walkthrough as without a terminal and exits 0")
    func dumbTerminal() throws {
        let tmux = try Tmux(command: [try PointwiseBinary.path(), "intro"], width: 100, height: 30, term: "dumb")
        #expect(try tmux.waitForExit(timeout: .seconds(10)) == 0)
        let lines = try tmux.capture()
        #expect(lines.contains { $0 == "out2:" })
        #expect(!lines.joined().contains("\u{1B}"))
        #expect(tmux.sttyBefore == tmux.sttyAfter)
    }

    @Test("without an alternate screen (vt100) the last frame stays and the shell's prompt gets a line of its own below it")
    func noAlternateScreen() throws {
        let state = NSTemporaryDirectory() + "pointwise-state-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: state) }
        let tmux = try Tmux(
            command: [try PointwiseBinary.path(), "intro"], width: 100, height: 30, term: "vt100",
            environment: ["XDG_STATE_HOME": state])
        try tmux.waitForText("q quit")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        let lines = try tmux.capture()
        let cursorRow = try #require(Int(try tmux.paneFormat("#{cursor_y}")))
        // The cursor (where a prompt would go) is on the bottom row, which is blank; the status
        // line, scrolled up by one, is intact just above it.
        #expect(cursorRow == 29)
        #expect(cursorRow >= lines.count || lines[cursorRow].trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(lines.count >= cursorRow && lines[cursorRow - 1].contains("q quit"))
        #expect(tmux.sttyBefore == tmux.sttyAfter)
    }
}
