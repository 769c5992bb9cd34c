import Glibc
import LessonKit
import PointwiseCore

/// The `pointwise` command: parses the arguments, runs one command, exits with its status.
@main
struct Pointwise {
    static func main() {
        CrashReporterSettings.apply()
        let status: Int32
        do {
            status = try run(Array(CommandLine.arguments.dropFirst()))
        } catch {
            FileIO.err("pointwise: " + InertText.escapeLines(error.message))
            status = error.status
        }
        FileIO.flush()
        exit(outputStatus(status))
    }

    /// The exit status once output is done: a command's own, unless writing standard output
    /// failed — then 141 for a closed pipe (as if SIGPIPE had ended the process, even when it is
    /// ignored) and 1 with a message for anything else (a full disk, `>/dev/full`).
    static func outputStatus(_ status: Int32) -> Int32 {
        guard let error = FileIO.outputError else { return status }
        if error == EPIPE { return 128 + SIGPIPE }
        let reason = CatalogueText(.outputCannotWrite, nested: ["reason": FileIO.reason(error)])
        FileIO.err("pointwise: " + reason.text(FileIO.commandLineLanguage))
        return status == 0 ? 1 : status
    }

    static func run(_ arguments: [String]) throws(CommandFailure) -> Int32 {
        switch try Invocation.parse(arguments) {
        case .help:
            FileIO.out(HelpText.usage(InterfaceLanguage(environment: FileIO.environment)) + "\n")
            return 0
        case .version:
            FileIO.out(HelpText.version + "\n")
            return 0
        case .list:
            return Commands.list()
        case .check(let files):
            return Commands.check(files)
        case .print(let lesson, let json, let ascii, let force):
            return try Commands.print(lesson, json: json, ascii: ascii, force: force)
        case .render(let lesson, let width, let height, let keys, let ansi, let ascii):
            return try Commands.render(lesson, width: width, height: height, keys: keys, ansi: ansi, ascii: ascii)
        case .export(let lesson, let library):
            return try Commands.export(lesson, library: library)
        case .explain(let lesson, let ascii, let fresh):
            return try Commands.explain(lesson, ascii: ascii, fresh: fresh)
        }
    }
}
