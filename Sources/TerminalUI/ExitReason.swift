/// Why `TerminalRunner.run` returned. The terminal has been given back in every case.
public enum ExitReason: Hashable, Sendable {
    /// The program asked to quit (its `handle` returned false).
    case quit
    /// A signal ended the session: SIGINT (2), SIGTERM (15), SIGHUP (1), or any other whose
    /// default action ends a process (SIGUSR1, SIGALRM, SIGXCPU, SIGPIPE, …).
    case signal(Int32)

    /// The process exit status by shell convention: 0 for a quit, 128 + the signal number
    /// otherwise (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP).
    ///
    /// `TerminalRunner` never exits the process; the executable calls `exit(reason.exitStatus)`.
    public var exitStatus: Int32 {
        switch self {
        case .quit: return 0
        case .signal(let number): return 128 + number
        }
    }
}
