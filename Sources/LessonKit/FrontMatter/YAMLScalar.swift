/// A single value of the front matter, kept as text: deciding whether it is a number is the
/// lesson reader's job, which knows what each key expects.
public struct YAMLScalar: Sendable, Equatable {
    /// How a scalar was written.
    public enum Style: Sendable, Equatable {
        /// Unquoted, such as `relu` or `-1.5`; also the empty value of `key:` with nothing after it.
        case plain
        /// Between single quotes, where `''` stands for one quote.
        case singleQuoted
        /// Between double quotes, with backslash escapes.
        case doubleQuoted
    }

    /// The value after quotes and escapes are resolved; plain text has no surrounding spaces.
    public var text: String
    /// How the value was written.
    public var style: Style
    /// Where the value starts: its first character, or its opening quote. An empty value is
    /// located just after the `:` or `-` that introduced it.
    public var location: SourceLocation

    /// Creates a scalar.
    public init(text: String, style: Style, location: SourceLocation) {
        self.text = text
        self.style = style
        self.location = location
    }

    /// Whether this is the empty value of `key:` or `-` with nothing after it (YAML's null).
    public var isEmpty: Bool { style == .plain && text.isEmpty }

    /// Whether the value was written in quotes.
    public var isQuoted: Bool { style != .plain }
}
