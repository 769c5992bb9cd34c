/// Why a terminal session could not start.
///
/// Thrown before anything is written to the terminal, so the caller can print the description
/// to standard error and exit with a failure status.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or standard output is not a terminal (a pipe, a file, `/dev/null`).
    case notATerminal
    /// ncurses could not start on this terminal, typically because `TERM` is unset or unknown.
    case cannotStart(term: String?)
    /// A session is already running in this process; ncurses holds one screen at a time here.
    case alreadyRunning

    public var description: String {
        switch self {
        case .notATerminal:
            return "the interactive explainer needs a terminal: standard input and output must both be a terminal"
        case .cannotStart(let term):
            if let term, !term.isEmpty {
                return "cannot start the terminal interface for TERM=\(term) (is the terminal type known to terminfo?)"
            }
            return "cannot start the terminal interface: TERM is not set"
        case .alreadyRunning:
            return "a terminal session is already running"
        }
    }
}
