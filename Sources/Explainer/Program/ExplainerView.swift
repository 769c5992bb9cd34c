/// Which picture of the convolution is on screen; the walk underneath is the same in all of them.
///
/// The views are different drawings of one state: moving in any of them moves the one cursor,
/// so switching back shows the grid at the step reached in the matrix, and the other way round.
public enum ExplainerView: Hashable, Sendable, CaseIterable {
    /// The input, kernels and output side by side, the formula and the lesson's text.
    case grid
    /// This layer's multiplications, additions and parameters beside the layers it replaces.
    case cost
    /// The same convolution as one matrix product: pixels × weights = outputs.
    case matrix
    /// Every channel as a small picture (heatmap), the walk marked on them.
    case picture

    /// The view after pressing a view's key: that view, or back to the grid if it was open.
    func toggled(_ view: ExplainerView) -> ExplainerView {
        self == view ? .grid : view
    }
}
