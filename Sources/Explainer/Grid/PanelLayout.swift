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
            case .row: Self.oneRow
            case .inputAbove: Self.inputAboveRows
            case .kernelsAbove: Self.kernelsAboveRows
            case .outputBelow: Self.outputBelowRows
            case .column: Self.columnRows
            }
        }

        // Made once: fitting a window measures an arrangement dozens of times a frame.
        private static let oneRow: [[Panel]] = [[.input, .kernels, .output]]
        private static let inputAboveRows: [[Panel]] = [[.input], [.kernels, .output]]
        private static let kernelsAboveRows: [[Panel]] = [[.kernels], [.input, .output]]
        private static let outputBelowRows: [[Panel]] = [[.input, .kernels], [.output]]
        private static let columnRows: [[Panel]] = [[.input], [.kernels], [.output]]

        /// Columns and rows the panels take, given each panel's size.
        func size(_ size: (Panel) -> (width: Int, height: Int)) -> (width: Int, height: Int) {
            var width = 0
            var height = 0
            for row in rows {
                var rowWidth = row.count - 1
                var rowHeight = 0
                for panel in row {
                    let panelSize = size(panel)
                    rowWidth += panelSize.width
                    rowHeight = max(rowHeight, panelSize.height)
                }
                width = max(width, rowWidth)
                height += rowHeight
            }
            return (width, height)
        }
    }

    /// The panels when the layout is `building` (nil when it only measures them).
    private let panels: (input: FramedBlock, kernels: FramedBlock, output: FramedBlock)?
    let arrangement: Arrangement
    let width: Int

    /// The panels' size together, measured without drawing them when the layout is not `building`.
    private let size: (width: Int, height: Int)

    /// The panels of a frame, built (`building`) or only measured, for a fit test.
    init(frame: Frame, width: Int, arrangement: Arrangement, building: Bool = true) {
        if building {
            let panels = (input: frame.inputPanel(), kernels: frame.kernelPanel(), output: frame.outputPanel())
            self.panels = panels
            size = arrangement.size { panel in
                let block = Self.block(panel, of: panels)
                return (block.width, block.height)
            }
        } else {
            panels = nil
            size = arrangement.size { frame.panelSize($0) }
        }
        self.width = width
        self.arrangement = arrangement
    }

    private static func block(
        _ panel: Panel, of panels: (input: FramedBlock, kernels: FramedBlock, output: FramedBlock)
    ) -> FramedBlock {
        switch panel {
        case .input: panels.input
        case .kernels: panels.kernels
        case .output: panels.output
        }
    }

    /// The narrowest terminal this arrangement fits in.
    var neededWidth: Int { size.width }

    var height: Int { size.height }

    /// The first screen column of the panels when they are drawn centred.
    var leftColumn: Int { max(0, (width - neededWidth) / 2) }

    /// Draws the panels from `row`, each row of panels centred horizontally.
    func draw(on screen: inout Screen, row: Int) {
        guard let panels else { return }
        var top = row
        for row in arrangement.rows {
            let blocks = row.map { Self.block($0, of: panels) }
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
