/// The diagnostics of one file, bounded in memory however many problems the file has.
///
/// A hostile file can hold millions of mistakes (a million `## x` headings, a line of ten
/// thousand bad numbers); reporting each one would cost gigabytes and minutes, and nobody reads
/// past the first screenful. Every stage of the reader appends here: the list keeps the first
/// `maximumKept` problems *in file order* (whatever order the stages found them in) and only
/// counts the rest, so memory stays O(`maximumKept`) and the work O(n log `maximumKept`).
/// `count` and `errorCount` include the dropped ones, so "did this stage add an error" still works.
public struct DiagnosticList: Sendable {
    /// The most diagnostics kept (and so shown) for one file; the rest are counted.
    public static let maximumKept = 100

    /// The kept diagnostics, unsorted, at most twice `maximumKept` between trims.
    private var buffer: [Diagnostic] = []
    /// Every diagnostic appended, kept or dropped.
    public private(set) var count = 0
    /// Every error appended, kept or dropped.
    public private(set) var errorCount = 0
    /// Once `maximumKept` are held, the place of the last of them: nothing after it is kept.
    private var cutoff: SourceLocation?

    /// An empty list.
    public init() {}

    /// A list holding `diagnostics` (bounded like any other).
    public init(_ diagnostics: [Diagnostic]) {
        self += diagnostics
    }

    /// True when nothing was reported.
    public var isEmpty: Bool { count == 0 }

    /// True when at least one error was reported (kept or not).
    public var containsErrors: Bool { errorCount > 0 }

    /// Records a diagnostic; past the bound only the first `maximumKept` in file order stay.
    public mutating func append(_ diagnostic: Diagnostic) {
        count += 1
        if diagnostic.isError { errorCount += 1 }
        if let cutoff, cutoff < diagnostic.location { return }
        buffer.append(diagnostic)
        if buffer.count >= 2 * Self.maximumKept { trim() }
    }

    /// Records a problem at `location`, building its diagnostic (message, notes, suggestions)
    /// only when it could be kept, so a million dropped ones cost a count each.
    public mutating func append(_ severity: Diagnostic.Severity, at location: SourceLocation, _ make: () -> Diagnostic) {
        if let cutoff, cutoff < location {
            count += 1
            if severity == .error { errorCount += 1 }
            return
        }
        append(make())
    }

    /// Records several diagnostics.
    public static func += (list: inout DiagnosticList, diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { list.append(diagnostic) }
    }

    /// The kept diagnostics in file order (by line, then column): the first `maximumKept`.
    public var kept: [Diagnostic] {
        var copy = self
        copy.trim()
        return copy.buffer
    }

    /// How many diagnostics were reported but not kept.
    public var omitted: Int { count - min(count, Self.maximumKept) }

    /// Sorts by location (stably, so same-place problems keep their order) and drops the rest.
    private mutating func trim() {
        let ordered = buffer.enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
        buffer = ordered.prefix(Self.maximumKept).map(\.element)
        if buffer.count == Self.maximumKept { cutoff = buffer.last?.location }
    }
}
