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
    /// The most values a generated tensor may hold: 16 Mi values (128 MiB of units), room for a
    /// 224×224×256 map while a stranger's lesson still cannot exhaust memory. Values written out
    /// are bounded far lower by the front matter's limits (`YAMLLimits`).
    public static let maximumGeneratedValues = 16 * 1024 * 1024
    /// The longest title, in characters.
    public static let maximumTitleLength = 200
}
