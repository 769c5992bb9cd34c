import PointwiseCore

/// What Pointwise remembers of a lesson between sessions: where the learner was and the score.
///
/// Stored as a few `name value` lines, so a person can read (or delete) it:
///
///     pointwise-progress 1
///     lesson /home/ada/lessons/reduce.md
///     hash 9c1185a5c5e9fc54
///     steps 54
///     step 17
///     answer 1 2 3 right
///
/// `hash` is of the lesson file's bytes and `steps` the walk's length: saved progress is used
/// only for the very same lesson, so a lesson that changed never resumes at a meaningless step.
public struct ProgressRecord: Hashable, Sendable {
    /// The absolute path of a lesson file, or a bundled lesson's name.
    public var lesson: String
    /// FNV-1a 64 of the lesson's bytes, as 16 hex digits.
    public var contentHash: String
    public var stepCount: Int
    public var position: Int
    public var answers: [OutputPlace: Bool]

    public init(lesson: String, contentHash: String, stepCount: Int, position: Int, answers: [OutputPlace: Bool]) {
        self.lesson = lesson
        self.contentHash = contentHash
        self.stepCount = stepCount
        self.position = position
        self.answers = answers
    }

    /// Why a progress file was not used.
    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        case notAProgressFile
        case badLine(Int)

        /// Why, in the catalogue's words.
        public var text: CatalogueText {
            switch self {
            case .notAProgressFile: CatalogueText(.progressNotAProgressFile)
            case .badLine(let line): CatalogueText(.progressBadLine, ["line": String(line)])
            }
        }

        public var description: String { text.text(.english) }
    }

    static let header = "pointwise-progress 1"

    /// The file's text.
    public var encoded: String {
        var lines = [Self.header, "lesson \(Self.encodePath(lesson))", "hash \(contentHash)", "steps \(stepCount)", "step \(position)"]
        for (place, isRight) in answers.sorted(by: { $0.key < $1.key }) {
            lines.append("answer \(place.kernel + 1) \(place.row + 1) \(place.column + 1) \(isRight ? "right" : "wrong")")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a progress file's text; every malformed line is a problem, never a crash.
    public static func decode(_ text: String) -> Result<ProgressRecord, Problem> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == header else { return .failure(.notAProgressFile) }
        var record = ProgressRecord(lesson: "", contentHash: "", stepCount: -1, position: -1, answers: [:])
        for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return .failure(.badLine(index + 1)) }
            switch parts[0] {
            case "lesson":
                guard let path = Self.decodePath(parts[1]) else { return .failure(.badLine(index + 1)) }
                record.lesson = path
            case "hash": record.contentHash = parts[1]
            case "steps", "step":
                guard let number = Int(parts[1]), number >= 0 else { return .failure(.badLine(index + 1)) }
                if parts[0] == "steps" { record.stepCount = number } else { record.position = number }
            case "answer":
                let fields = parts[1].split(separator: " ")
                guard fields.count == 4, let kernel = Int(fields[0]), let row = Int(fields[1]), let column = Int(fields[2]),
                    kernel >= 1, row >= 1, column >= 1, fields[3] == "right" || fields[3] == "wrong"
                else {
                    return .failure(.badLine(index + 1))
                }
                record.answers[OutputPlace(kernel: kernel - 1, row: row - 1, column: column - 1)] = fields[3] == "right"
            default:
                return .failure(.badLine(index + 1))
            }
        }
        guard !record.lesson.isEmpty, !record.contentHash.isEmpty, record.stepCount >= 0, record.position >= 0 else {
            return .failure(.notAProgressFile)
        }
        return .success(record)
    }

    /// The lesson's path for its line: `%`, control characters (a newline in a file name would
    /// split the record) and DEL written as `%XX` of their bytes; everything else as it is.
    static func encodePath(_ path: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count)
        for byte in path.utf8 {
            if byte == UInt8(ascii: "%") || byte < 0x20 || byte == 0x7F {
                let hex = Array(String(byte, radix: 16, uppercase: true).utf8)
                bytes.append(UInt8(ascii: "%"))
                if hex.count == 1 { bytes.append(UInt8(ascii: "0")) }
                bytes.append(contentsOf: hex)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The path from its encoded form; nil for a malformed `%` escape or bytes that are not UTF-8.
    static func decodePath(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) else { return nil }
            bytes.append(value)
            utf8 = utf8.dropFirst(2)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
