/// The bounds that keep reading a hostile front matter cheap. Exceeding one is a located error.
public enum YAMLLimits {
    /// The deepest nesting of lists and mappings: the root mapping is level 1, so `input:` with a
    /// list of channels of rows of numbers is level 4. Sixteen leaves room and keeps recursion
    /// shallow.
    public static let maximumDepth = 16

    /// The largest front matter, in UTF-8 bytes: 8 MiB. A 28×28×192 input written out
    /// (150,528 numbers, about 1 MB) fits several times over.
    public static let maximumBytes = 8 * 1024 * 1024

    /// The most nodes (scalars, keys, lists and mappings) in one front matter: 1 Mi, about seven
    /// times the 28×28×192 input, so a tree stays well under a hundred megabytes.
    public static let maximumNodes = 1024 * 1024

    /// The most diagnostics reported before the parser stops (the last one says it stopped).
    public static let maximumDiagnostics = 50
}
