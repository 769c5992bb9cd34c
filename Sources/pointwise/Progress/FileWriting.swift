import Glibc
import LessonKit

/// Writing files for the explainer: saved copies of lessons and progress, always atomically.
///
/// A file is written to a new temporary file in the same directory and then renamed over the
/// target, so a crash or a full disk never leaves half a file where a whole one was. The
/// temporary file has a random name and is created exclusively without following links
/// (`O_CREAT|O_EXCL|O_NOFOLLOW`, the mkstemp pattern), so a link planted at a guessable name
/// cannot redirect the write; the target must be a regular file or absent (a FIFO, a device, a
/// directory or a symbolic link is refused, never replaced); an existing file keeps its
/// permissions; the data is on disk (`fsync`) before the rename makes it visible.
enum FileWriting {
    /// Why a file could not be written, in the catalogue's words.
    struct WriteError: Error {
        let text: CatalogueText
        /// The reason in the command line's language.
        var message: String { text.text(FileIO.commandLineLanguage) }

        init(_ text: CatalogueText) { self.text = text }

        /// The system's reason for an error number.
        init(errno code: Int32) { self.text = FileIO.reason(code) }
    }

    /// Writes `bytes` to `path` through a temporary file and a rename.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let mode = try permissions(forTarget: path)
        let (descriptor, temporary) = try createTemporary(besides: path)
        func fail(_ code: Int32) -> WriteError {
            close(descriptor)
            unlink(temporary)
            return WriteError(errno: code)
        }
        guard fchmod(descriptor, mode) == 0 else { throw fail(errno) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw fail(errno)
            }
            offset += written
        }
        guard fsync(descriptor) == 0 else { throw fail(errno) }
        guard close(descriptor) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriteError(errno: code)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriteError(errno: code)
        }
        syncDirectory(of: path)
    }

    /// The permission bits the written file gets: the target's own when it exists (a 0600 file
    /// stays 0600), else 0666 less the umask, as any new file. Throws for a target that is
    /// not a regular file, which a rename would silently replace.
    static func permissions(forTarget path: String) throws(WriteError) -> mode_t {
        var status = stat()
        if lstat(path, &status) == 0 {
            let kind = status.st_mode & S_IFMT
            guard kind == S_IFREG else {
                throw WriteError(CatalogueText(.writeNotRegular, nested: ["kind": FileIO.describeKind(kind)]))
            }
            return status.st_mode & 0o7777
        }
        guard errno == ENOENT else { throw WriteError(errno: errno) }
        let mask = umask(0)
        umask(mask)
        return 0o666 & ~mask
    }

    /// Creates a new, empty temporary file with a random name in the target's directory.
    private static func createTemporary(besides path: String) throws(WriteError) -> (Int32, String) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        for _ in 0..<100 {
            let suffix = String((0..<12).map { _ in letters[Int(generator.next(upperBound: UInt(letters.count)))] })
            let temporary = directory + "." + String(base.prefix(64)) + ".tmp-" + suffix
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if descriptor >= 0 { return (descriptor, temporary) }
            if errno != EEXIST && errno != EINTR { throw WriteError(errno: errno) }
        }
        throw WriteError(CatalogueText(.writeNoTemporary))
    }

    /// Makes the rename itself durable; a directory that cannot be synced is no error.
    private static func syncDirectory(of path: String) {
        let directory = path.lastIndex(of: "/").map { String(path[...$0]) } ?? "."
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// Creates a directory and its parents (like `mkdir -p`).
    static func makeDirectories(_ path: String) throws(WriteError) {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0, errno != EEXIST {
                throw WriteError(CatalogueText(.writeCannotCreateFolder, ["path": current], nested: ["reason": FileIO.reason(errno)]))
            }
        }
    }

    /// The absolute, resolved path of an existing file, or the path itself when it cannot be resolved.
    static func absolutePath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
