extension ExplainerRenderer {
    /// What is under a screen position, for a state at a terminal size: pure, for the mouse.
    ///
    /// It draws the same screen the learner sees and reads its `HitMap`, so hit testing follows
    /// every arrangement and window the renderer chooses. Nil over anything that is not a number
    /// of the grid (frames, text, other views, the help).
    public static func target(at row: Int, column: Int, state: ExplainerState, width: Int, height: Int) -> HitTarget? {
        guard !state.isShowingHelp, state.view == .grid else { return nil }
        return render(state, width: width, height: height).hitMap.target(row: row, column: column)
    }
}
