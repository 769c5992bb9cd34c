import LessonKit
import PointwiseCore

extension ExplainerState {
    /// Applies what the edge found in the watched lesson file: pure, like every update.
    ///
    /// A valid lesson replaces the one on screen and clears the problem panel; the learner stays
    /// where they were (see `keptPosition`). A problem keeps the last good lesson on screen and
    /// shows the panel until the next valid read. The file wins over numbers edited in the app;
    /// a tutor prompt (a prediction, an edit, a save) stays open only while the shape is the same,
    /// since it may name a cell the new lesson does not have.
    mutating func apply(_ event: LessonFileEvent) {
        switch event {
        case .reloaded(let newLesson, let source):
            let position = Self.keptPosition(from: walk, in: newLesson.convolution)
            if newLesson.convolution.shape != walk.shape || Walk(newLesson.convolution).stepCount != walk.stepCount {
                tutor.interaction = nil
            }
            if let source { tutor.source = source }
            tutor.isEdited = false
            lesson = newLesson
            walk = Walk(newLesson.convolution, position: position)
            fileProblem = nil
            scroll = ViewScroll()
            if walk.position == walk.stepCount { isPlaying = false }
        case .problem(let problem):
            fileProblem = problem
        }
    }

    /// Where a learner at `old` continues in a reloaded lesson.
    ///
    /// The same position when the walk has as many steps as before (an edit to the text or the
    /// values); else the same term — pixel, kernel and input channel by their coordinates — when
    /// it still exists (a bias or an activation step maps to the same output's step of that kind,
    /// or to the step that finishes the output); else the same position, clamped to the new walk.
    static func keptPosition(from old: Walk, in convolution: PointwiseConvolution) -> Int {
        let new = Walk(convolution)
        if new.stepCount == old.stepCount { return old.position }
        guard let step = old.step else { return 0 }
        let shape = new.shape
        let outputExists = step.row < shape.height && step.column < shape.width && step.kernel < shape.outChannels
        switch step.kind {
        case .term(let inputChannel):
            if let position = new.position(row: step.row, column: step.column, kernel: step.kernel, inputChannel: inputChannel) {
                return position
            }
        case .bias where outputExists:
            let last = new.lastPosition(kernel: step.kernel, row: step.row, column: step.column)
            let hasBias = convolution.kernels.bias != nil
            return hasBias && convolution.kernels.activation != .none ? last - 1 : last
        case .activation where outputExists:
            return new.lastPosition(kernel: step.kernel, row: step.row, column: step.column)
        default:
            break
        }
        return min(old.position, new.stepCount)
    }
}
