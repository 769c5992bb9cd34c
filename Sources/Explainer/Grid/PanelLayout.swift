import PointwiseCore

/// Where the three panels go: rows of panels, each row centred, read left to right and top down.
struct PanelLayout {
    /// The three panels.
    enum Panel { case input, kernels, output }

    /// How the panels are grouped into rows on the screen.
    enum Arrangement: CaseIterable {
        /// Input, kernels and output side by side.
        case row
        /// The input on top; the kernels and the output side by side below it.
        case inputAbove
        /// The kernels on top (they are short); the input and the output side by side below.
        case kernelsAbove
        /// The input and the kernels side by side; the output below them.
        case outputBelow
        /// One above the other, for narrow terminals.
        case column

        /// The panels of each row, top row first.
        var rows: [[Panel]] {
            switch self {
            case .row: [[.input, .kernels, .output]]
            case .inputAbove: [[.input], [.kernels, .output]]
            case .kernelsAbove: [[.kernels], [.input, .output]]
            case .outputBelow: [[.input, .kernels], [.output]]
            case .column: [[.input], [.kernels], [.output]]
            }
        }

        /// Columns and rows the panels take, given each panel's size.
        func size(_ size: (Panel) -> (width: Int, height: Int)) -> (width: Int, height: Int) {
            var width = 0
            var height = 0
            for row in rows {
                let sizes = row.map(size)
                width = max(width, sizes.reduce(0) { $0 + $1.width } + row.count - 1)
                height += sizes.map(\.height).max() ?? 0
            }
            return (width, height)
        }
    }

    let input: Block
    let kernels: Block
    let output: Block
    let arrangement: Arrangement
    let width: Int

    /// Sizes the panels measured without drawing them, when the layout is not `building`.
    private let measured: (width: Int, height: Int)?

    /// The panels of a frame, built (`building`) or only measured, for a fit test.
    init(frame: Frame, width: Int, arrangement: Arrangement, building: Bool = true) {
        if building {
            input = frame.inputPanel()
            kernels = frame.kernelPanel()
            output = frame.outputPanel()
            measured = nil
        } else {
            input = Block()
            kernels = Block()
            output = Block()
            measured = arrangement.size { frame.panelSize($0) }
        }
        self.width = width
        self.arrangement = arrangement
    }

    private func block(_ panel: Panel) -> Block {
        switch panel {
        case .input: input
        case .kernels: kernels
        case .output: output
        }
    }

    private var size: (width: Int, height: Int) {
        if let measured { return measured }
        return arrangement.size { panel in
            let block = block(panel)
            return (block.width, block.height)
        }
    }

    /// The narrowest terminal this arrangement fits in.
    var neededWidth: Int { size.width }

    var height: Int { size.height }

    /// The first screen column of the panels when they are drawn centred.
    var leftColumn: Int { max(0, (width - neededWidth) / 2) }

    /// Draws the panels from `row`, each row of panels centred horizontally.
    func draw(on screen: inout Screen, row: Int) {
        var top = row
        for panels in arrangement.rows {
            let blocks = panels.map(block)
            let total = blocks.reduce(0) { $0 + $1.width } + blocks.count - 1
            var column = max(0, (width - total) / 2)
            for block in blocks {
                block.draw(on: &screen, row: top, column: column)
                column += block.width + 1
            }
            top += blocks.map(\.height).max() ?? 0
        }
    }
}
