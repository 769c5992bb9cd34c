import PointwiseCore

extension LessonReader {
    /// The title a lesson file writes in its front matter, read from the front matter alone: nil
    /// when the file has no such title, its front matter cannot be read, or the title breaks the
    /// title's limits (then only reading the whole lesson can say what a list should show).
    ///
    /// For lists of lessons (`o`, the offer of the next lesson): reading every bundled lesson
    /// whole — its sections' templates, its generated tensors — only to show its title was four
    /// fifths of the work before the first frame of `pointwise render intro`.
    public static func writtenTitle(bytes: [UInt8]) -> String? {
        // On the bytes, as `read` does: the text is never decoded whole, and the body is skipped.
        guard bytes.count <= LessonLimits.maximumFileBytes, UTF8Decoding.isValid(bytes),
            case .parts(let layout) = bytes.withUnsafeBufferPointer({ LessonSourceSplitter.layout(of: $0) }),
            case (let root?, let problems) = YAMLParser.parse(
                bytes: bytes, from: layout.frontMatter.lowerBound, to: layout.frontMatter.upperBound,
                firstLine: layout.frontMatterFirstLine),
            problems.isEmpty, let title = root.mapping?["title"]?.scalar?.text, !title.isEmpty,
            title.utf8.count <= LessonLimits.maximumTitleBytes, title.count <= LessonLimits.maximumTitleLength,
            LessonLimits.overloadedCharacter(in: title) == nil
        else { return nil }
        return InertText.escape(title)
    }
}
