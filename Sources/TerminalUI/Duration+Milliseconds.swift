/// A wait in whole milliseconds, rounded up: what ncurses' timeout and the tick schedule take.
///
/// Rounding up means a wait never ends before its deadline (a tick is never delivered early and
/// a poll never found not yet due); both waits use this one rule.
extension Duration {
    /// Whole milliseconds, rounded up; a duration of zero or less is 0.
    var millisecondsRoundedUp: Int {
        if self <= .zero { return 0 }
        let (seconds, attoseconds) = components
        return Int(clamping: seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }
}
