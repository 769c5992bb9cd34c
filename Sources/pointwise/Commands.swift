import BundledLessons
import Explainer
import LessonKit
import PointwiseCore
import TerminalUI

/// The commands, each reading its lessons, doing its job and returning the exit status.
enum Commands {
    static func list() -> Int32 {
        let language = InterfaceLanguage(environment: FileIO.environment)
        var rows: [(String, String, String)] = []
        for file in BundledLessonFiles.all {
            let result = file.read()
            rows.append((file.name, result.lesson?.title ?? Catalogue.text(.listInvalid, language), result.lesson?.language ?? "?"))
        }
        let nameHeader = Catalogue.text(.listName, language)
        let languageHeader = Catalogue.text(.listLanguage, language)
        let nameWidth = max(TextWidth.columns(of: nameHeader), rows.map { TextWidth.columns(of: $0.0) }.max() ?? 4)
        let languageWidth = max(8, TextWidth.columns(of: languageHeader), rows.map { TextWidth.columns(of: $0.2) }.max() ?? 2)
        FileIO.out(
            pad(nameHeader, nameWidth) + "  " + pad(languageHeader, languageWidth) + "  " + Catalogue.text(.listTitle, language) + "\n")
        for row in rows {
            FileIO.out(pad(row.0, nameWidth) + "  " + pad(row.2, languageWidth) + "  " + row.1 + "\n")
        }
        return 0
    }

    /// The lesson files a directory argument stands for: its `*.md` files, sorted, without
    /// `README*.md` (a folder's guide, like Lessons/README.md, is not a lesson). Not recursive.
    static func lessonFiles(inDirectory directory: String) -> [String]? {
        guard let names = FileIO.names(inDirectory: directory) else { return nil }
        let folder = directory.hasSuffix("/") ? directory : directory + "/"
        return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix("README") }.map { folder + $0 }
    }

    static func check(_ arguments: [String]) -> Int32 {
        var failed = false
        var files: [String] = []
        let language = InterfaceLanguage(environment: FileIO.environment)
        for argument in arguments {
            guard FileIO.isDirectory(argument) else { files.append(argument); continue }
            guard let inside = lessonFiles(inDirectory: argument) else {
                FileIO.err(InertText.escapeLines(Catalogue.text(.checkFolderUnreadable, language, ["path": argument])))
                failed = true
                continue
            }
            if inside.isEmpty {
                FileIO.err(InertText.escapeLines(Catalogue.text(.checkFolderEmpty, language, ["path": argument])))
                failed = true
            }
            files += inside
        }
        for file in files {
            let source: LessonLoading.Source
            do {
                source = try LessonLoading.source(for: file)
            } catch {
                let language = InterfaceLanguage(environment: FileIO.environment)
                FileIO.err(InertText.escapeLines(Catalogue.text(.checkReadError, language, ["path": file, "reason": error.message])))
                failed = true
                continue
            }
            let result = source.read()
            LessonLoading.report(result, path: source.displayPath, warnings: true)
            if result.containsErrors {
                failed = true
            } else {
                let warnings = result.diagnostics.filter { $0.severity == .warning }.count
                let language = InterfaceLanguage(environment: FileIO.environment)
                let arguments = ["path": source.displayPath, "count": String(warnings)]
                FileIO.out(Catalogue.text(warnings > 0 ? .checkOKWithWarnings : .checkOK, language, arguments) + "\n")
            }
        }
        return failed ? 1 : 0
    }

    static func print(_ lesson: String?, json: Bool, ascii: Bool, force: Bool = false) throws(CommandFailure) -> Int32 {
        let lesson = try LessonLoading.load(lesson)
        if !force, let refusal = OutputBudget.refusal(for: lesson, json: json) {
            throw CommandFailure(message: refusal.text(FileIO.commandLineLanguage), status: 1)
        }
        if json {
            LessonJSON.write(lesson, into: &FileIO.standardOutput)
            FileIO.out("\n")
        } else {
            WalkthroughPrinter.print(lesson, style: ascii ? .ascii : .unicode, into: &FileIO.standardOutput)
        }
        return 0
    }

    static func export(_ lesson: String?, library: PythonExport.Library) throws(CommandFailure) -> Int32 {
        let lesson = try LessonLoading.load(lesson)
        PythonExport.write(lesson, library: library, into: &FileIO.standardOutput)
        return 0
    }

    static func render(_ lessonArgument: String?, width: Int, height: Int, keys: [String], ansi: Bool, ascii: Bool) throws(CommandFailure)
        -> Int32
    {
        var parsedKeys: [Action] = []
        for name in keys {
            if name == "tick" {
                parsedKeys.append(.tick)
            } else if let key = KeyNames.key(named: name) {
                parsedKeys.append(.key(key))
            } else {
                let language = FileIO.commandLineLanguage
                let names = ["name": InertText.escape(name), "names": KeyNames.allNames.joined(separator: ", ")]
                throw CommandFailure(
                    message: Catalogue.text(.usageUnknownKey, language, names) + "\n" + Catalogue.text(.helpRun, language), status: 2)
            }
        }
        let lesson = try LessonLoading.load(lessonArgument)
        var state = ExplainerState(lesson: lesson, symbols: ascii ? .ascii : .unicode)
        let colors = (FileIO.environment["NO_COLOR"] ?? "").isEmpty
        // Pictures in colour only where colour is written; plain text gets shades.
        state.colorPictures = ansi && colors
        // The bundled lessons for the list (`o`) and the last step's pointer onward; recent files
        // are left out so the output depends on the arguments alone. Only keys or a lesson of
        // one step can show them, so a plain first frame does not read their titles.
        state.lessonArgument = lessonArgument ?? BundledLessonFiles.defaultName(environment: FileIO.environment)
        if !parsedKeys.isEmpty || state.walk.position == state.walk.stepCount {
            state.lessonChoicesByLanguage = RecentLessons.choicesByLanguage(recent: [])
        }
        // Keys after a q are never applied: the session would have ended there.
        for action in parsedKeys {
            if state.update(action) == .quit { break }
            state.fitScrolling(width: width, height: height)
        }
        let screen = ExplainerRenderer.render(state, width: width, height: height)
        let trueColor = ["truecolor", "24bit"].contains(FileIO.environment["COLORTERM"] ?? "")
        let lines = ansi ? screen.ansiLines(colors: colors, trueColor: trueColor) : screen.lines()
        FileIO.out(lines.joined(separator: "\n") + "\n")
        return 0
    }

    static func explain(_ lesson: String?, ascii: Bool, fresh: Bool = false) throws(CommandFailure) -> Int32 {
        guard FileIO.isTerminal(1) else {
            // Piped or redirected: the plain walkthrough is what such a reader wants.
            return try print(lesson, json: false, ascii: ascii)
        }
        // A terminal that cannot move its cursor (TERM=dumb, an Emacs shell buffer, unset TERM)
        // would show the screen as garbage: it gets the plain walkthrough too.
        let term = FileIO.environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            return try print(lesson, json: false, ascii: ascii)
        }
        // A lesson file (not a bundled one) is watched from before its first read, so a teacher's
        // saves reload it live; a bundled lesson never changes.
        var watcher = lesson.flatMap { LessonLoading.names(path: $0) ? LessonWatcher(path: $0) : nil }
        let name = lesson ?? BundledLessonFiles.defaultName(environment: FileIO.environment)
        let (loaded, source) = try LessonLoading.loadWithSource(name)
        watcher?.watchDataFiles(loaded.dataFiles.map(\.file))
        var program = ExplainerProgram(state: ExplainerState(lesson: loaded, symbols: ascii ? .ascii : .unicode), watcher: watcher)
        program.start(argument: name, source: source, fresh: fresh)
        do {
            let reason = try TerminalRunner.run(&program)
            program.finish()
            for note in program.notes { FileIO.err("pointwise: \(note)") }
            return reason.exitStatus
        } catch {
            throw CommandFailure(message: error.description, status: 1)
        }
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - TextWidth.columns(of: text)))
    }
}

/// The explainer's pure state, driven by the terminal edge.
struct ExplainerProgram: TerminalProgram {
    var state: ExplainerState
    /// The lesson file being watched for saves, or nil (a bundled lesson).
    var watcher: LessonWatcher? = nil
    /// The screen's size, as the runner last said, to keep the pages of text within it.
    var size = (width: 80, height: 24)

    mutating func screenSize(width: Int, height: Int) { size = (width, height) }

    /// The progress of the lesson on screen, saved when it is left.
    var tutor: TutorSession? = nil
    /// One-line notes for standard error after the session, from every lesson opened.
    var notes: [String] = []

    /// Begins a lesson: progress (the resume offer unless `fresh`), recent files. The lesson list
    /// is made by `loadLessonChoices()`, after the first frame.
    mutating func start(argument: String, source: LessonLoading.Source, fresh: Bool) {
        let environment = FileIO.environment
        tutor = TutorSession(state: &state, argument: argument, source: source, fresh: fresh, environment: environment)
        let store = ProgressStore(environment: environment)
        if LessonLoading.names(path: argument) { RecentLessons.remember(FileWriting.absolutePath(argument), in: store) }
        state.lessonArgument = argument
    }

    /// The lesson list (`o`) and the last step's way onward: the bundled lessons' titles and the
    /// recent files.
    mutating func loadLessonChoices() {
        let store = ProgressStore(environment: FileIO.environment)
        state.lessonChoicesByLanguage = RecentLessons.choicesByLanguage(recent: RecentLessons.load(from: store))
    }

    /// The lesson list is read once the lesson is on screen: its titles are a tenth of the start.
    mutating func finishStarting() -> Bool {
        loadLessonChoices()
        return true
    }

    /// Saves the progress of the lesson on screen.
    mutating func finish() {
        guard var session = tutor else { return }
        session.finish(state)
        notes += session.notes
        tutor = nil
    }

    /// Opens another lesson from the list (`o`): the one on screen keeps its progress, the new
    /// one starts like a lesson named on the command line. A lesson with errors is not opened.
    mutating func open(_ argument: String) {
        var source: LessonLoading.Source
        do {
            source = try LessonLoading.source(for: argument, language: state.lesson.interfaceLanguage)
        } catch {
            state.tutor.message = error.message
            return
        }
        let (result, bytes) = LessonLoading.readKeepingBytes(source.bytes, path: source.path, files: source.files)
        source.bytes = bytes
        guard let lesson = result.lesson else {
            state.tutor.message = Catalogue.text(.lessonHasErrors, state.lesson.interfaceLanguage, ["path": source.displayPath])
            return
        }
        finish()
        state = ExplainerState(lesson: lesson, symbols: state.symbols)
        watcher = source.isBundled ? nil : LessonWatcher(path: argument)
        watcher?.watchDataFiles(lesson.dataFiles.map(\.file))
        start(argument: argument, source: source, fresh: false)
        loadLessonChoices()
    }

    mutating func handle(_ event: TerminalEvent) -> Bool {
        switch event {
        case .key(let key):
            let goesOn = carryOut(state.update(.key(key)))
            state.fitScrolling(width: size.width, height: size.height)
            return goesOn
        case .tick: state.update(.tick); return true
        case .mouse(let mouse): state.update(.mouse(mouse)); return true
        case .resize: return true
        case .signal: return false
        }
    }

    /// The frame to show: no click map, since a click works out its own (`ExplainerRenderer.target`).
    func render(width: Int, height: Int, colors: ColorSupport) -> Screen {
        guard colors.drawsPictures != state.colorPictures else {
            return ExplainerRenderer.render(state, width: width, height: height, recordingHits: false)
        }
        var drawn = state
        drawn.colorPictures = colors.drawsPictures
        return ExplainerRenderer.render(drawn, width: width, height: height, recordingHits: false)
    }

    var tickInterval: Int? { state.tickInterval }

    /// Carries out an update's effect; false to quit.
    mutating func carryOut(_ effect: Effect?) -> Bool {
        switch effect {
        case .quit: return false
        case .save(let request):
            // The lesson on screen is never written, even when the learner answers yes to replacing it.
            if let lessonPath = watcher?.path, FileIO.isSameFile(request.path, lessonPath) {
                let reason = Catalogue.text(.writeLessonOnScreen, state.lesson.interfaceLanguage)
                return carryOut(state.update(.saveResult(.failed(path: request.path, reason: reason))))
            }
            // A save asked for on the way out (the quit question's `s`) quits once written.
            return carryOut(state.update(.saveResult(TutorSession.save(request, language: state.lesson.interfaceLanguage))))
        case .openLesson(let argument):
            open(argument)
            return true
        case nil: return true
        }
    }

    var pollInterval: Int? { watcher == nil ? nil : LessonWatcher.pollMilliseconds }

    /// Looks at the lesson file; a change goes through the pure update like any other action.
    mutating func poll() -> Bool {
        guard let event = watcher?.poll() else { return false }
        state.update(.lessonFile(event))
        return true
    }
}
