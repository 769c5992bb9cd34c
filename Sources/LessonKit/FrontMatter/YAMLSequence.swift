/// An ordered list of front-matter values: `- item` lines or `[a, b]`.
public struct YAMLSequence: Sendable, Equatable {
    /// The items as nodes, or the list of numbers they were read into.
    private enum Storage: Sendable {
        case nodes([YAMLNode])
        case numbers(YAMLNumberList)
    }

    private var storage: Storage
    /// Where the list starts: its `[` or its first `-`.
    public var location: SourceLocation

    /// Creates a sequence.
    public init(items: [YAMLNode], location: SourceLocation) {
        self.storage = .nodes(items)
        self.location = location
    }

    /// A flow list of plain numbers, kept compact.
    init(numbers: YAMLNumberList, location: SourceLocation) {
        self.storage = .numbers(numbers)
        self.location = location
    }

    /// The items in order (a list of numbers makes its scalar nodes on demand).
    public var items: [YAMLNode] {
        get {
            switch storage {
            case .nodes(let nodes): nodes
            case .numbers(let numbers): numbers.nodes
            }
        }
        set { storage = .nodes(newValue) }
    }

    /// The values, when every item is a plain number read straight from the bytes.
    public var numbers: YAMLNumberList? {
        if case .numbers(let numbers) = storage { numbers } else { nil }
    }

    /// How many items the list has, without making nodes.
    public var count: Int {
        switch storage {
        case .nodes(let nodes): nodes.count
        case .numbers(let numbers): numbers.count
        }
    }

    public static func == (lhs: YAMLSequence, rhs: YAMLSequence) -> Bool {
        lhs.location == rhs.location && lhs.items == rhs.items
    }
}
