import LessonKit

/// A lesson file's text as it was read, for saving an edited copy: kept as the bytes, made into a
/// `String` only when a save asks for it.
///
/// Checking a 1 MB lesson's bytes as UTF-8 to make the string took 9 million instructions, more
/// than its first frame's drawing, for a text that most sessions never save. The bytes are the
/// program's own (`LessonBytes.ownCopy`), so a teacher's later change to the file never reaches
/// a copy made from them.
public struct SourceText: Hashable, Sendable {
    private let bytes: LessonBytes

    /// The text of `bytes`, copied first when they are a mapping of the file.
    public init(bytes: LessonBytes) {
        self.bytes = bytes.ownCopy
    }

    /// The text of a string (a reloaded file's, say).
    public init(_ text: String) {
        self.bytes = LessonBytes(Array(text.utf8))
    }

    /// Runs `body` on the bytes (to fingerprint them, say).
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        body(bytes.buffer)
    }

    /// The text, or nil when the bytes are not UTF-8.
    public var text: String? { String(validating: bytes.buffer, as: UTF8.self) }

    public static func == (lhs: SourceText, rhs: SourceText) -> Bool {
        lhs.bytes === rhs.bytes || lhs.bytes.buffer.elementsEqual(rhs.bytes.buffer)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes.buffer))
    }
}
