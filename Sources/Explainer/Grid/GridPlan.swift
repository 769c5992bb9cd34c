import LessonKit
import PointwiseCore

/// Everything the grid view decides before it draws: the panels and where they go, the formula,
/// and the lesson's text wrapped at a readable measure.
///
/// `ExplainerRenderer.plan` is the one place that decides whether a screen is big enough, so the
/// size the too-small message names (`minimumSize`) is found with the very code that draws.
struct GridPlan {
    let frame: Frame
    let layout: PanelLayout
    let formula: Block
    /// The lesson's text wrapped, in its styles (bold, emphasis, code).
    let textLines: [[Run]]
    /// Columns the text is wrapped to.
    let textMeasure: Int
    /// The lesson's text for this step, unwrapped.
    let text: RichText
}

extension GridPlan {
    /// Rows to spare once the panels, the formula and all of the text have their rows; the
    /// first goes to a gap above the text, the second to one under the title.
    func spareRows(height: Int) -> Int {
        height - (layout.height + formula.height + ExplainerRenderer.mandatoryRows) - (textLines.count - 1)
    }

    /// Where the title, the panels, the formula and the text go at this size, as bands from the
    /// top (the status line keeps the last row): the spare rows become the gaps.
    struct Areas {
        let panels: Rect
        let formula: Rect
        let text: Rect
    }

    func areas(width: Int, height: Int) -> Areas {
        let spare = spareRows(height: height)
        var screen = Rect(width: width, height: height)
        _ = screen.takeBottom(1)  // the status line
        // Title, gap under it, panels, gap, formula, gap above the text.
        let (bands, text) = screen.splitVertically([1, spare >= 2 ? 1 : 0, layout.height, 1, formula.height, spare >= 1 ? 1 : 0])
        return Areas(panels: bands[2], formula: bands[4], text: text)
    }

    /// The lesson's text as the rows under the formula show it: all of it, or pages of it.
    struct TextPages {
        /// The first screen row of the text, and how many rows it has.
        let row: Int
        let rows: Int
        /// The text's lines: wrapped a little narrower when it is paged, for the page marks.
        let lines: [[Run]]
        let pages: Int
    }

    /// Columns kept at the right of paged text for its mark (`▾ ^D`).
    static let pageMarkColumns = 5

    /// Where the text goes at this size, above the tutor's `reserved` rows, and how it is paged.
    func text(width: Int, height: Int, reserved: Int = 0) -> TextPages {
        text(in: areas(width: width, height: height).text, reserved: reserved)
    }

    /// The text in its area, above the tutor's `reserved` rows, paged when it has more lines
    /// than the rows left.
    func text(in area: Rect, reserved: Int = 0) -> TextPages {
        let row = area.row
        let rows = max(1, area.height - reserved)
        guard textLines.count > rows else { return TextPages(row: row, rows: rows, lines: textLines, pages: 1) }
        let lines = TextWrapper.wrap(text, width: max(1, textMeasure - Self.pageMarkColumns))
        return TextPages(row: row, rows: rows, lines: lines, pages: (lines.count + rows - 1) / rows)
    }
}

extension ExplainerRenderer {
    /// What the plan needs that does not depend on the screen's size, worked out once.
    struct PlanInputs {
        let widths: CellWidths
        let text: RichText

        init(_ state: ExplainerState) {
            widths = CellWidths(convolution: state.walk.convolution, symbols: state.symbols).capped()
            text = Narration.richText(state.lesson, at: state.walk, style: state.symbols.numberStyle).mapText(state.symbols.adapt)
        }
    }

    /// The plan for the grid view at a size, or nil when the screen is too small for the lesson.
    ///
    /// A lesson that fits is drawn whole (`wholeFit`); one that does not gets windows around the
    /// cursor (`windowedLayout`), keeping up to a third of the spare rows for its text. With
    /// `building` false the panels are only measured, which is all a fit test needs.
    static func plan(_ state: ExplainerState, width: Int, height: Int, inputs: PlanInputs? = nil, building: Bool = true) -> GridPlan? {
        guard width >= minimumWidth, height > mandatoryRows else { return nil }
        let inputs = inputs ?? PlanInputs(state)
        let base = Frame(state: state, spacing: 2, widths: inputs.widths)
        let formula = base.formulaBlock(width: width - 2).wrapped(width: width - 2)
        let measure = min(width - 2, readableMeasure)
        let textLines = TextWrapper.wrap(inputs.text, width: measure)
        let panelRows = height - mandatoryRows - formula.height
        guard panelRows > 0 else { return nil }

        if wholeLessonCouldFit(state.walk.shape, width: width, height: height) {
            // Room for every line of the text and both gaps: the panels may grow into the rest.
            let roomyRows = panelRows - (textLines.count - 1) - 2
            if let fit = wholeFit(base, width: width, panelRows: panelRows, roomyRows: roomyRows) {
                let layout = PanelLayout(frame: fit.frame, width: width, arrangement: fit.arrangement, building: building)
                return GridPlan(
                    frame: fit.frame, layout: layout, formula: formula, textLines: textLines, textMeasure: measure, text: inputs.text)
            }
        }
        // Windows could take every spare row; keep up to a third of them for the lesson's text
        // when the windows still fit (the text can be paged, so the windows come first).
        let extraTextRows = min(max(0, textLines.count - 1), panelRows / 3)
        for reserved in Set([extraTextRows, 0]).sorted(by: >) {
            guard
                case .success(let (frame, layout)) = windowedLayout(
                    state: state, widths: inputs.widths, width: width, panelRows: panelRows - reserved, building: building),
                layout.neededWidth <= width, layout.height <= panelRows
            else { continue }
            return GridPlan(frame: frame, layout: layout, formula: formula, textLines: textLines, textMeasure: measure, text: inputs.text)
        }
        return nil
    }

    /// The smallest screen the grid view of this state fits, near the given size: a `W×H` at
    /// which `plan` succeeds while `(W−1)×H` and `W×(H−1)` fail.
    ///
    /// Found by bisection on the same `plan` that draws, which fits on every larger screen once
    /// it fits on one (more columns or rows never make an arrangement fail).
    static func minimumSize(_ state: ExplainerState, width: Int, height: Int) -> (width: Int, height: Int) {
        let inputs = PlanInputs(state)
        func fits(_ width: Int, _ height: Int) -> Bool { plan(state, width: width, height: height, inputs: inputs, building: false) != nil }
        /// The least value in `low...high` for which `test` holds, given it holds at `high`.
        func least(_ low: Int, _ high: Int, _ test: (Int) -> Bool) -> Int {
            var low = low
            var high = high
            while low < high {
                let middle = (low + high) / 2
                if test(middle) { high = middle } else { low = middle + 1 }
            }
            return high
        }
        // A size that surely fits: grow until it does (a lesson always fits a big enough screen).
        var roomy = (width: max(width, minimumWidth), height: max(height, mandatoryRows + 1))
        var tries = 0
        while !fits(roomy.width, roomy.height), tries < 16 {
            roomy = (roomy.width * 2, roomy.height * 2)
            tries += 1
        }
        guard fits(roomy.width, roomy.height) else { return roomy }
        // Keep as much of the current size as possible: the fewest columns at the roomy height,
        // then the fewest rows at the wider of that and the current width, then the fewest columns
        // at that height.
        let narrowest = least(1, roomy.width) { fits($0, roomy.height) }
        let wide = max(narrowest, min(width, roomy.width))
        let lowest = least(1, roomy.height) { fits(wide, $0) }
        var needed = (width: least(1, wide) { fits($0, lowest) }, height: lowest)
        // Where a narrower screen fits a different arrangement than a wider one, step down
        // until neither one column nor one row less fits, so the size named is exact.
        var steps = 0
        while steps < 400 {
            if fits(needed.width - 1, needed.height) {
                needed.width -= 1
            } else if fits(needed.width, needed.height - 1) {
                needed.height -= 1
            } else {
                break
            }
            steps += 1
        }
        return needed
    }
}
