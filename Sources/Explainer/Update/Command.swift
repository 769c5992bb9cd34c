/// What a key asks the explainer to do; the keys follow `less` and `vim` habits.
public enum Command: Hashable, Sendable, CaseIterable {
    case nextTerm, previousTerm, nextPixel, previousPixel, first, last
    case toggleAutoplay, faster, slower, restart, toggleHelp, quit
    /// Open the cost view or the matrix view, or go back to the grid from it.
    case toggleCostView, toggleMatrixView
    /// Open the picture view (every channel as a heatmap), or go back to the numbers from it.
    case togglePictureView
    /// Predict every output value before it is shown; edit the input and weights; save a copy.
    case togglePredictMode, editCells, saveCopy
    /// Put the file's numbers back, undoing the edits made in the app.
    case revertEdits
    /// The list of lessons to open (`o`).
    case openLessonList
    /// Move the windows of a lesson larger than the screen by a page: input channels, kernels,
    /// rows and columns of the grids. The cursor does not move.
    case channelsBack, channelsForward, kernelsBack, kernelsForward, rowsUp, rowsDown, columnsLeft, columnsRight
    /// The next or previous page of the lesson's text, when it is longer than the rows it has.
    case textForward, textBack

    /// The command bound to a key, or nil for keys that do nothing.
    public init?(key: Key) {
        switch key {
        case .right, .character("l"), .character(" "), .enter: self = .nextTerm
        case .left, .character("h"), .backspace: self = .previousTerm
        case .character("n"), .down: self = .nextPixel
        case .character("p"), .up: self = .previousPixel
        case .control("d"), .pageDown: self = .textForward
        case .control("u"), .pageUp: self = .textBack
        case .character("g"), .home: self = .first
        case .character("G"), .end: self = .last
        case .character("a"): self = .toggleAutoplay
        case .character("+"), .character("="): self = .faster
        case .character("-"), .character("_"): self = .slower
        case .character("r"): self = .restart
        case .character("?"), .function(1): self = .toggleHelp
        case .character("q"), .escape, .control("c"): self = .quit
        case .character("c"): self = .toggleCostView
        case .character("m"): self = .toggleMatrixView
        case .character("v"): self = .togglePictureView
        case .character("P"): self = .togglePredictMode
        case .character("e"): self = .editCells
        case .character("w"): self = .saveCopy
        case .character("u"): self = .revertEdits
        case .character("o"): self = .openLessonList
        case .character("["): self = .channelsBack
        case .character("]"): self = .channelsForward
        case .character("{"): self = .kernelsBack
        case .character("}"): self = .kernelsForward
        case .character("K"): self = .rowsUp
        case .character("J"): self = .rowsDown
        case .character("H"): self = .columnsLeft
        case .character("L"): self = .columnsRight
        default: return nil
        }
    }
}
