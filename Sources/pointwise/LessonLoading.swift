import BundledLessons
import LessonKit
import PointwiseCore

/// Finds a lesson by path or bundled name, reads it, and reports problems the way `check` does.
enum LessonLoading {
    /// A lesson file's contents and the name to show in messages.
    struct Source {
        let displayPath: String
        let bytes: [UInt8]
        let isBundled: Bool
        /// Where the lesson's `file:` names are read: its folder, or the bundle.
        let files: DataFileSource

        /// Reads the lesson with its data files.
        func read() -> LessonReader.Result {
            LessonReader.read(bytes: bytes, files: files)
        }
    }

    /// Resolves an argument: an existing path is a file; otherwise a bundled lesson's name.
    /// Messages are in `language`: the locale's on the command line, the lesson's on screen.
    static func source(for argument: String, language: InterfaceLanguage = FileIO.commandLineLanguage) throws(CommandFailure) -> Source {
        if names(path: argument) {
            do {
                let bytes = try FileIO.read(path: argument, limit: LessonLimits.maximumFileBytes)
                // The path is shown in messages and panels: a file name is untrusted text too.
                return Source(
                    displayPath: InertText.escapeLines(argument), bytes: bytes, isBundled: false,
                    files: FolderDataFiles(lessonPath: argument).source)
            } catch {
                throw CommandFailure(message: error.text.text(language), status: 1)
            }
        }
        if let file = BundledLessonFiles.named(argument) {
            // Named as the user named it: the bundled copy has no path on their disk.
            return Source(displayPath: file.name, bytes: file.bytes, isBundled: true, files: BundledLessonFiles.dataFileSource)
        }
        throw CommandFailure(
            message: Catalogue.text(.lessonNotFound, language, ["name": argument]),
            status: 1)
    }

    /// True when an argument names a file rather than a bundled lesson.
    static func names(path argument: String) -> Bool {
        FileIO.exists(argument) || argument.contains("/") || argument.hasSuffix(".md")
    }

    /// Reads the lesson named by an argument (or the default), printing warnings, failing on errors.
    static func load(_ argument: String?) throws(CommandFailure) -> Lesson {
        let name = argument ?? BundledLessonFiles.defaultName(environment: FileIO.environment)
        let source = try source(for: name)
        let result = source.read()
        report(result, path: source.displayPath, warnings: true)
        guard let lesson = result.lesson else {
            throw CommandFailure(
                message: Catalogue.text(.lessonNotValid, InterfaceLanguage(environment: FileIO.environment), ["path": source.displayPath]),
                status: 1)
        }
        return lesson
    }

    /// Prints diagnostics to standard error, compiler style.
    static func report(_ result: LessonReader.Result, path: String, warnings: Bool) {
        guard result.containsErrors || (warnings && !result.diagnostics.isEmpty) else { return }
        let renderer = DiagnosticRenderer(
            path: path, source: result.source ?? "", language: InterfaceLanguage(environment: FileIO.environment))
        FileIO.err(renderer.render(result, errorsOnly: !warnings))
    }
}

/// A command that could not do its job: the message for standard error and the exit status.
struct CommandFailure: Error {
    let message: String
    let status: Int32
}
