/// Wall-clock deadlines for the autoplay timer.
///
/// The next tick is due one interval after the previous deadline, not after the last event, so
/// keys pressed during autoplay neither postpone nor hasten it. If the program falls behind by
/// more than an interval (a slow frame, a suspension), the schedule restarts from now instead of
/// firing a burst of ticks to catch up.
struct TickSchedule {
    private(set) var interval: Int?
    private(set) var deadline: ContinuousClock.Instant?

    /// Follows the program's current interval: a new or changed interval starts counting from
    /// `now`, nil stops the timer, an unchanged one keeps its deadline.
    mutating func follow(interval newInterval: Int?, now: ContinuousClock.Instant) {
        let clamped = newInterval.map { max(1, $0) }
        guard clamped != interval else { return }
        interval = clamped
        deadline = clamped.map { now + .milliseconds($0) }
    }

    /// Whole milliseconds to wait for the deadline (rounded up, so a wait never ends early),
    /// or nil when there is no timer.
    func millisecondsUntilDeadline(now: ContinuousClock.Instant) -> Int? {
        guard let deadline else { return nil }
        return now.duration(to: deadline).millisecondsRoundedUp
    }

    /// True when a deadline is set and has passed.
    func isDue(now: ContinuousClock.Instant) -> Bool {
        guard let deadline else { return false }
        return now >= deadline
    }

    /// Moves the deadline one interval on, after a tick has been delivered.
    mutating func advance(now: ContinuousClock.Instant) {
        guard let interval, let deadline else { return }
        let next = deadline + .milliseconds(interval)
        self.deadline = next > now ? next : now + .milliseconds(interval)
    }
}
