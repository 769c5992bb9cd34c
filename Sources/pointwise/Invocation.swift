import LessonKit

/// What the user asked for on the command line, parsed but not yet carried out.
///
/// The command line is parsed by hand, not with an argument-parser package: docs/DECISIONS.md,
/// "No argument-parser package", gives the start-up figures and the exit status that decided it.
enum Invocation: Equatable {
    case explain(lesson: String?, ascii: Bool, fresh: Bool = false)
    case list
    case check(files: [String])
    case print(lesson: String?, json: Bool, ascii: Bool, force: Bool = false)
    case render(lesson: String?, width: Int, height: Int, keys: [String], ansi: Bool, ascii: Bool)
    case export(lesson: String?, library: PythonExport.Library)
    case help
    case version

    /// Parses the arguments after the program name, or throws a usage error (exit status 2).
    static func parse(_ arguments: [String]) throws(CommandFailure) -> Invocation {
        var positional: [String] = []
        var flags: Set<String> = []
        var values: [String: String] = [:]
        var index = 0
        var onlyPositional = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositional || !argument.hasPrefix("-") || argument == "-" {
                positional.append(argument)
                continue
            }
            if argument == "--" { onlyPositional = true; continue }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            switch name {
            case "-h", "--help": return .help
            case "--version": return .version
            case "--ascii", "--json", "--ansi", "--numpy", "--pytorch", "--fresh", "--force":
                guard inlineValue == nil else { throw usage(.usageTakesNoValue, ["option": name]) }
                flags.insert(name)
            case "--size", "--keys":
                if let inlineValue {
                    values[name] = inlineValue
                } else {
                    guard index < arguments.count else { throw usage(.usageNeedsValue, ["option": name]) }
                    values[name] = arguments[index]
                    index += 1
                }
            default:
                throw usage(.usageUnknownOption, ["option": name])
            }
        }

        let command = positional.first
        func allow(_ allowed: Set<String>, _ valueNames: Set<String>, for commandName: String) throws(CommandFailure) {
            if let extra = flags.subtracting(allowed).sorted().first {
                throw usage(.usageDoesNotTake, ["command": commandName, "option": extra])
            }
            if let extra = Set(values.keys).subtracting(valueNames).sorted().first {
                throw usage(.usageDoesNotTake, ["command": commandName, "option": extra])
            }
        }
        func atMostOneLesson(_ rest: ArraySlice<String>, for commandName: String) throws(CommandFailure) -> String? {
            guard rest.count <= 1 else { throw usage(.usageOneLesson, ["command": commandName, "count": String(rest.count)]) }
            return rest.first
        }
        switch command {
        case "list":
            try allow([], [], for: "list")
            guard positional.count == 1 else { throw usage(.usageListTakesNothing) }
            return .list
        case "check":
            try allow([], [], for: "check")
            guard positional.count > 1 else { throw usage(.usageCheckNeedsFile) }
            return .check(files: Array(positional.dropFirst()))
        case "print":
            try allow(["--json", "--ascii", "--force"], [], for: "print")
            return .print(
                lesson: try atMostOneLesson(positional.dropFirst(), for: "print"), json: flags.contains("--json"),
                ascii: flags.contains("--ascii"), force: flags.contains("--force"))
        case "render":
            try allow(["--ansi", "--ascii"], ["--size", "--keys"], for: "render")
            let lesson = try atMostOneLesson(positional.dropFirst(), for: "render")
            var width = 80
            var height = 24
            if let size = values["--size"] {
                let parts = size.lowercased().split(separator: "x", omittingEmptySubsequences: false)
                guard parts.count == 2, let parsedWidth = Int(parts[0]), let parsedHeight = Int(parts[1]),
                    (1...1000).contains(parsedWidth), (1...1000).contains(parsedHeight)
                else {
                    throw usage(.usageSize)
                }
                width = parsedWidth
                height = parsedHeight
            }
            let keys = (values["--keys"] ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            return .render(
                lesson: lesson, width: width, height: height, keys: keys, ansi: flags.contains("--ansi"), ascii: flags.contains("--ascii"))
        case "export":
            try allow(["--numpy", "--pytorch"], [], for: "export")
            let lesson = try atMostOneLesson(positional.dropFirst(), for: "export")
            switch (flags.contains("--numpy"), flags.contains("--pytorch")) {
            case (true, false): return .export(lesson: lesson, library: .numpy)
            case (false, true): return .export(lesson: lesson, library: .pytorch)
            default: throw usage(.usageExportLibrary)
            }
        case "help":
            return .help
        default:
            try allow(["--ascii", "--fresh"], [], for: "pointwise")
            return .explain(
                lesson: try atMostOneLesson(positional[...], for: "pointwise"), ascii: flags.contains("--ascii"),
                fresh: flags.contains("--fresh"))
        }
    }

    /// A usage error (exit status 2) in the locale's language, with the pointer to `--help`.
    private static func usage(_ key: TextKey, _ arguments: [String: String] = [:]) -> CommandFailure {
        let language = InterfaceLanguage(environment: FileIO.environment)
        return CommandFailure(message: Catalogue.text(key, language, arguments) + "\n" + Catalogue.text(.helpRun, language), status: 2)
    }
}
