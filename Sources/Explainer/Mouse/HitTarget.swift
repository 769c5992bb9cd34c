/// A number on the grid screen that a click can point at (all indices 0-based).
public enum HitTarget: Hashable, Sendable {
    /// `x_channel(row, column)` in the input panel.
    case input(channel: Int, row: Int, column: Int)
    /// `out_kernel(row, column)` in the output panel.
    case output(kernel: Int, row: Int, column: Int)
    /// The label `w_kernel` that starts a kernel's row.
    case kernelRow(kernel: Int)
    /// The weight `w_kernel,inputChannel`.
    case weight(kernel: Int, inputChannel: Int)
    /// The bias `b_kernel`.
    case bias(kernel: Int)
}
