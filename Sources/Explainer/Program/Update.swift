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
    /// Open another lesson, named as on the command line (a bundled name or a path).
    case openLesson(String)
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
            textPage = 0
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
                // Like `less`: the paging keys turn the help's pages (when it has more than one);
                // q and Esc close it, and so does any other key.
                switch key {
                case .character("j"), .down, .character(" "), .pageDown, .control("d"), .control("f"):
                    helpPage = min(helpPage + 1, Self.pageLimit)
                case .character("k"), .up, .character("b"), .pageUp, .control("u"), .control("b"):
                    helpPage = max(helpPage - 1, 0)
                default:
                    isShowingHelp = false
                }
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
            // The windows follow the cursor again as soon as it moves, and the text starts at its top.
            if walk.position != positionBefore {
                scroll = ViewScroll()
                textPage = 0
            }
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
        case .toggleHelp:
            isShowingHelp.toggle()
            helpPage = 0
        case .toggleCostView: view = view.toggled(.cost)
        case .toggleMatrixView: view = view.toggled(.matrix)
        case .togglePictureView: view = view.toggled(.picture)
        case .quit: return requestQuit()
        case .revertEdits: revertEdits()
        case .openLessonList: openLessonList()
        case .togglePredictMode: togglePredictMode()
        case .editCells: startEditing()
        case .saveCopy: startSaving()
        case .channelsBack, .channelsForward, .kernelsBack, .kernelsForward, .rowsUp, .rowsDown, .columnsLeft, .columnsRight:
            scroll.shift(command, walk: walk)
            return nil
        case .textForward:
            textPage = min(textPage + 1, Self.pageLimit)
            return nil
        case .textBack:
            textPage = max(textPage - 1, 0)
            return nil
        }
        // Moving by hand pauses nothing; reaching the end stops autoplay.
        if walk.position == walk.stepCount, command != .toggleAutoplay { isPlaying = false }
        return nil
    }
}

extension ExplainerState {
    /// A bound on the text and help pages before a screen size is known; `fitScrolling` brings
    /// them to the pages a screen really has.
    static let pageLimit = 1000

    /// Keeps the text and help pages within the pages a screen of this size has, so a key that
    /// pages back always shows a change. The edge calls it after each key with the screen's size.
    public mutating func fitScrolling(width: Int, height: Int) {
        if isShowingHelp {
            helpPage = min(helpPage, HelpOverlay.pages(labels: labels, symbols: symbols, width: width, height: height).count - 1)
        }
        if textPage > 0 {
            let pages =
                ExplainerRenderer.plan(self, width: width, height: height).map { plan in
                    plan.text(
                        width: width, height: height,
                        reserved: TutorBar.rows(
                            state: self, width: width, height: height, textRows: plan.text(width: width, height: height).rows))
                }?.pages ?? 1
            textPage = min(textPage, pages - 1)
        }
    }
}
