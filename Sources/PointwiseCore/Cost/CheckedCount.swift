/// Products and sums of counts that report overflow instead of trapping.
///
/// Cost figures multiply up to six sizes (`H·W·k²·C_in·N`), which a hostile lesson could push
/// past 64 bits; the explainer must never trap, so every step is checked and a count that does
/// not fit comes back as nil.
enum CheckedCount {
    /// The product of the factors, or nil when it leaves `Int`.
    static func product(_ factors: Int...) -> Int? {
        var result = 1
        for factor in factors {
            let (next, overflow) = result.multipliedReportingOverflow(by: factor)
            guard !overflow else { return nil }
            result = next
        }
        return result
    }

    /// The sum of the terms, or nil when it leaves `Int`.
    static func sum(_ terms: Int...) -> Int? {
        var result = 0
        for term in terms {
            let (next, overflow) = result.addingReportingOverflow(term)
            guard !overflow else { return nil }
            result = next
        }
        return result
    }
}
