import LessonKit
import PointwiseCore

/// Everything the interactive explainer knows at one moment; the screen is a function of it.
public struct ExplainerState: Sendable {
    /// The lesson on screen.
    public var lesson: Lesson
    /// Where the learner is in the walk over the lesson's terms.
    public var walk: Walk
    /// True while autoplay advances one step per tick.
    public var isPlaying: Bool
    /// Index into `AutoplaySpeed.intervals`.
    public var speed: Int
    /// True while the help overlay is shown.
    public var isShowingHelp: Bool
    /// How to draw: glyph set.
    public var symbols: Symbols
    /// How far the learner has moved the panels' windows from the cursor (big lessons only).
    public var scroll = ViewScroll()
    /// Why the watched lesson file could not be reloaded, shown in a panel until it can; nil
    /// when the lesson on screen is the file's current contents (or nothing is watched).
    public var fileProblem: LessonFileProblem?
    /// Which picture is on screen: the grid, the cost view (`c`) or the matrix view (`m`).
    public var view = ExplainerView.grid
    /// The page of the lesson's text shown when it is longer than its rows (Ctrl-D Ctrl-U,
    /// PgDn PgUp); the first page again whenever the cursor moves.
    public var textPage = 0
    /// The page of the help shown when the help is taller than the screen.
    public var helpPage = 0
    /// The tutor: predictions and their score, the bottom-line prompt, edits and saving.
    public var tutor = TutorState()
    /// True when pictures may be drawn in colour (the terminal has 256 colours or more, or
    /// `render --ansi` with colour); false draws them with shade characters.
    public var colorPictures = false
    /// The picture view's values, made when the view opens and whenever the lesson's numbers
    /// change (see `refreshPictures`); nil until then.
    public internal(set) var pictures: PictureData?
    /// The lessons the list (`o`) offers in each language, set by the edge: bundled lessons (each
    /// in its translation for that language) and recent files. Kept for every language because a
    /// reload can change the lesson's language, and the list and the offer onward must follow it.
    public var lessonChoicesByLanguage: [InterfaceLanguage: [LessonChoice]] = [:]
    /// The lessons the list (`o`) offers in the lesson's current language.
    public var lessonChoices: [LessonChoice] {
        get { lessonChoicesByLanguage[lesson.interfaceLanguage] ?? [] }
        set { lessonChoicesByLanguage[lesson.interfaceLanguage] = newValue }
    }
    /// How the lesson on screen was named (a bundled name or a path), to find it in the list.
    public var lessonArgument: String?

    public init(lesson: Lesson, symbols: Symbols = .unicode) {
        self.lesson = lesson
        self.walk = Walk(lesson.convolution)
        self.isPlaying = false
        self.speed = AutoplaySpeed.defaultIndex
        self.isShowingHelp = false
        self.symbols = symbols
    }

    /// Milliseconds between autoplay steps, or nil when autoplay is off.
    public var tickInterval: Int? {
        isPlaying ? AutoplaySpeed.intervals[speed] : nil
    }

    /// How pictures are drawn: the ASCII ramp with `--ascii`, else colour when allowed, else shades.
    public var pictureStyle: PictureStyle {
        if symbols.numberStyle == .ascii { return .ascii }
        return colorPictures ? .color : .shades
    }

    /// Makes the picture view's values when the view is open and they are missing or stale.
    public mutating func refreshPictures() {
        guard view == .picture else { return }
        if let pictures, pictures.isCurrent(for: walk.convolution) { return }
        pictures = PictureData(walk.convolution)
    }

    /// The screen's words in the lesson's language.
    public var labels: Labels { Labels.forLanguage(lesson.interfaceLanguage) }
}

/// The autoplay speeds, slowest first.
public enum AutoplaySpeed {
    /// Milliseconds per step.
    public static let intervals = [3000, 2000, 1400, 1000, 700, 450, 250, 120, 50]
    static let defaultIndex = 3
}
