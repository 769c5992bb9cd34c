import Glibc
import PointwiseCore

/// Reading files and writing to the standard streams, without Foundation (it costs start-up time).
enum FileIO {
    /// Why a file could not be read, in words for the user.
    struct ReadError: Error {
        let message: String
    }

    /// The bytes of a file, reading at most `limit + 1` bytes so a huge file is refused quickly.
    static func read(path: String, limit: Int) throws(ReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw ReadError(message: "cannot read '\(path)': \(describe(errno))") }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw ReadError(message: "cannot read '\(path)': it is a directory")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(message: "cannot read '\(path)': \(describe(errno))")
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        return bytes
    }

    /// Whether a path names an existing file or directory.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0
    }

    /// True when two paths name the same existing file (same device and inode), whatever the
    /// spelling: `lesson.md`, `./lesson.md`, a symbolic or hard link.
    static func isSameFile(_ first: String, _ second: String) -> Bool {
        var a = stat()
        var b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }

    /// True when a file descriptor is a terminal.
    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    static func describe(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    /// Standard output's one byte buffer: messages, `print`, `print --json` and `export` all
    /// write into it, and it drains in pieces of 64 KiB. The program is single-threaded.
    nonisolated(unsafe) static var standardOutput = OutputBuffer(threshold: 1 << 16) { writeAll($0, to: 1) }

    /// Writes to standard output, buffered so a long walkthrough costs few system calls.
    static func out(_ text: String) {
        standardOutput.append(text)
        standardOutput.flushIfFull()
    }

    /// Writes any buffered output now.
    static func flush() {
        standardOutput.flush()
    }

    /// Writes a line to standard error, after what standard output has pending.
    static func err(_ text: String) {
        flush()
        writeAll(Array((text + "\n").utf8), to: 2)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return // a closed pipe: nothing more can be written
                }
                offset += written
            }
        }
    }

    /// The process environment as a dictionary.
    static var environment: [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }
}
