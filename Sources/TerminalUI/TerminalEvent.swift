import ScreenCore

/// Something that happened at the terminal edge, in the order it happened.
public enum TerminalEvent: Hashable, Sendable {
    /// A key press. Ctrl-C is not a key: it arrives as `.signal(SIGINT)`.
    case key(Key)
    /// The terminal now has this many columns and rows; the next frame should fit it.
    /// Also sent after the program comes back from a suspension (Ctrl-Z), to repaint.
    case resize(width: Int, height: Int)
    /// A signal asking the program to end: SIGINT (2, also Ctrl-C), SIGTERM (15) or SIGHUP (1).
    case signal(Int32)
    /// The timer asked for with a timeout expired without other input.
    case tick
    /// A click or a turn of the wheel, where it happened on the screen (see `MouseEvent`).
    case mouse(MouseEvent)
}
