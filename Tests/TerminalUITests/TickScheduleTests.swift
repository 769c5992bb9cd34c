import Testing

@testable import TerminalUI

/// The autoplay timer's deadlines: steady, not pushed by key presses, no burst after a stall.
@Suite("The autoplay tick schedule")
struct TickScheduleTests {
    let start = ContinuousClock.now

    @Test("a new interval is due one interval from now; nil stops the timer")
    func startsAndStops() {
        var schedule = TickSchedule()
        #expect(schedule.millisecondsUntilDeadline(now: start) == nil)
        #expect(!schedule.isDue(now: start))
        schedule.follow(interval: 500, now: start)
        #expect(schedule.millisecondsUntilDeadline(now: start) == 500)
        #expect(!schedule.isDue(now: start + .milliseconds(499)))
        #expect(schedule.isDue(now: start + .milliseconds(500)))
        schedule.follow(interval: nil, now: start)
        #expect(schedule.millisecondsUntilDeadline(now: start) == nil)
    }

    @Test("the same interval again keeps its deadline, so key presses neither postpone nor hasten a tick")
    func unchangedIntervalKeepsDeadline() {
        var schedule = TickSchedule()
        schedule.follow(interval: 300, now: start)
        schedule.follow(interval: 300, now: start + .milliseconds(200))
        #expect(schedule.millisecondsUntilDeadline(now: start + .milliseconds(200)) == 100)
    }

    @Test("waits round up to whole milliseconds, so a wait never ends before the deadline")
    func roundsUp() {
        var schedule = TickSchedule()
        schedule.follow(interval: 10, now: start)
        #expect(schedule.millisecondsUntilDeadline(now: start + .microseconds(9_001)) == 1)
        #expect(schedule.millisecondsUntilDeadline(now: start + .milliseconds(11)) == 0)
    }

    @Test("ticks advance from the previous deadline; after a stall the schedule restarts from now")
    func advances() {
        var schedule = TickSchedule()
        schedule.follow(interval: 100, now: start)
        schedule.advance(now: start + .milliseconds(120))
        #expect(schedule.millisecondsUntilDeadline(now: start + .milliseconds(120)) == 80)
        // Suspended for a second: one tick, then the next is a whole interval away, not overdue.
        schedule.advance(now: start + .milliseconds(1_200))
        #expect(schedule.millisecondsUntilDeadline(now: start + .milliseconds(1_200)) == 100)
    }

    @Test("an interval below one millisecond is treated as one")
    func clamps() {
        var schedule = TickSchedule()
        schedule.follow(interval: 0, now: start)
        #expect(schedule.interval == 1)
    }
}
