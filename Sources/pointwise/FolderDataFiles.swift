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
        guard !name.isEmpty else { return .failure(DataFileProblem("the file name is empty")) }
        guard !name.hasPrefix("/") else {
            return .failure(
                DataFileProblem(
                    "it is an absolute path; name a file in the lesson's folder, relative to it",
                    notes: ["data files are read only from the lesson's own folder (and folders inside it)"]))
        }
        guard !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            return .failure(DataFileProblem("the file name holds control characters"))
        }
        var depth = 0
        for component in name.split(separator: "/", omittingEmptySubsequences: true) {
            if component == ".." { depth -= 1 } else if component != "." { depth += 1 }
            if depth < 0 {
                return .failure(
                    DataFileProblem(
                        "it goes outside the lesson's folder with '..'",
                        notes: ["data files are read only from the lesson's own folder (and folders inside it)"]))
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
            return .failure(DataFileProblem("the lesson's folder cannot be found"))
        }
        guard let real = Self.realPath(path) else {
            let reason = errno == ENOENT ? "there is no such file in the lesson's folder" : "it cannot be found: \(FileIO.describe(errno))"
            return .failure(DataFileProblem(reason))
        }
        let prefix = folderReal.hasSuffix("/") ? folderReal : folderReal + "/"
        guard real.hasPrefix(prefix) else {
            return .failure(
                DataFileProblem(
                    "it is a symbolic link (or inside one) that leads outside the lesson's folder",
                    notes: ["copy the file into the lesson's folder instead"]))
        }
        let limit = DataFileLimits.maximumFileBytes
        do {
            return .success(try FileIO.readBounded(path: real, limit: limit, followLinks: false))
        } catch {
            switch error {
            case .cannotOpen(let code):
                return .failure(DataFileProblem("it cannot be opened: \(FileIO.describe(code))"))
            case .cannotExamine(let code):
                return .failure(DataFileProblem("it cannot be examined: \(FileIO.describe(code))"))
            case .notRegular(let kind):
                let what = kind == S_IFDIR ? "a folder" : "not a regular file (a device, a pipe or a socket)"
                return .failure(DataFileProblem("it is \(what)"))
            case .tooLarge(let size, let grew):
                let amount = grew ? "more than \(limit)" : "\(size)"
                return .failure(DataFileProblem("it is \(amount) bytes; data files may be at most \(limit) bytes"))
            case .cannotRead(let code):
                return .failure(DataFileProblem("it cannot be read: \(FileIO.describe(code))"))
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
