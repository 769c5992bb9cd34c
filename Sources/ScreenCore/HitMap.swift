/// Where each clickable thing was drawn on a screen, recorded while drawing.
///
/// The drawing code records the cells of everything a click can point at, so the map is the
/// layout the learner sees, never a second copy of the layout rules that could drift from it.
/// The screen core does not know what the targets are (the explainer's are grid numbers,
/// `HitTarget`): each is recorded as a `HitTag`, four numbers the drawing code chooses and reads
/// back.
public struct HitMap: Hashable, Sendable {
    /// One drawn target: its row, the columns it covers and what it stands for.
    public struct Region: Hashable, Sendable {
        public let row: Int
        public let columns: Range<Int>
        /// What was drawn there, as the drawing code recorded it.
        public let tag: HitTag
    }

    public private(set) var regions: [Region] = []

    /// Whether drawing records its targets. A frame drawn only to be shown needs no map (a click
    /// draws its own frame to test), and a big lesson's frame records over a thousand regions.
    public var isRecording = true

    public init() {}

    /// Records a drawn target; empty ranges (clipped away) are left out, and nothing is kept
    /// when the map is not recording.
    package mutating func record(_ tag: HitTag, row: Int, columns: Range<Int>) {
        guard isRecording, !columns.isEmpty else { return }
        regions.append(Region(row: row, columns: columns, tag: tag))
    }

    /// The region at a position, or nil.
    ///
    /// Numbers are right-aligned in their cells, so a click on the blank just left of a short
    /// number (its padding) counts for that number too.
    public func region(row: Int, column: Int) -> Region? {
        if let exact = regions.first(where: { $0.row == row && $0.columns.contains(column) }) { return exact }
        return regions.first(where: { $0.row == row && $0.columns.lowerBound == column + 1 })
    }

    /// The first region recorded with a tag, or nil when it is not on screen.
    public func firstRegion(tagged tag: HitTag) -> Region? {
        regions.first { $0.tag == tag }
    }
}

/// What a drawn region stands for: a kind and up to three numbers, as the drawing code chose them.
///
/// Plain numbers rather than any hashable value: a large lesson's frame records hundreds of
/// regions, and a value boxed in an existential for each (made, compared, freed) was a tenth of
/// a key press's instructions.
public struct HitTag: Hashable, Sendable {
    public let kind: Int
    public let first: Int
    public let second: Int
    public let third: Int

    public init(kind: Int, _ first: Int = 0, _ second: Int = 0, _ third: Int = 0) {
        self.kind = kind
        self.first = first
        self.second = second
        self.third = third
    }
}
