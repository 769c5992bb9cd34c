import BundledLessons
import LessonKit
import PointwiseCore

/// Finds a lesson by path or bundled name, reads it, and reports problems the way `check` does.
enum LessonLoading {
    /// A lesson file's contents and the name to show in messages.
    struct Source {
        let displayPath: String
        var bytes: LessonBytes
        let isBundled: Bool
        /// Where the lesson's `file:` names are read: its folder, or the bundle.
        let files: DataFileSource
        /// The file the bytes came from, to read again; nil for a bundled lesson.
        var path: String? = nil

        /// Reads the lesson with its data files.
        func read() -> LessonReader.Result {
            LessonLoading.read(bytes, path: path, files: files)
        }
    }

    /// Reads a lesson from its bytes; if they were a mapping of a file that was shortened while
    /// it was read (partly zeros now), reads the file again, copied this time, and reads that.
    /// When the file cannot be read again, what was read stands: its messages point at the zeros.
    static func read(_ bytes: LessonBytes, path: String?, files: DataFileSource) -> LessonReader.Result {
        readKeepingBytes(bytes, path: path, files: files).result
    }

    /// `read(_:path:files:)`, with the bytes the result was read from (the copy read again, when
    /// the mapping was torn).
    static func readKeepingBytes(_ bytes: LessonBytes, path: String?, files: DataFileSource) -> (
        result: LessonReader.Result, bytes: LessonBytes
    ) {
        let result = LessonReader.read(file: bytes, files: files)
        guard !bytes.isIntact, let path, let again = try? FileIO.read(path: path, limit: LessonLimits.maximumFileBytes) else {
            return (result, bytes)
        }
        let copy = LessonBytes(again)
        return (LessonReader.read(file: copy, files: files), copy)
    }

    /// Resolves an argument: an existing path is a file; otherwise a bundled lesson's name.
    /// Messages are in `language`: the locale's on the command line, the lesson's on screen.
    static func source(for argument: String, language: InterfaceLanguage = FileIO.commandLineLanguage) throws(CommandFailure) -> Source {
        if names(path: argument) {
            do {
                let bytes = try FileIO.readLesson(path: argument, limit: LessonLimits.maximumFileBytes)
                // The path is shown in messages and panels: a file name is untrusted text too.
                return Source(
                    displayPath: InertText.escapeLines(argument), bytes: bytes, isBundled: false,
                    files: FolderDataFiles(lessonPath: argument).source, path: argument)
            } catch {
                throw CommandFailure(message: error.text.text(language), status: 1)
            }
        }
        if let file = BundledLessonFiles.named(argument) {
            // Named as the user named it: the bundled copy has no path on their disk.
            return Source(displayPath: file.name, bytes: LessonBytes(file.bytes), isBundled: true, files: BundledLessonFiles.dataFileSource)
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
        try loadWithSource(argument ?? BundledLessonFiles.defaultName(environment: FileIO.environment)).lesson
    }

    /// `load(_:)` of a lesson named in full, with its source, whose bytes are those the lesson
    /// was read from (the copy read again, if a mapping was torn meanwhile).
    static func loadWithSource(_ name: String) throws(CommandFailure) -> (lesson: Lesson, source: Source) {
        var source = try source(for: name)
        let (result, bytes) = readKeepingBytes(source.bytes, path: source.path, files: source.files)
        source.bytes = bytes
        report(result, path: source.displayPath, warnings: true)
        guard let lesson = result.lesson else {
            throw CommandFailure(
                message: Catalogue.text(.lessonNotValid, InterfaceLanguage(environment: FileIO.environment), ["path": source.displayPath]),
                status: 1)
        }
        return (lesson, source)
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
