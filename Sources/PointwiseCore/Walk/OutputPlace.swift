/// One output value `out_kernel(row, column)`, 0-based: what a question asks for.
public struct OutputPlace: Hashable, Sendable, Comparable {
    public let kernel: Int
    public let row: Int
    public let column: Int

    public init(kernel: Int, row: Int, column: Int) {
        self.kernel = kernel
        self.row = row
        self.column = column
    }

    public static func < (lhs: OutputPlace, rhs: OutputPlace) -> Bool {
        (lhs.row, lhs.column, lhs.kernel) < (rhs.row, rhs.column, rhs.kernel)
    }
}
