import ScreenCore

/// An interactive program the runner drives: it handles events and renders frames.
///
/// This keeps the terminal edge apart from the Explainer's concrete state: the executable wraps
/// its state in a type conforming to this protocol.
public protocol TerminalProgram {
    /// Handles one event; returns false to quit.
    ///
    /// Signals never reach this method: the runner ends the session on them and returns.
    mutating func handle(_ event: TerminalEvent) -> Bool

    /// Told the screen's size before each event, for a program whose keys depend on what fits
    /// (pages of text); the default ignores it.
    mutating func screenSize(width: Int, height: Int)

    /// The whole frame for a terminal of this size. Cells past the size are not drawn.
    func render(width: Int, height: Int, colors: ColorSupport) -> Screen

    /// Milliseconds until the next `.tick`, or nil for no timer (autoplay off).
    ///
    /// Read after every event. Ticks follow wall-clock deadlines: while the interval stays the
    /// same, keys pressed in between neither postpone nor hasten the next tick. A changed
    /// interval (or a timer turned on) starts counting from that moment.
    var tickInterval: Int? { get }

    /// Milliseconds between calls to `poll()`, or nil for none (the default).
    ///
    /// Read after every event. Polls follow wall-clock deadlines like ticks, so a program that
    /// watches something outside the terminal (a lesson file being edited) wakes the runner even
    /// while no key is pressed.
    var pollInterval: Int? { get }

    /// Looks at the world outside the terminal once; returns true when the frame may have changed.
    ///
    /// Called by the runner on `pollInterval`'s deadlines, between events, never during one.
    mutating func poll() -> Bool

    /// Does the work the first frame does not need, once, right after that frame is drawn and
    /// before the first event is read; returns true when the frame may have changed.
    ///
    /// So a learner sees the lesson without waiting for what only a later key needs (the list
    /// of lessons behind `o`).
    mutating func finishStarting() -> Bool
}

extension TerminalProgram {
    /// No polling unless a program asks for it.
    public var pollInterval: Int? { nil }

    /// Nothing depends on the size.
    public mutating func screenSize(width: Int, height: Int) {}

    /// Nothing to poll.
    public mutating func poll() -> Bool { false }

    /// Nothing left to do after the first frame.
    public mutating func finishStarting() -> Bool { false }
}
