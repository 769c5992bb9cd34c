/// A lesson file cut into its YAML front matter and its Markdown body.
///
/// Both parts keep the file line they start on, so later stages report locations as lines of
/// the file. Columns need no offset: each part starts at the beginning of a line.
public struct LessonSource: Sendable, Equatable {
    /// The whole text of the file, without a leading byte order mark.
    public let text: String
    /// The lines between the opening `---` and the closing `---` (or `...`), with their breaks.
    public let frontMatter: String
    /// The file line of the first front-matter line (2 when the file starts with `---`).
    public let frontMatterFirstLine: Int
    /// Everything after the closing line, possibly empty.
    public let body: String
    /// The file line of the first body line.
    public let bodyFirstLine: Int

    /// Creates a lesson source from its parts.
    public init(text: String, frontMatter: String, frontMatterFirstLine: Int, body: String, bodyFirstLine: Int) {
        self.text = text
        self.frontMatter = frontMatter
        self.frontMatterFirstLine = frontMatterFirstLine
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }
}
