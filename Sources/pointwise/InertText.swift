import PointwiseCore

/// Text that came from outside — a file name typed or globbed by a shell, an error that quotes
/// one — made safe for a terminal before it is printed.
///
/// A file name may hold an escape sequence as easily as a lesson can, so every message that
/// names a path goes through here: each line's control characters become visible escapes
/// (`^[` for ESC), and the line breaks the message itself means are kept.
enum InertText {
    static func lines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { VisibleEscapes.escape(String($0)) }
            .joined(separator: "\n")
    }
}
