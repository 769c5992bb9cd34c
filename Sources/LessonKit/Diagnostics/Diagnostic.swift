/// A problem found in a lesson file, with where it is and what to do about it.
///
/// Diagnostics are values: stages return them in arrays, and `DiagnosticRenderer` turns them
/// into the `path:line:column: error: message` text a person reads.
public struct Diagnostic: Sendable, Equatable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Equatable {
        /// The file cannot be used until this is fixed.
        case error
        /// The file works, but probably not as its author meant.
        case warning
    }

    /// How serious the problem is.
    public var severity: Severity
    /// One sentence saying what is wrong, and when useful what to write instead.
    public var message: String
    /// Where the problem is.
    public var location: SourceLocation
    /// Extra lines shown after the snippet, each printed as `note: …`; often empty.
    public var notes: [String]
    /// The message as a catalogue entry, so it can be shown in another language; nil for the
    /// messages still written in English only.
    public var catalogueText: CatalogueText?
    /// The notes as catalogue entries; nil when any note is written in English only.
    public var catalogueNotes: [CatalogueText]?

    /// Creates a diagnostic.
    public init(severity: Severity, message: String, location: SourceLocation, notes: [String] = []) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// Creates a diagnostic from catalogue entries; its English text is the catalogue's.
    public init(severity: Severity, text: CatalogueText, location: SourceLocation, notes: [CatalogueText] = []) {
        self.init(severity: severity, message: text.text(.english), location: location, notes: notes.map { $0.text(.english) })
        catalogueText = text
        catalogueNotes = notes
    }

    /// Creates an error from catalogue entries.
    public static func error(_ text: CatalogueText, at location: SourceLocation, notes: [CatalogueText] = []) -> Diagnostic {
        Diagnostic(severity: .error, text: text, location: location, notes: notes)
    }

    /// Creates a warning from catalogue entries.
    public static func warning(_ text: CatalogueText, at location: SourceLocation, notes: [CatalogueText] = []) -> Diagnostic {
        Diagnostic(severity: .warning, text: text, location: location, notes: notes)
    }

    /// The message in `language` (English when it has no catalogue entry).
    public func message(_ language: InterfaceLanguage) -> String {
        catalogueText?.text(language) ?? message
    }

    /// The notes in `language` (English when they have no catalogue entries).
    public func notes(_ language: InterfaceLanguage) -> [String] {
        catalogueNotes?.map { $0.text(language) } ?? notes
    }

    /// `error` or `warning` in `language`.
    public func severityWord(_ language: InterfaceLanguage) -> String {
        Catalogue.text(severity == .error ? .diagnosticError : .diagnosticWarning, language)
    }

    /// Creates an error at a location.
    public static func error(_ message: String, at location: SourceLocation, notes: [String] = []) -> Diagnostic {
        Diagnostic(severity: .error, message: message, location: location, notes: notes)
    }

    /// Creates a warning at a location.
    public static func warning(_ message: String, at location: SourceLocation, notes: [String] = []) -> Diagnostic {
        Diagnostic(severity: .warning, message: message, location: location, notes: notes)
    }
}

extension Diagnostic: CustomStringConvertible {
    /// The diagnostic on one line without a path: `line:column: error: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Diagnostic {
    /// True for an error (a lesson with one does not load); false for a warning.
    public var isError: Bool { severity == .error }
}

/// "Has errors" is spelled `containsErrors` everywhere: on a list of diagnostics, on the bounded
/// `DiagnosticList` and on a reader's `Result` (which counts the ones it did not keep too).
extension Sequence where Element == Diagnostic {
    /// Whether any of the diagnostics is an error.
    public var containsErrors: Bool { contains(where: \.isError) }
}
