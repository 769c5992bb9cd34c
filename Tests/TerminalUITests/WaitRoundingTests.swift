import Testing

@testable import TerminalUI

/// Waits are whole milliseconds rounded up, so neither ncurses' timeout nor a tick ends early.
@Suite struct WaitRoundingTests {
    @Test func aPartMillisecondCountsAsAWholeOne() {
        #expect(Duration.nanoseconds(1).millisecondsRoundedUp == 1)
        #expect((Duration.milliseconds(249) + .nanoseconds(1)).millisecondsRoundedUp == 250)
        #expect(Duration.microseconds(1500).millisecondsRoundedUp == 2)
    }

    @Test func exactMillisecondsStayAsTheyAre() {
        #expect(Duration.milliseconds(250).millisecondsRoundedUp == 250)
        #expect(Duration.seconds(3).millisecondsRoundedUp == 3000)
    }

    @Test func aDeadlineAlreadyPassedIsNoWait() {
        #expect(Duration.zero.millisecondsRoundedUp == 0)
        #expect(Duration.milliseconds(-40).millisecondsRoundedUp == 0)
    }
}
