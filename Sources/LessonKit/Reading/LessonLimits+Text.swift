/// The bound on a lesson's walkthrough text, beside the file, value and nesting bounds.
extension LessonLimits {
    /// The most characters one section of the body may hold (its lines joined, before
    /// placeholders are filled): far more than a screen shows, while a hostile file cannot make
    /// every frame re-wrap megabytes of text.
    public static let maximumSectionCharacters = 10_000
}
