import Glibc
import LessonKit

/// Reads the data files a lesson names (`file: x.npy`) from the lesson's own folder, and only there.
///
/// A name must be relative, may not climb out with `..`, and must not be (or pass through) a
/// symbolic link leading outside the folder: the name and the folder are both resolved with
/// `realpath` and the file must lie inside. The file is opened without following a final link
/// and without blocking (a FIFO cannot hang the program), must be a regular file by `fstat` of
/// the open descriptor, and is read only up to the size limit. Refusals are worded for the
/// teacher and never include the file's contents.
struct FolderDataFiles {
    /// The folder of the lesson file, as given (`.` for a bare file name).
    let folder: String

    init(lessonPath: String) {
        if let slash = lessonPath.lastIndex(of: "/") {
            let head = String(lessonPath[..<slash])
            folder = head.isEmpty ? "/" : head
        } else {
            folder = "."
        }
    }

    /// The source LessonKit reads `file:` names through.
    var source: DataFileSource {
        let folder = folder
        return DataFileSource { name in FolderDataFiles(folder: folder).read(name) }
    }

    private init(folder: String) {
        self.folder = folder
    }

    /// The path a name stands for, after the checks that need no file system.
    func path(for name: String) -> Result<String, DataFileProblem> {
        guard !name.isEmpty else { return .failure(DataFileProblem(CatalogueText(.folderEmptyName))) }
        guard !name.hasPrefix("/") else {
            return .failure(
                DataFileProblem(CatalogueText(.folderAbsolute), notes: [CatalogueText(.folderOwnFolderNote)]))
        }
        guard !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            return .failure(DataFileProblem(CatalogueText(.folderControl)))
        }
        var depth = 0
        for component in name.split(separator: "/", omittingEmptySubsequences: true) {
            if component == ".." { depth -= 1 } else if component != "." { depth += 1 }
            if depth < 0 {
                return .failure(
                    DataFileProblem(CatalogueText(.folderOutside), notes: [CatalogueText(.folderOwnFolderNote)]))
            }
        }
        return .success(folder + "/" + name)
    }

    /// Reads a named file, or says why not.
    func read(_ name: String) -> Result<[UInt8], DataFileProblem> {
        let path: String
        switch self.path(for: name) {
        case .success(let found): path = found
        case .failure(let problem): return .failure(problem)
        }
        guard let folderReal = Self.realPath(folder) else {
            return .failure(DataFileProblem(CatalogueText(.folderNotFound)))
        }
        guard let real = Self.realPath(path) else {
            let reason =
                errno == ENOENT
                ? CatalogueText(.folderNoSuchFile) : CatalogueText(.folderCannotFind, nested: ["reason": FileIO.reason(errno)])
            return .failure(DataFileProblem(reason))
        }
        let prefix = folderReal.hasSuffix("/") ? folderReal : folderReal + "/"
        guard real.hasPrefix(prefix) else {
            return .failure(
                DataFileProblem(CatalogueText(.folderSymlink), notes: [CatalogueText(.folderSymlinkNote)]))
        }
        let limit = DataFileLimits.maximumFileBytes
        do {
            return .success(try FileIO.readBounded(path: real, limit: limit, followLinks: false))
        } catch {
            switch error {
            case .cannotOpen(let code):
                return .failure(DataFileProblem(CatalogueText(.folderCannotOpen, nested: ["reason": FileIO.reason(code)])))
            case .cannotExamine(let code):
                return .failure(DataFileProblem(CatalogueText(.folderCannotExamine, nested: ["reason": FileIO.reason(code)])))
            case .notRegular(let kind):
                return .failure(DataFileProblem(CatalogueText(kind == S_IFDIR ? .folderIsFolder : .folderNotRegular)))
            case .tooLarge(let size, let grew):
                let text =
                    grew
                    ? CatalogueText(.folderTooLargeGrew, ["limit": "\(limit)"])
                    : CatalogueText(.folderTooLarge, ["size": "\(size)", "limit": "\(limit)"])
                return .failure(DataFileProblem(text))
            case .cannotRead(let code):
                return .failure(DataFileProblem(CatalogueText(.folderCannotRead, nested: ["reason": FileIO.reason(code)])))
            }
        }
    }

    /// The canonical absolute path (links resolved), or nil with `errno` set.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
