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
        var offset = 0
        for character in text {
            if character.unicodeScalars.count > maximumScalarsPerCharacter { return offset }
            offset += 1
        }
        return nil
    }
}
