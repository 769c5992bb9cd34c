/// An ordered list of front-matter values: `- item` lines or `[a, b]`.
public struct YAMLSequence: Sendable, Equatable {
    /// The items in order.
    public var items: [YAMLNode]
    /// Where the list starts: its `[` or its first `-`.
    public var location: SourceLocation

    /// Creates a sequence.
    public init(items: [YAMLNode], location: SourceLocation) {
        self.items = items
        self.location = location
    }
}
