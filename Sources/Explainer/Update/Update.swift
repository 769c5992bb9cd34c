import PointwiseCore

/// Something that happened to the explainer: a key, a tick of the autoplay timer, or a change
/// to the lesson file.
public enum Action: Hashable, Sendable {
    case key(Key)
    case tick
    /// The watched lesson file changed, disappeared or came back (see `LessonFileEvent`).
    case lessonFile(LessonFileEvent)
    /// What became of a `.save` effect, reported by the edge.
    case saveResult(SaveResult)
    /// A click or a turn of the wheel (see `MouseEvent`).
    case mouse(MouseEvent)
}

/// What the edge must do after an update; the update itself does no I/O.
public enum Effect: Hashable, Sendable {
    case quit
    /// Write an edited copy of the lesson (see `SaveRequest`); the edge answers with `.saveResult`.
    case save(SaveRequest)
}

extension ExplainerState {
    /// Applies one action, the Elm way: pure, returning the effect the edge must carry out.
    @discardableResult
    public mutating func update(_ action: Action) -> Effect? {
        // The picture view's values follow the lesson: made when it opens or the numbers change.
        defer { refreshPictures() }
        switch action {
        case .tick:
            guard isPlaying, !isShowingHelp, tutor.interaction == nil else { return nil }
            moveForward { $0.next() }
            if walk.position == walk.stepCount { isPlaying = false }
            return nil
        case .lessonFile(let event):
            apply(event)
            return nil
        case .saveResult(let result):
            return apply(result)
        case .mouse(let mouse):
            handle(mouse)
            return nil
        case .key(let key):
            tutor.message = nil
            if let interaction = tutor.interaction { return interact(key, with: interaction) }
            if isShowingHelp {
                // Like `less`: in the help, q and Esc close it; any other key closes it too.
                isShowingHelp = false
                return nil
            }
            guard let command = Command(key: key) else { return nil }
            return perform(command)
        }
    }

    /// Carries out a command.
    public mutating func perform(_ command: Command) -> Effect? {
        let positionBefore = walk.position
        defer {
            // The windows follow the cursor again as soon as it moves.
            if walk.position != positionBefore { scroll = ViewScroll() }
        }
        switch command {
        case .nextTerm: moveForward { $0.next() }
        case .previousTerm: walk.previous()
        case .nextPixel: moveForward { $0.nextPixel() }
        case .previousPixel: walk.previousPixel()
        case .first: walk.first()
        case .last: jumpToEnd()
        case .toggleAutoplay:
            if !isPlaying, walk.position == walk.stepCount { walk.first() }
            isPlaying.toggle()
        case .faster: speed = min(speed + 1, AutoplaySpeed.intervals.count - 1)
        case .slower: speed = max(speed - 1, 0)
        case .restart: retake()
        case .toggleHelp: isShowingHelp.toggle()
        case .toggleCostView: view = view.toggled(.cost)
        case .toggleMatrixView: view = view.toggled(.matrix)
        case .togglePictureView: view = view.toggled(.picture)
        case .quit: return requestQuit()
        case .revertEdits: revertEdits()
        case .togglePredictMode: togglePredictMode()
        case .editCells: startEditing()
        case .saveCopy: startSaving()
        case .channelsBack, .channelsForward, .kernelsBack, .kernelsForward, .rowsUp, .rowsDown, .columnsLeft, .columnsRight:
            scroll.shift(command, walk: walk)
            return nil
        }
        // Moving by hand pauses nothing; reaching the end stops autoplay.
        if walk.position == walk.stepCount, command != .toggleAutoplay { isPlaying = false }
        return nil
    }
}
