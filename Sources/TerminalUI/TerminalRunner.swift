import ScreenCore

/// Runs a `TerminalProgram` in a terminal session until it quits or a signal ends it.
///
/// The runner draws the first frame, lets the program finish starting (`finishStarting()`), and
/// draws a frame after every event (sending the terminal only the cells that changed),
/// delivers `.tick` on wall-clock deadlines from the program's `tickInterval`, calls `poll()` on those of its
/// `pollInterval` (drawing again when the poll changed something), and gives the terminal back on
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
        var polls = TickSchedule()
        var lastFrame: Screen?
        var started = false
        while true {
            let frame = program.render(width: session.width, height: session.height, colors: session.colors)
            session.draw(frame, over: lastFrame)  // only what changed
            lastFrame = frame
            if !started {
                started = true
                if program.finishStarting() { continue }  // draw what the rest of the start changed
            }
            schedule.follow(interval: program.tickInterval, now: clock.now)
            polls.follow(interval: program.pollInterval, now: clock.now)
            guard let event = nextEvent(session: session, program: &program, ticks: &schedule, polls: &polls, clock: clock) else {
                continue  // a poll changed the program: draw the new frame
            }
            switch event {
            case .signal(let number):
                session.end()
                return .signal(number)
            case .tick:
                schedule.advance(now: clock.now)
            case .resize:
                lastFrame = nil  // the terminal was cleared: draw in full
            case .key, .mouse:
                break
            }
            program.screenSize(width: session.width, height: session.height)
            if !program.handle(event) { return .quit }
        }
    }

    /// Waits for the next event, polling the program on its deadlines meanwhile; nil when a poll
    /// changed the program (the caller redraws and waits again).
    ///
    /// A wait can end a hair early; only a deadline that has passed is a tick or a poll. Keys and
    /// signals are never held back by polling: each wait ends at the earlier deadline.
    private static func nextEvent<P: TerminalProgram>(
        session: TerminalSession, program: inout P, ticks: inout TickSchedule, polls: inout TickSchedule,
        clock: ContinuousClock
    ) -> TerminalEvent? {
        while true {
            let now = clock.now
            let waits = [ticks.millisecondsUntilDeadline(now: now), polls.millisecondsUntilDeadline(now: now)].compactMap { $0 }
            let event = session.nextEvent(timeoutMilliseconds: waits.min())
            guard event == .tick else { return event }
            // Without any deadline a `.tick` means the session has ended: pass it on.
            if ticks.deadline == nil, polls.deadline == nil { return event }
            if polls.isDue(now: clock.now) {
                polls.advance(now: clock.now)
                if program.poll() { return nil }
            }
            if ticks.isDue(now: clock.now) { return event }
        }
    }
}
