import Glibc

/// Writing files for the explainer: saved copies of lessons and progress, always atomically.
///
/// A file is written to a temporary name in the same directory and then renamed over the
/// target, so a crash or a full disk never leaves half a file where a whole one was.
enum FileWriting {
    struct WriteError: Error {
        let message: String
    }

    /// Writes `bytes` to `path` through a temporary file and a rename.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw WriteError(message: FileIO.describe(errno)) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                let message = FileIO.describe(errno)
                close(descriptor)
                unlink(temporary)
                throw WriteError(message: message)
            }
            offset += written
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard synced, rename(temporary, path) == 0 else {
            let message = FileIO.describe(errno)
            unlink(temporary)
            throw WriteError(message: message)
        }
    }

    /// Creates a directory and its parents (like `mkdir -p`).
    static func makeDirectories(_ path: String) throws(WriteError) {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0, errno != EEXIST {
                throw WriteError(message: "cannot create '\(current)': \(FileIO.describe(errno))")
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
