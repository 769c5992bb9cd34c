/// A question a lesson asks: "what is output value `out_kernel(row, column)`?", with a hint.
///
/// A question names its place by the pixel and the kernel, never by a line of the lesson, so it
/// stays right when the text around it moves (neovim's `:Tutor` keys its checks by line number, and its lessons broke silently when text moved).
/// Indices are 0-based here and 1-based in the file and on screen.
public struct Question: Hashable, Sendable {
    /// The pixel's row, from 0.
    public let row: Int
    /// The pixel's column, from 0.
    public let column: Int
    /// The kernel (output channel), from 0.
    public let kernel: Int
    /// The lesson's own hint, shown above the answer line; nil for none.
    public let hint: String?

    public init(row: Int, column: Int, kernel: Int, hint: String? = nil) {
        self.row = row
        self.column = column
        self.kernel = kernel
        self.hint = hint
    }
}
