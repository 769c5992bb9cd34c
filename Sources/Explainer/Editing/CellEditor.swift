import PointwiseCore

/// A number of the lesson that can be edited: an input value `x_channel(row, column)` or a weight `w_kernel,channel`.
public enum EditableCell: Hashable, Sendable {
    case input(channel: Int, row: Int, column: Int)
    case weight(kernel: Int, inputChannel: Int)
}

/// Edit mode: the selected cell, moved with the arrows or hjkl, and the new value being typed.
///
/// Input channels sit side by side on screen, so moving right past a channel's last column goes
/// on to the next channel's first column; Tab switches between the input and the weights.
public struct CellEditor: Hashable, Sendable {
    public var cell: EditableCell
    /// The value being typed, or nil while the learner is choosing a cell.
    public var line: InputLine?

    public init(cell: EditableCell, line: InputLine? = nil) {
        self.cell = cell
        self.line = line
    }

    /// Moves the selection; `rows` and `columns` are −1, 0 or 1. Stays inside the shape.
    mutating func move(rows: Int, columns: Int, shape: ConvolutionShape) {
        switch cell {
        case .input(let channel, let row, let column):
            let wide = channel * shape.width + column + columns
            let flat = min(max(wide, 0), shape.inChannels * shape.width - 1)
            cell = .input(channel: flat / shape.width, row: min(max(row + rows, 0), shape.height - 1), column: flat % shape.width)
        case .weight(let kernel, let inputChannel):
            cell = .weight(
                kernel: min(max(kernel + rows, 0), shape.outChannels - 1),
                inputChannel: min(max(inputChannel + columns, 0), shape.inChannels - 1))
        }
    }

    /// From the input to the weights and back, keeping the input channel.
    mutating func switchPanel(walk: Walk) {
        switch cell {
        case .input(let channel, _, _):
            cell = .weight(kernel: walk.step?.kernel ?? 0, inputChannel: channel)
        case .weight(_, let inputChannel):
            cell = .input(channel: inputChannel, row: walk.step?.row ?? 0, column: walk.step?.column ?? 0)
        }
    }

    /// The cell to start on: the current term's `x_j`, else the current pixel's first channel.
    static func startingCell(walk: Walk) -> EditableCell {
        guard let step = walk.step else { return .input(channel: 0, row: 0, column: 0) }
        if case .term(let inputChannel) = step.kind { return .input(channel: inputChannel, row: step.row, column: step.column) }
        return .input(channel: 0, row: step.row, column: step.column)
    }
}
