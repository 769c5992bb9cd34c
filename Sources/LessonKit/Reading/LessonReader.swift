import PointwiseCore

/// Reads a lesson file into a `Lesson`, reporting every problem it finds with its location.
///
/// The stages run in order — size, UTF-8, the `---` split, the front matter, the data keys, the
/// body's sections — and each reports all it can, so a teacher fixes a file in one pass. A lesson
/// comes back only when there is no error; warnings come back either way.
public enum LessonReader {
    /// The outcome of reading one file: the lesson when it is valid, and every diagnostic.
    public struct Result: Sendable {
        public let lesson: Lesson?
        /// The first `DiagnosticList.maximumKept` diagnostics in file order.
        public let diagnostics: [Diagnostic]
        /// The text, for showing source lines under diagnostics (bad UTF-8 bytes shown as U+FFFD);
        /// nil only when the file was refused for its size.
        ///
        /// Made from the file's bytes when asked for: a clean `check` of a 1 MB lesson never
        /// needs it, and decoding it is a tenth of that check. (A file with errors has it made
        /// once, on reading.)
        public var source: String? { Self.text(of: sourceText) }
        /// The file's bytes, when the result holds them rather than a string (a file without
        /// errors read from its bytes): a caller keeping the text takes these, not a decoded copy.
        public var sourceBytes: LessonBytes? {
            if case .bytes(let bytes) = sourceText { return bytes }
            return nil
        }
        private let sourceText: SourceText
        /// How many more diagnostics the file has beyond those kept (counted, not stored).
        public let omittedDiagnostics: Int
        /// Whether any error was found, kept or not.
        public let containsErrors: Bool
        /// The data files the lesson names (`file:` values as written), read or refused, for
        /// watching them alongside the lesson.
        public var dataFiles: [String] = []

        /// The file's text as it was given: none, a string, or the bytes it will be decoded from.
        private enum SourceText: Sendable {
            case none
            case text(String)
            case bytes(LessonBytes)
        }

        /// A result from the bounded list every stage appended to.
        init(lesson: Lesson?, diagnostics list: DiagnosticList, source: String?) {
            self.init(lesson: lesson, diagnostics: list, sourceText: source.map { .text($0) } ?? .none)
        }

        /// A result whose text is decoded from the file's bytes only when it is asked for.
        init(lesson: Lesson?, diagnostics list: DiagnosticList, sourceBytes: LessonBytes) {
            self.init(lesson: lesson, diagnostics: list, sourceText: .bytes(sourceBytes))
        }

        private init(lesson: Lesson?, diagnostics list: DiagnosticList, sourceText: SourceText) {
            self.lesson = lesson
            // A file with errors has its text decoded here, once, for the typing hints; it is
            // kept so the messages' source lines do not decode it again.
            let source = list.containsErrors ? Self.text(of: sourceText) : nil
            self.sourceText = source.map { .text($0) } ?? sourceText
            self.diagnostics = Self.withTypingHints(list.kept, source: source)
            self.omittedDiagnostics = list.omitted
            self.containsErrors = list.containsErrors
        }

        private static func text(of sourceText: SourceText) -> String? {
            switch sourceText {
            case .none: nil
            case .text(let text): text
            case .bytes(let bytes): String(decoding: bytes.buffer, as: UTF8.self)
            }
        }

        /// The diagnostics with notes for a decimal comma or full-width characters on the line an
        /// error points at (`TypingHints`). The text is split into lines only when there is an error.
        private static func withTypingHints(_ diagnostics: [Diagnostic], source: String?) -> [Diagnostic] {
            guard let source, diagnostics.contains(where: { $0.severity == .error }) else { return diagnostics }
            // Split only as far as the last line an error points at: a file of millions of lines
            // with a hundred kept errors near its top is not cut into millions of pieces.
            let lastLine = diagnostics.lazy.filter { $0.severity == .error }.map(\.location.line).max() ?? 0
            // The cut is made on the bytes: a search by character would find character boundaries
            // through the whole file (and never cut a `\r\n`, one character).
            let lines = source.utf8.split(separator: UInt8(ascii: "\n"), maxSplits: max(lastLine, 1), omittingEmptySubsequences: false)
                .map { Substring($0) }
            // Each line is scanned once, however many errors point at it: a line of 10,000 bad
            // values would otherwise be scanned for each of its kept errors.
            var hintsByLine: [Int: [CatalogueText]] = [:]
            return diagnostics.map { diagnostic in
                let line = diagnostic.location.line
                guard diagnostic.severity == .error, line >= 1, line <= lines.count else { return diagnostic }
                var hinted = diagnostic
                let lineHints = hintsByLine[line] ?? TypingHints.notes(forLine: lines[line - 1])
                hintsByLine[line] = lineHints
                let hints = lineHints.filter { !hinted.notes.contains($0.text(.english)) }
                guard !hints.isEmpty else { return diagnostic }
                hinted.notes += hints.map { $0.text(.english) }
                hinted.catalogueNotes = hinted.catalogueNotes.map { $0 + hints }
                return hinted
            }
        }

        /// A result from a handful of diagnostics.
        init(lesson: Lesson?, diagnostics: [Diagnostic], source: String?) {
            self.init(lesson: lesson, diagnostics: DiagnosticList(diagnostics), source: source)
        }
    }

    /// The keys a lesson's front matter may have.
    public static let knownKeys = ["title", "language", "input", "weights", "bias", "activation", "cost", "questions"]

    /// Reads raw file contents; `files` provides the data files the lesson names (`file:`).
    public static func read(bytes: [UInt8], files: DataFileSource = .none) -> Result {
        read(file: LessonBytes(bytes), files: files)
    }

    /// Reads a file's bytes where they are held (a mapping of the file, say: nothing is copied);
    /// `files` provides the data files the lesson names (`file:`). The result keeps the bytes.
    public static func read(file bytes: LessonBytes, files: DataFileSource = .none) -> Result {
        guard bytes.count <= LessonLimits.maximumFileBytes else {
            return Result(
                lesson: nil,
                diagnostics: [
                    .error(
                        CatalogueText(.checkFileTooLarge, ["count": String(bytes.count), "limit": String(LessonLimits.maximumFileBytes)]),
                        at: SourceLocation(line: 1, column: 1))
                ], source: nil)
        }
        // Checked first and the text made last: while the front matter's lists and values are
        // alive, the file is held once (its bytes), not also as a `String`.
        guard UTF8Decoding.isValid(bytes.buffer) else {
            let (_, decodeDiagnostics) = UTF8Decoding.decode(Array(bytes.buffer))
            // Undecodable text is still shown under its diagnostics, with U+FFFD for the bad bytes.
            return Result(lesson: nil, diagnostics: decodeDiagnostics, source: String(decoding: bytes.buffer, as: UTF8.self))
        }
        var diagnostics = DiagnosticList()
        let reading = DataFileReading(source: files)
        let lesson = read(bytes: bytes, files: reading, diagnostics: &diagnostics)
        var result = Result(lesson: lesson, diagnostics: diagnostics, sourceBytes: bytes)
        result.dataFiles = reading.names
        return result
    }

    /// Reads a lesson's text; `files` provides the data files the lesson names (`file:`).
    public static func read(text: String, files: DataFileSource = .none) -> Result {
        var diagnostics = DiagnosticList()
        let reading = DataFileReading(source: files)
        let lesson = read(bytes: LessonBytes(Array(text.utf8)), files: reading, diagnostics: &diagnostics)
        var result = Result(lesson: lesson, diagnostics: diagnostics, source: text)
        result.dataFiles = reading.names
        return result
    }

    /// Reads a lesson from its UTF-8 bytes (valid UTF-8), every problem into `diagnostics`; the
    /// lesson when there is no error. The front matter is parsed in place, never copied out.
    static func read(bytes: LessonBytes, files: DataFileReading, diagnostics: inout DiagnosticList) -> Lesson? {
        let layout: LessonSourceSplitter.Layout
        switch LessonSourceSplitter.layout(of: bytes.buffer) {
        case .parts(let parts): layout = parts
        case .problem(let problem):
            diagnostics.append(problem)
            return nil
        }

        let (root, yamlDiagnostics) = YAMLParser.parse(
            bytes: bytes, from: layout.frontMatter.lowerBound, to: layout.frontMatter.upperBound, firstLine: layout.frontMatterFirstLine)
        diagnostics += yamlDiagnostics
        var data: LessonData?
        if let root {
            data = FrontMatterReader.read(root, frontMatterLine: layout.frontMatterFirstLine - 1, files: files, diagnostics: &diagnostics)
        } else if yamlDiagnostics.isEmpty {
            diagnostics.append(
                .error(
                    CatalogueText(.checkFrontMatterEmpty),
                    at: SourceLocation(line: layout.frontMatterFirstLine - 1, column: 1),
                    notes: [CatalogueText(.checkFrontMatterExample)]))
        }
        let bodyText = String(decoding: bytes[layout.bodyStart...], as: UTF8.self)
        let body = LessonBodyParser.parse(bodyText, firstLine: layout.bodyFirstLine, diagnostics: &diagnostics)
        var sections = body.sections
        if let data {
            warnAboutUnusedSections(sections, headingLines: body.headingLines, data: data, diagnostics: &diagnostics)
            if data.convolution.kernels.bias == nil { sections[.bias] = nil }
            if data.convolution.kernels.activation == .none { sections[.activation] = nil }
        }
        guard let data, !diagnostics.containsErrors else { return nil }
        return Lesson(
            title: data.title, language: data.language, convolution: data.convolution, sections: sections, cost: data.cost,
            questions: data.questions, dataFiles: data.dataFiles)
    }

    /// Warns, at its heading, about every section the lesson writes that no step can show.
    private static func warnAboutUnusedSections(
        _ sections: [SectionKind: Template], headingLines: [SectionKind: Int], data: LessonData, diagnostics: inout DiagnosticList
    ) {
        for section in SectionKind.allCases where sections[section] != nil {
            guard let line = headingLines[section],
                let reason = SectionRules.reasonNeverShownText(section, in: data.convolution)
            else { continue }
            diagnostics.append(
                .warning(
                    CatalogueText(.checkSectionNeverShown, ["section": section.rawValue], nested: ["reason": reason]),
                    at: SourceLocation(line: line, column: 4)))
        }
    }
}

/// What the front matter holds once read and checked.
struct LessonData {
    var title: String
    var language: String
    var convolution: PointwiseConvolution
    /// The `cost` key's settings, or nil when the lesson has none.
    var cost: CostSettings? = nil
    /// The `questions` key's questions, empty when the lesson has none.
    var questions: [Question] = []
    /// The tensors read from data files.
    var dataFiles: [DataFileUse] = []
}
