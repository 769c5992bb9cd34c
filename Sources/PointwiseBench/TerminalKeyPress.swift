import Glibc

/// A key press as a learner's terminal sees it: the real `pointwise` binary in a pseudo-terminal,
/// its update, render, frame comparison, ncurses draw and write to the terminal all counted.
///
/// Section (c) times update + render in this process; this runs the program on a pty of the
/// given size (as `scripts/bench-keypress-pty.py` does, so either can be run), presses keys one at
/// a time, and after each reads what is drawn until the terminal has been quiet for a moment, so
/// every frame is drawn and sent before the next key. The figure is the child's own CPU time over
/// the presses (the scheduler's count, `/proc/PID/schedstat`, free of this reader's waiting and of
/// the machine's other load), minus what it spends idle for as long (its tick timer), per press.
enum TerminalKeyPress {
    struct Outcome {
        /// The child's CPU nanoseconds per key press, idle time taken away.
        let nanosecondsPerPress: Double
        /// The child's CPU nanoseconds while idle for as long as the presses took.
        let idleNanoseconds: Double
        /// Bytes the program wrote to the terminal per press.
        let bytesPerPress: Int
    }

    /// The keys of section (c) as a terminal sends them: steps, pixels, kernels, channels and back.
    static let keys: [[UInt8]] = [
        right, right, Array("n".utf8), right, Array("]".utf8), Array("L".utf8), Array("J".utf8), left, Array("}".utf8),
        Array("n".utf8), right, Array("p".utf8),
    ]
    private static let right: [UInt8] = [0x1B, 0x5B, 0x43]
    private static let left: [UInt8] = [0x1B, 0x5B, 0x44]

    /// Nanoseconds without output that mark a frame as wholly drawn.
    static let quiet: UInt64 = 50_000_000

    /// `pointwise-bench terminal LESSON [WxH] [PRESSES]`: one lesson's figure, for a quick look.
    static func runIfAsked(_ arguments: [String]) -> Bool {
        guard arguments.first == "terminal" else { return false }
        guard arguments.count >= 2, let binary = ChildProcess.pointwiseBinary() else {
            print("usage: pointwise-bench terminal LESSON [WxH] [PRESSES]  (after `swift build -c release`)")
            return true
        }
        let size = arguments.count > 2 ? arguments[2].split(separator: "x").compactMap { Int($0) } : [120, 40]
        let presses = arguments.count > 3 ? Int(arguments[3]) ?? 120 : 120
        guard size.count == 2,
            let outcome = measure(binary: binary, lesson: arguments[1], width: size[0], height: size[1], presses: presses)
        else {
            print("could not run \(arguments[1]) in a pseudo-terminal")
            return true
        }
        print("\(arguments[1]) at \(size[0])×\(size[1]): \(line(outcome))")
        return true
    }

    /// The outcome as the report's cells: CPU per press, idle CPU, bytes per press.
    static func line(_ outcome: Outcome) -> String {
        "\(Measure.milliseconds(outcome.nanosecondsPerPress)) | \(Measure.milliseconds(outcome.idleNanoseconds)) | \(outcome.bytesPerPress)"
    }

    /// Runs `binary LESSON --fresh` on a new pseudo-terminal of `width`×`height` and presses
    /// `presses` keys; nil when the terminal or the child cannot be had.
    static func measure(binary: String, lesson: String, width: Int, height: Int, presses: Int) -> Outcome? {
        // posix_openpt, unlockpt and ptsname by hand: Swift's Glibc module leaves them out (they
        // need _XOPEN_SOURCE), and on Linux they are an open and two ioctls on /dev/ptmx.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { return nil }
        defer { close(master) }
        var unlocked: Int32 = 0
        var number: Int32 = 0
        guard ioctl(master, Linux.unlockPseudoTerminal, &unlocked) == 0, ioctl(master, Linux.pseudoTerminalNumber, &number) == 0
        else { return nil }
        let terminalPath = "/dev/pts/\(number)"
        // The size is set before the child starts, so its first frame already has it.
        var size = winsize(ws_row: UInt16(clamping: height), ws_col: UInt16(clamping: width), ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else { return nil }
        // A state folder of its own: no "resume?" question, and the user's progress untouched.
        var template = Array("/tmp/pointwise-bench-pty-XXXXXX".utf8CString)
        guard let folder = template.withUnsafeMutableBufferPointer({ buffer in buffer.baseAddress.flatMap { mkdtemp($0) } })
        else { return nil }
        let stateFolder = String(cString: folder)
        defer { _ = ChildProcess.run("/bin/rm", ["-rf", stateFolder]) }

        guard let pid = spawn(binary, [lesson, "--fresh"], terminal: terminalPath, stateFolder: stateFolder) else { return nil }
        // The first frame, whole: its status line ends in "quit", then a quiet moment. (Quiet
        // alone is not enough: a big lesson can take a while between newterm's first bytes and
        // its first frame.)
        guard waitForFirstFrame(master) else {
            kill(pid, SIGTERM)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            return nil
        }
        let busyStart = cpuNanoseconds(pid)
        let wallStart = Measure.now()
        var drawn = 0
        for index in 0..<presses {
            let key = keys[index % keys.count]
            _ = key.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
            drawn += drain(master, quiet: quiet, limit: 10_000_000_000)
        }
        let busyWall = Measure.now() - wallStart
        let busy = cpuNanoseconds(pid) - busyStart
        let idleStart = cpuNanoseconds(pid)
        _ = drain(master, quiet: busyWall, limit: busyWall + 1_000_000_000)
        let idle = cpuNanoseconds(pid) - idleStart
        _ = Array("q".utf8).withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
        _ = drain(master, quiet: 200_000_000, limit: 5_000_000_000)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let count = Double(max(1, presses))
        return Outcome(
            nanosecondsPerPress: max(0, Double(busy) - Double(idle)) / count, idleNanoseconds: Double(idle),
            bytesPerPress: drawn / max(1, presses))
    }

    /// Starts the child in a session of its own with the terminal as its standard input, output
    /// and error (and so as its controlling terminal), in a plain UTF-8 xterm environment.
    private static func spawn(_ binary: String, _ arguments: [String], terminal: String, stateFolder: String) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, terminal, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Linux.spawnInNewSession)
        var environment = ["TERM=xterm-256color", "LANG=C.UTF-8", "XDG_STATE_HOME=\(stateFolder)"]
        if let path = getenv("PATH") { environment.append("PATH=" + String(cString: path)) }
        if let home = getenv("HOME") { environment.append("HOME=" + String(cString: home)) }
        let argv = ([binary] + arguments).map { strdup($0) }
        let envp = environment.map { strdup($0) }
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = (argv + [nil]).withUnsafeBufferPointer { arguments -> Int32 in
            (envp + [nil]).withUnsafeBufferPointer { variables -> Int32 in
                guard let argumentBase = arguments.baseAddress, let variableBase = variables.baseAddress else { return -1 }
                return posix_spawn(
                    &pid, binary, &actions, &attributes, UnsafeMutablePointer(mutating: argumentBase),
                    UnsafeMutablePointer(mutating: variableBase))
            }
        }
        return spawned == 0 ? pid : nil
    }

    /// Reads until the output holds the status line's "quit" and has then been quiet for 0.3 s;
    /// false when that does not happen within a minute.
    private static func waitForFirstFrame(_ descriptor: Int32) -> Bool {
        let deadline = Measure.now() + 60_000_000_000
        let marker = Array("quit".utf8)
        var seen: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while Measure.now() < deadline {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, 100)
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { continue }
            let count = buffer.withUnsafeMutableBufferPointer { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return false }
            // Only the tail can hold a marker that the next read completes.
            seen = Array(seen.suffix(marker.count)) + buffer[0..<count]
            if seen.indices.dropLast(marker.count - 1).contains(where: { seen[$0..<($0 + marker.count)].elementsEqual(marker) }) {
                _ = drain(descriptor, quiet: 300_000_000, limit: 30_000_000_000)
                return true
            }
        }
        return false
    }

    /// Reads what the program writes until it has been quiet for `quiet` nanoseconds (or `limit`
    /// has passed); returns the number of bytes read.
    private static func drain(_ descriptor: Int32, quiet: UInt64, limit: UInt64) -> Int {
        var total = 0
        let deadline = Measure.now() + limit
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while Measure.now() < deadline {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, Int32(clamping: quiet / 1_000_000))
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { return total }
            let count = buffer.withUnsafeMutableBufferPointer { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return total }
            total += count
        }
        return total
    }

    /// The process's CPU time in nanoseconds: the first field of `/proc/PID/schedstat`.
    private static func cpuNanoseconds(_ pid: pid_t) -> UInt64 {
        guard let file = fopen("/proc/\(pid)/schedstat", "r") else { return 0 }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 128)
        guard fgets(&line, Int32(line.count), file) != nil else { return 0 }
        let length = line.firstIndex(of: 0) ?? line.count
        let text = String(decoding: line[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.split(separator: " ").first.flatMap { UInt64($0) } ?? 0
    }

    /// Linux's values for what Swift's Glibc module does not bring in (their C macros are made
    /// with `_IOW`/`_IOR`, or need `_GNU_SOURCE`).
    private enum Linux {
        /// `TIOCSPTLCK`, `_IOW('T', 0x31, int)`: locks (1) or unlocks (0) a pty's other end.
        static let unlockPseudoTerminal: UInt = 0x4004_5431
        /// `TIOCGPTN`, `_IOR('T', 0x30, unsigned int)`: the number N of `/dev/pts/N`.
        static let pseudoTerminalNumber: UInt = 0x8004_5430
        /// `POSIX_SPAWN_SETSID` (glibc 2.26 and later).
        static let spawnInNewSession: Int16 = 0x80
    }
}
