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
        writtenTitle(file: LessonBytes(bytes))
    }

    /// `writtenTitle(bytes:)` on the bytes as the reader holds them.
    private static func writtenTitle(file bytes: LessonBytes) -> String? {
        // On the bytes, as `read` does: the text is never decoded whole, and the body is skipped.
        guard bytes.count <= LessonLimits.maximumFileBytes, UTF8Decoding.isValid(bytes.buffer),
            case .parts(let layout) = LessonSourceSplitter.layout(of: bytes.buffer),
            case (let root?, let problems) = YAMLParser.parse(
                bytes: bytes, from: layout.frontMatter.lowerBound, to: layout.frontMatter.upperBound,
                firstLine: layout.frontMatterFirstLine),
            problems.isEmpty, let title = root.mapping?["title"]?.scalar?.text
        else { return nil }
        return listable(title)
    }

    /// A written title as a list shows it (made inert), or nil when it is empty or breaks the
    /// title's limits: then only reading the whole lesson can say what to show.
    private static func listable(_ title: String) -> String? {
        guard !title.isEmpty, title.utf8.count <= LessonLimits.maximumTitleBytes, title.count <= LessonLimits.maximumTitleLength,
            LessonLimits.overloadedCharacter(in: title) == nil
        else { return nil }
        return InertText.escape(title)
    }

    /// The title written on a `title:` line at the top level of the front matter, read from that
    /// line alone: nil when there is no such line, its value goes on to the next line, or the
    /// title breaks the title's limits (then only reading the whole lesson can say).
    ///
    /// For the list of recent lesson files, made at every start: a front matter can hold
    /// megabytes of numbers that only a whole reading needs (reading a 6 MB recent lesson whole,
    /// once per interface language, delayed the first key press of any lesson by a third of a
    /// second).
    public static func titleLine(bytes: [UInt8]) -> String? {
        titleLine(file: LessonBytes(bytes))
    }

    /// `titleLine(bytes:)` on a file's bytes where they are held.
    public static func titleLine(file bytes: LessonBytes) -> String? {
        guard bytes.count <= LessonLimits.maximumFileBytes, UTF8Decoding.isValid(bytes.buffer),
            case .parts(let layout) = LessonSourceSplitter.layout(of: bytes.buffer)
        else { return nil }
        let end = layout.frontMatter.upperBound
        var start = layout.frontMatter.lowerBound
        var line = layout.frontMatterFirstLine
        while start < end {
            let lineEnd = bytes[start..<end].firstIndex(of: UInt8(ascii: "\n")) ?? end
            if isTitleKey(bytes, at: start, before: lineEnd) {
                // A plain title may go on, indented, on the lines below: only the whole reader joins them.
                guard !continues(bytes, from: lineEnd + 1, before: end),
                    case (let root?, let problems) = YAMLParser.parse(bytes: bytes, from: start, to: lineEnd, firstLine: line),
                    problems.isEmpty, let title = root.mapping?["title"]?.scalar?.text
                else { return nil }
                return listable(title)
            }
            start = lineEnd + 1
            line += 1
        }
        return nil
    }

    private static let titleKey = Array("title:".utf8)

    /// True when the line from `start` opens with the key `title:` at the left margin.
    private static func isTitleKey(_ bytes: LessonBytes, at start: Int, before end: Int) -> Bool {
        let key = titleKey
        guard end - start >= key.count, bytes[start] == key[0], bytes[start..<(start + key.count)].elementsEqual(key) else { return false }
        let after = start + key.count
        return after == end || bytes[after] == UInt8(ascii: " ") || bytes[after] == UInt8(ascii: "\t") || bytes[after] == UInt8(ascii: "\r")
    }

    /// True when the line from `start` is indented and not blank: the value above goes on there.
    private static func continues(_ bytes: LessonBytes, from start: Int, before end: Int) -> Bool {
        guard start < end, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") else { return false }
        var index = start
        while index < end, bytes[index] != UInt8(ascii: "\n") {
            if bytes[index] != UInt8(ascii: " "), bytes[index] != UInt8(ascii: "\t"), bytes[index] != UInt8(ascii: "\r") { return true }
            index += 1
        }
        return false
    }
}
