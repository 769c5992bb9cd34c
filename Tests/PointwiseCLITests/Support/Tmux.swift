import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failure of the tmux harness, with what the pane showed last when that helps.
struct TmuxError: Error, CustomStringConvertible {
    let description: String
}

/// A program running in a detached tmux pane of a given size, driven as a person would.
///
/// Each instance starts its own tmux server on a private socket inside its own temporary
/// directory (`tmux -S …`), with no user configuration, so tests can run in parallel and never
/// touch a user's tmux. The pane runs a small `sh` script that records `stty -g` before and
/// after the program, the program's process id, and its exit status, then keeps the pane open
/// until `close()` (or `deinit`) kills the server.
///
/// ```swift
/// let tmux = try Tmux(command: [try PointwiseBinary.path(), "Lessons/intro.md"], width: 100, height: 30)
/// try tmux.waitForText("step 1 of")
/// try tmux.sendKeys("Right", "Right")
/// let lines = try tmux.capture()
/// try tmux.sendKeys("C-c")
/// #expect(try tmux.waitForExit() == 130)
/// #expect(tmux.sttyBefore == tmux.sttyAfter)
/// ```
final class Tmux {
    /// The pane's size when it started (see `resize`).
    let width: Int
    let height: Int
    /// The private directory holding the socket, the script and the files the script writes.
    let directory: URL
    /// The session's name on the private server.
    let sessionName = "pointwise"

    private let socketPath: String
    private let configurationPath: String
    private let tmuxPath: String
    private var closed = false
    private var commandCount = 0

    /// Starts a detached session running `command` (program and arguments, not a shell line).
    ///
    /// The pane's environment is explicit: `PATH` and `HOME` from this process, `TERM` (default
    /// `xterm-256color`), `LANG=C.UTF-8`, `XDG_STATE_HOME` in the private directory, then
    /// `environment` on top (e.g. `["NO_COLOR": "1"]`).
    init(
        command: [String], width: Int = 80, height: Int = 24, term: String = "xterm-256color",
        environment: [String: String] = [:], workingDirectory: String? = nil
    ) throws {
        guard let tmuxPath = Self.findExecutable("tmux") else { throw TmuxError(description: "tmux is not on the PATH") }
        guard let program = command.first, !program.isEmpty else { throw TmuxError(description: "no command to run") }
        self.tmuxPath = tmuxPath
        self.width = width
        self.height = height
        // Short and unique: a socket path must stay under about 100 bytes, and tests run in parallel.
        let unique = "pw-tmux-\(getpid())-\(UUID().uuidString.prefix(8))"
        directory = URL(fileURLWithPath: "/tmp", isDirectory: true).appendingPathComponent(unique, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        socketPath = directory.appendingPathComponent("socket").path
        configurationPath = directory.appendingPathComponent("tmux.conf").path

        let configuration = """
            set -g status off
            set -g default-terminal "\(term)"
            set -g escape-time 0
            set -g remain-on-exit off
            set -g history-limit 100
            """
        try configuration.write(toFile: configurationPath, atomically: true, encoding: .utf8)

        var variables: [String: String] = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "TERM": term,
            "LANG": "C.UTF-8",
            // The program remembers progress per lesson; a private state folder keeps one test's
            // progress from turning into another's "resume?" question, and the user's own untouched.
            "XDG_STATE_HOME": directory.appendingPathComponent("state").path,
        ]
        if let home = ProcessInfo.processInfo.environment["HOME"] { variables["HOME"] = home }
        for (name, value) in environment { variables[name] = value }
        let script = Self.script(
            command: command, variables: variables, directory: directory.path, workingDirectory: workingDirectory)
        let scriptPath = directory.appendingPathComponent("run.sh").path
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)

        do {
            try run([
                "new-session", "-d", "-s", sessionName, "-x", String(width), "-y", String(height),
                "sh \(Self.quoted(scriptPath))",
            ])
        } catch {
            close()
            throw error
        }
    }

    deinit { close() }

    // MARK: Driving the pane

    /// Sends keys by tmux's names: `"Right"`, `"Enter"`, `"Escape"`, `"C-c"`, `"PageDown"`,
    /// `"F1"`, or plain characters such as `"q"`.
    func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", sessionName] + keys)
    }

    /// Types text literally, character by character (no key-name lookup).
    func type(_ text: String) throws {
        try run(["send-keys", "-t", sessionName, "-l", text])
    }

    /// A tmux format expanded for the pane, e.g. `#{mouse_sgr_flag}` (1 while the program has
    /// asked for SGR mouse reports), without the trailing newline.
    func paneFormat(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", sessionName, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pane's rows as text, one string per row, trailing spaces removed. With `escapes`,
    /// SGR escape sequences show colours and attributes (`capture-pane -e`).
    func capture(escapes: Bool = false) throws -> [String] {
        var arguments = ["capture-pane", "-p", "-t", sessionName]
        if escapes { arguments.append("-e") }
        var lines = try run(arguments).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Resizes the window (and its only pane); the program sees a resize as it would in a
    /// terminal emulator.
    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", sessionName, "-x", String(width), "-y", String(height)])
    }

    /// Polls the pane until `predicate` holds for its rows, and returns those rows.
    ///
    /// - Throws: `TmuxError` with the last capture when `timeout` passes first.
    @discardableResult
    func waitUntil(
        timeout: Duration = .seconds(10), _ what: String = "the expected screen",
        _ predicate: ([String]) -> Bool
    ) throws -> [String] {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var lines: [String] = []
        while true {
            lines = try capture()
            if predicate(lines) { return lines }
            if clock.now >= deadline { break }
            usleep(20_000)
        }
        throw TmuxError(
            description: "timed out after \(timeout) waiting for \(what); the pane shows:\n"
                + lines.joined(separator: "\n"))
    }

    /// Polls the pane until some row contains `text`, and returns the rows.
    @discardableResult
    func waitForText(_ text: String, timeout: Duration = .seconds(10)) throws -> [String] {
        try waitUntil(timeout: timeout, "\"\(text)\"") { lines in lines.contains { $0.contains(text) } }
    }

    // MARK: The program's process

    /// The program's process id, once the script has started it.
    var programProcessID: pid_t? {
        guard let text = read("pid"), let value = pid_t(text) else { return nil }
        return value
    }

    /// True while the program has started and not yet exited.
    var isProgramRunning: Bool {
        guard exitStatus == nil, let pid = programProcessID else { return false }
        return kill(pid, 0) == 0
    }

    /// Sends a signal to the program (e.g. `SIGTERM`, `SIGHUP`), as `kill` would.
    func signal(_ signal: Int32) throws {
        guard let pid = try waitForProcessID() else { throw TmuxError(description: "the program has not started") }
        guard kill(pid, signal) == 0 else { throw TmuxError(description: "kill(\(pid), \(signal)) failed: errno \(errno)") }
    }

    /// The program's exit status as the shell reports it (128 + n when signal n killed it),
    /// or nil while it runs.
    var exitStatus: Int32? {
        guard let text = read("status") else { return nil }
        return Int32(text)
    }

    /// Waits for the program to exit and returns its exit status.
    @discardableResult
    func waitForExit(timeout: Duration = .seconds(10)) throws -> Int32 {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if let status = exitStatus { return status }
            usleep(10_000)
        }
        let lines = (try? capture()) ?? []
        throw TmuxError(
            description: "the program did not exit within \(timeout); the pane shows:\n" + lines.joined(separator: "\n"))
    }

    /// `stty -g` of the pane's terminal just before the program started.
    var sttyBefore: String? { read("stty-before") }

    /// `stty -g` of the pane's terminal just after the program exited (nil while it runs).
    var sttyAfter: String? { exitStatus == nil ? nil : read("stty-after") }

    // MARK: Cleaning up

    /// Kills the private tmux server (and with it the pane) and removes the directory.
    func close() {
        guard !closed else { return }
        closed = true
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: Internals

    func waitForProcessID() throws -> pid_t? {
        for _ in 0..<500 {
            if let pid = programProcessID { return pid }
            usleep(10_000)
        }
        return nil
    }

    private func read(_ name: String) -> String? {
        let path = directory.appendingPathComponent(name).path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Runs one tmux command on the private server and returns its standard output.
    ///
    /// Not through Foundation's `Process`: on Linux it learns that a child ended from a
    /// descriptor the child inherits, and the tmux server that `new-session` forks keeps that
    /// descriptor, so `waitUntilExit` never returns. `posix_spawn` with every descriptor above
    /// 2 closed, output through files and `waitpid` keeps the server from holding anything of
    /// ours (the test runner's pipes included).
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        commandCount += 1
        let outputPath = directory.appendingPathComponent("tmux-\(commandCount).out").path
        let errorPath = directory.appendingPathComponent("tmux-\(commandCount).err").path
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorPath)
        }
        let status = try Self.spawnAndWait(
            [tmuxPath, "-u", "-S", socketPath, "-f", configurationPath] + arguments,
            environment: [
                "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                "LANG": "C.UTF-8",
            ],
            outputPath: outputPath, errorPath: errorPath)
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else {
            let message = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            throw TmuxError(description: "tmux \(arguments.joined(separator: " ")) failed (\(status)): \(message)")
        }
        return text
    }

    /// Runs a program with standard input from /dev/null and output to files; returns its exit
    /// status (128 + n if signal n ended it).
    private static func spawnAndWait(
        _ arguments: [String], environment: [String: String], outputPath: String, errorPath: String
    ) throws -> Int32 {
        guard let executable = arguments.first else { throw TmuxError(description: "nothing to run") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // Every other open descriptor is closed in the child (glibc ignores one closed meanwhile).
        let openDescriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in openDescriptors.compactMap({ Int32($0) }) where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        // The test runner's threads block most signals and a spawned process inherits that mask;
        // a tmux server (and the program in its pane) must start with none blocked and default
        // actions, or SIGTERM, SIGCHLD and the rest would never reach them.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw TmuxError(description: "cannot run \(executable): error \(result)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw TmuxError(description: "waitpid failed: errno \(errno)") }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// The pane's script: records `stty -g` around the program, its pid and its exit status.
    ///
    /// The inner `sh -c` writes its own pid and then `exec`s the program, so the pid is the
    /// program's; the program stays in the foreground of the pane's terminal. The status file
    /// is written last (through a rename), so once it exists `stty-after` does too.
    private static func script(
        command: [String], variables: [String: String], directory: String, workingDirectory: String?
    ) -> String {
        var lines = ["#!/bin/sh"]
        for (name, value) in variables.sorted(by: { $0.key < $1.key }) {
            lines.append("\(name)=\(quoted(value)); export \(name)")
        }
        lines.append("dir=\(quoted(directory))")
        if let workingDirectory { lines.append("cd \(quoted(workingDirectory)) || exit 1") }
        lines.append("stty -g > \"$dir/stty-before\" 2>/dev/null")
        lines.append(
            "sh -c 'echo $$ > \"$1\"; shift; exec \"$@\"' sh \"$dir/pid\" "
                + command.map(quoted).joined(separator: " "))
        lines.append("status=$?")
        lines.append("stty -g > \"$dir/stty-after\" 2>/dev/null")
        lines.append("echo \"$status\" > \"$dir/status.partial\" && mv \"$dir/status.partial\" \"$dir/status\"")
        lines.append("exec sleep 86400")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Single-quotes a word for `sh`.
    static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
