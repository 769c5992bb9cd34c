/// Where a lesson's `file:` names are read from: the lesson's own folder, or the bundle.
///
/// LessonKit never opens files itself; whoever reads a lesson passes the source that fits (the
/// command line's folder-bound reader, the bundled lessons' embedded files, a test's dictionary).
/// The source receives the name exactly as the lesson wrote it and decides whether it is
/// allowed; every refusal comes back as a `DataFileProblem` and is reported at the `file:` value.
public struct DataFileSource: Sendable {
    /// Reads the file a lesson names, or says why it may not or cannot.
    public let read: @Sendable (_ name: String) -> Result<[UInt8], DataFileProblem>

    public init(read: @escaping @Sendable (_ name: String) -> Result<[UInt8], DataFileProblem>) {
        self.read = read
    }

    /// A source holding a fixed set of files by name (the bundle, tests).
    public static func files(_ files: [String: [UInt8]]) -> DataFileSource {
        DataFileSource { name in
            if let bytes = files[name] { return .success(bytes) }
            return .failure(DataFileProblem(CatalogueText(.dataFileNoSuchFile)))
        }
    }

    /// The source for a lesson read from text alone (standard input, a string): nothing to read.
    public static let none = DataFileSource { _ in
        .failure(DataFileProblem(CatalogueText(.dataFileNoFolder)))
    }
}
