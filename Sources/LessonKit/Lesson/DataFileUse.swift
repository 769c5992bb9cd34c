/// A tensor of the lesson read from a data file (`input: {file: …}`), for saying so on screen.
public struct DataFileUse: Sendable, Hashable {
    /// The front matter key: `input`, `weights` or `bias`.
    public let key: String
    /// The file's name as the lesson wrote it.
    public let file: String
    /// The decimal places floats were rounded to, when the file held floats and rounding changed
    /// at least one value; nil when every value is exactly the file's.
    public let roundedTo: Int?

    public init(key: String, file: String, roundedTo: Int?) {
        self.key = key
        self.file = file
        self.roundedTo = roundedTo
    }
}
