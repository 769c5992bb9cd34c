/// The small lesson that reader and screen tests start from: two 2×2 input channels and one
/// kernel (`[1, -1]`), so a test adds only the part it is about.
public enum LessonFixtures {
    /// The lesson's front matter, `---` lines included and a line break after the closing one;
    /// with a `language:` line first when `language` is given.
    public static func frontMatter(language: String? = nil) -> String {
        let languageLine = language.map { "language: \($0)\n" } ?? ""
        return "---\n" + languageLine + "input:\n  - [[1, 2], [3, 4]]\n  - [[0, 1], [1, 0]]\nweights:\n  - [1, -1]\n---\n"
    }
}
