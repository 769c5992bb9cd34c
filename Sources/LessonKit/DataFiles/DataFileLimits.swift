/// The bounds every data file (`.npy`, PNG) a lesson names is held to, checked before decoding.
public enum DataFileLimits {
    /// The most values a data file may hold: as many as a generated tensor (16,777,216).
    public static let maximumValues = LessonLimits.maximumGeneratedValues
    /// The largest data file read, in bytes: 16 Mi float64 values and a header (128 MiB + 64 KiB).
    public static let maximumFileBytes = maximumValues * 8 + 64 * 1024
    /// The widest and tallest PNG decoded, in pixels (as a feature map's side).
    public static let maximumImageSide = LessonLimits.maximumSide
    /// The most pixels a PNG may have (width × height): 4,194,304, e.g. 2048×2048, so its four
    /// channels stay within `maximumValues`.
    public static let maximumImagePixels = 4 * 1024 * 1024
}
