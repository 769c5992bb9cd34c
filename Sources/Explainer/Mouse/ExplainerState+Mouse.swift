import PointwiseCore

extension ExplainerState {
    /// A click or a turn of the wheel: the same moves the keys make, at the number under the pointer.
    ///
    /// A pixel (input or output cell) goes to its first term (an output cell: its kernel's first
    /// term there); a kernel's row label to that kernel's first term at the current pixel; a weight
    /// to that exact term; a bias to the bias step. The wheel steps forward and back like `l`/`h`,
    /// and stops for predictions like them. In edit mode a click selects the cell to edit instead.
    /// While the help or another question is up, a click is a key that closes or is ignored.
    mutating func handle(_ mouse: MouseEvent) {
        tutor.message = nil
        if isShowingHelp {
            if mouse.kind == .click { isShowingHelp = false }
            return
        }
        if let interaction = tutor.interaction {
            if case .editing(var editor) = interaction, mouse.kind == .click,
                let target = ExplainerRenderer.target(
                    at: mouse.row, column: mouse.column, state: self,
                    width: mouse.screenWidth, height: mouse.screenHeight),
                let cell = Self.editableCell(target)
            {
                editor.cell = cell
                editor.line = nil
                tutor.interaction = .editing(editor)
            }
            return
        }
        switch mouse.kind {
        case .wheelDown: _ = perform(.nextTerm)
        case .wheelUp: _ = perform(.previousTerm)
        case .click:
            guard
                let target = ExplainerRenderer.target(
                    at: mouse.row, column: mouse.column, state: self,
                    width: mouse.screenWidth, height: mouse.screenHeight),
                let position = position(of: target)
            else { return }
            isPlaying = false
            if position != walk.position {
                // A click ahead stops at a question on the way, like the keys.
                moveForward { $0.moveTo(position: position) }
                scroll = ViewScroll()
                textPage = 0
            }
        }
    }

    /// The walk position a click on a number goes to, or nil when it goes nowhere.
    func position(of target: HitTarget) -> Int? {
        let pixel = walk.step.map { (row: $0.row, column: $0.column) } ?? (row: 0, column: 0)
        switch target {
        case .input(_, let row, let column):
            return walk.position(row: row, column: column, kernel: 0, inputChannel: 0)
        case .output(let kernel, let row, let column):
            return walk.position(row: row, column: column, kernel: kernel, inputChannel: 0)
        case .kernelRow(let kernel):
            return walk.position(row: pixel.row, column: pixel.column, kernel: kernel, inputChannel: 0)
        case .weight(let kernel, let inputChannel):
            return walk.position(row: pixel.row, column: pixel.column, kernel: kernel, inputChannel: inputChannel)
        case .bias(let kernel):
            // The bias step follows the kernel's last term.
            return walk.position(row: pixel.row, column: pixel.column, kernel: kernel, inputChannel: walk.shape.inChannels - 1)
                .map { $0 + 1 }
        }
    }

    /// The cell edit mode selects for a clicked number; nil for numbers that cannot be edited.
    static func editableCell(_ target: HitTarget) -> EditableCell? {
        switch target {
        case .input(let channel, let row, let column): .input(channel: channel, row: row, column: column)
        case .weight(let kernel, let inputChannel): .weight(kernel: kernel, inputChannel: inputChannel)
        case .output, .kernelRow, .bias: nil
        }
    }
}
