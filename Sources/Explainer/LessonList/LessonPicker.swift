/// A lesson the in-app list (`o`) can open: a bundled lesson or a recent file.
public struct LessonChoice: Hashable, Sendable {
    /// What the command line would take to open it: a bundled lesson's name or a file's path.
    public let argument: String
    /// The lesson's title, shown beside its name.
    public let title: String
    /// True for a file opened before (not a bundled lesson).
    public let isRecentFile: Bool

    public init(argument: String, title: String, isRecentFile: Bool) {
        self.argument = argument
        self.title = title
        self.isRecentFile = isRecentFile
    }
}

/// The lesson list on screen: the choices and the one selected.
public struct LessonPicker: Hashable, Sendable {
    public var choices: [LessonChoice]
    public var selected: Int

    public init(choices: [LessonChoice], selected: Int = 0) {
        self.choices = choices
        self.selected = min(max(selected, 0), max(choices.count - 1, 0))
    }

    /// Moves the selection by `offset`, stopping at either end.
    mutating func move(_ offset: Int) {
        selected = min(max(selected + offset, 0), max(choices.count - 1, 0))
    }
}

extension ExplainerState {
    /// `o`: the list of lessons to open, starting on the one after this lesson (the next to learn).
    mutating func openLessonList() {
        guard !lessonChoices.isEmpty else {
            tutor.message = tutorLabels.noLessonList
            return
        }
        isPlaying = false
        let current = currentChoice ?? -1
        tutor.interaction = .choosingLesson(
            LessonPicker(choices: lessonChoices, selected: current + 1 < lessonChoices.count ? current + 1 : 0))
    }

    /// A key in the lesson list: move, open (Enter) or close (Esc, `q`, `o`).
    mutating func pick(_ key: Key, picker: LessonPicker) -> Effect? {
        var picker = picker
        switch key {
        case .up, .character("k"): picker.move(-1)
        case .down, .character("j"): picker.move(1)
        case .home, .character("g"): picker.move(-picker.choices.count)
        case .end, .character("G"): picker.move(picker.choices.count)
        case .enter, .right, .character("l"):
            tutor.interaction = nil
            guard picker.choices.indices.contains(picker.selected) else { return nil }
            // Opening another lesson would drop edits not saved: save or revert them first.
            if tutor.isEdited {
                tutor.message = tutorLabels.editsBeforeOpening
                return nil
            }
            return .openLesson(picker.choices[picker.selected].argument)
        case .escape, .character("q"), .character("o"), .control("c"):
            tutor.interaction = nil
            return nil
        default: break
        }
        tutor.interaction = .choosingLesson(picker)
        return nil
    }

    /// The lesson after this one in the list, for the last step's pointer onward; nil at the end.
    public var nextLesson: LessonChoice? {
        guard let current = currentChoice else { return lessonChoices.first { !$0.isRecentFile } }
        let next = current + 1
        return next < lessonChoices.count && !lessonChoices[next].isRecentFile ? lessonChoices[next] : nil
    }

    /// Where the lesson on screen is in the list: by the name it was opened with, or its
    /// translation's (`expand` is `expand.zh-TW` in the Chinese list, after a reload changed the
    /// language), or else a bundled lesson of the same title (a bundled file opened by its path).
    private var currentChoice: Int? {
        let suffix = ".zh-TW"
        let argument = lessonArgument ?? ""
        let sibling = argument.hasSuffix(suffix) ? String(argument.dropLast(suffix.count)) : argument + suffix
        return lessonChoices.firstIndex { $0.argument == argument }
            ?? lessonChoices.firstIndex { $0.argument == sibling }
            ?? lessonChoices.firstIndex { !$0.isRecentFile && $0.title == lesson.title }
    }
}
