/// Ordered `key: value` pairs of the front matter; each key appears once.
public struct YAMLMapping: Sendable, Equatable {
    /// One `key: value` pair.
    public struct Entry: Sendable, Equatable {
        /// The key, with its own location.
        public var key: YAMLScalar
        /// The value.
        public var value: YAMLNode

        /// Creates an entry.
        public init(key: YAMLScalar, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    /// The pairs in the order they were written.
    public var entries: [Entry]
    /// Where the mapping starts: its `{` or its first key.
    public var location: SourceLocation

    /// Creates a mapping.
    public init(entries: [Entry], location: SourceLocation) {
        self.entries = entries
        self.location = location
    }

    /// The entry for a key, if there is one (a linear search: mappings here are small).
    public func entry(forKey key: String) -> Entry? {
        entries.first { $0.key.text == key }
    }

    /// The value for a key, if there is one.
    public subscript(key: String) -> YAMLNode? {
        entry(forKey: key)?.value
    }

    /// The keys in order.
    public var keys: [String] { entries.map(\.key.text) }
}
