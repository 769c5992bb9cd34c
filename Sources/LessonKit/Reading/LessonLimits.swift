/// The bounds every lesson is held to, so a hostile or mistaken file is refused quickly with a
/// message instead of exhausting memory or time.
public enum LessonLimits {
    /// The largest lesson file read, in bytes (16 MiB).
    public static let maximumFileBytes = 16 * 1024 * 1024
    /// The most channels an input or output may have.
    public static let maximumChannels = 4096
    /// The tallest and widest a feature map may be.
    public static let maximumSide = 4096
    /// The most values one tensor may hold (input or weights).
    public static let maximumValues = 64 * 1024 * 1024
    /// The longest title, in characters.
    public static let maximumTitleLength = 200
}
