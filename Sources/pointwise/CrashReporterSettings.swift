import Glibc

/// Keeps the Swift runtime's crash reporter from ever waiting on the learner.
///
/// On Linux the Swift runtime catches a crash and runs its backtracer, which on a terminal
/// defaults to interactive mode: it asks for a key and waits (up to 30 s) before the process may
/// end, with the learner looking at a frozen lesson. The runtime reads its settings from the
/// `SWIFT_BACKTRACE` environment variable once, before `main`, and offers no other switch, so
/// when standard input is a terminal and the variable says nothing about `interactive`, the
/// program runs itself again at once with `interactive=no` added (a backtrace is still printed).
/// A setting the user gave is kept as it is.
enum CrashReporterSettings {
    /// The variable's value with interactive mode off, or nil when nothing needs to change.
    static func adjusted(_ current: String?, standardInputIsTerminal: Bool) -> String? {
        guard standardInputIsTerminal else { return nil }
        guard let current, !current.isEmpty else { return "interactive=no" }
        let keys = current.split(separator: ",").map { $0.split(separator: "=", maxSplits: 1).first ?? "" }
        if keys.contains(where: { $0.trimmingSpaces == "interactive" }) { return nil }
        return current + ",interactive=no"
    }

    /// Runs this program again with interactive crash reports off, when they would be on; returns
    /// (and the program goes on as it is) if that is not needed or not possible.
    static func apply() {
        let current = getenv("SWIFT_BACKTRACE").map { String(cString: $0) }
        guard let value = adjusted(current, standardInputIsTerminal: isatty(STDIN_FILENO) == 1) else { return }
        guard setenv("SWIFT_BACKTRACE", value, 1) == 0 else { return }
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // exec failed (no /proc): go on; the runtime keeps its settings from before.
    }
}

private extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }
}
