import Explainer

/// Runs a `TerminalProgram` in a terminal session until it quits or a signal ends it.
///
/// The runner draws a frame after every event (skipping identical frames), delivers `.tick`
/// on wall-clock deadlines from the program's `tickInterval`, and gives the terminal back on
/// every way out. It never exits the process: the caller does, with `exit(reason.exitStatus)`
/// (0, or 128 + the signal number: 130 SIGINT, 143 SIGTERM, 129 SIGHUP), after printing anything
/// it has to say (the terminal is already restored by then).
public enum TerminalRunner {
    /// Starts a session, runs the program, ends the session, and says why it ended.
    ///
    /// - Throws: `TerminalError` when the session cannot start (nothing has been drawn then).
    public static func run<P: TerminalProgram>(_ program: inout P, allowColors: Bool = true) throws(TerminalError) -> ExitReason {
        let session = try TerminalSession(allowColors: allowColors)
        defer { session.end() }
        let clock = ContinuousClock()
        var schedule = TickSchedule()
        var lastFrame: Screen?
        while true {
            let frame = program.render(width: session.width, height: session.height, colors: session.colors)
            if frame != lastFrame {
                session.draw(frame)
                lastFrame = frame
            }
            schedule.follow(interval: program.tickInterval, now: clock.now)
            var event = session.nextEvent(timeoutMilliseconds: schedule.millisecondsUntilDeadline(now: clock.now))
            // A wait can end a hair early; only a deadline that has passed is a tick.
            while event == .tick, schedule.deadline != nil, !schedule.isDue(now: clock.now) {
                event = session.nextEvent(timeoutMilliseconds: schedule.millisecondsUntilDeadline(now: clock.now))
            }
            switch event {
            case .signal(let number):
                session.end()
                return .signal(number)
            case .tick:
                schedule.advance(now: clock.now)
            case .resize:
                lastFrame = nil  // the terminal was cleared: draw in full
            case .key:
                break
            }
            if !program.handle(event) { return .quit }
        }
    }
}
