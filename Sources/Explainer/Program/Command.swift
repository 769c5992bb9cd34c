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

    /// The command bound to a key in the key table (`KeyTable`), or nil for keys that do nothing.
    public init?(key: Key) {
        guard let command = KeyTable.command(for: key) else { return nil }
        self = command
    }
}
