/// The bound on a lesson's walkthrough text, beside the file, value and nesting bounds.
extension LessonLimits {
    /// The most characters one section of the body may hold (its lines joined, before
    /// placeholders are filled): far more than a screen shows, while a hostile file cannot make
    /// every frame re-wrap megabytes of text.
    public static let maximumSectionCharacters = 10_000
    /// The most UTF-8 bytes one section may hold: characters alone are no bound, since one
    /// character can carry thousands of combining marks (14 MB passed as "10,000 characters").
    public static let maximumSectionBytes = 40_000
    /// The most Unicode scalars in one character (a letter and its combining marks, an emoji
    /// sequence): the longest real ones have about ten; a terminal cannot draw a thousand.
    public static let maximumScalarsPerCharacter = 32
    /// The most UTF-8 bytes in the title (four per character of the longest title).
    public static let maximumTitleBytes = 4 * maximumTitleLength

    /// The first character of `text` with more than `maximumScalarsPerCharacter` scalars, and its
    /// 0-based offset in characters, or nil.
    public static func overloadedCharacter(in text: some StringProtocol) -> Int? {
        // A character of more than two scalars has at most one ASCII scalar (its base; only
        // CR LF joins two), so it needs a run of at least `maximumScalarsPerCharacter` non-ASCII
        // scalars. Without such a run (English text, most text) the characters need not be
        // found one by one, which was most of this check's cost in a lesson's first frame.
        var run = 0
        var longestRun = 0
        for byte in text.utf8 {
            if byte < 0x80 {
                run = 0
            } else if byte >= 0xC0 {  // a scalar's first byte
                run += 1
                longestRun = max(longestRun, run)
            }
        }
        guard longestRun >= maximumScalarsPerCharacter else { return nil }
        var offset = 0
        for character in text {
            if character.unicodeScalars.count > maximumScalarsPerCharacter { return offset }
            offset += 1
        }
        return nil
    }
}
