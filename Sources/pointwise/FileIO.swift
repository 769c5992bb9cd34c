import CMappedFile
import Glibc
import LessonKit
import PointwiseCore

/// Reading files and writing to the standard streams, without Foundation (it costs start-up time).
enum FileIO {
    /// Why a file could not be read, in the catalogue's words (a learner's language on screen,
    /// the locale's on the command line).
    struct ReadError: Error {
        let text: CatalogueText
        /// The reason in the command line's language.
        var message: String { text.text(FileIO.commandLineLanguage) }
    }

    /// The language of messages on the command line: the locale's (`LC_ALL` > `LC_MESSAGES` > `LANG`).
    static var commandLineLanguage: InterfaceLanguage { InterfaceLanguage(environment: environment) }

    /// Why a bounded read refused a file, before it is put in words: each kind of file says it
    /// its own way (a lesson in `ReadError`'s words, a data file as a `DataFileProblem`).
    enum ReadFailure: Error {
        case cannotOpen(errno: Int32)
        case cannotExamine(errno: Int32)
        case notRegular(kind: mode_t)
        /// Over the limit: by `fstat` before reading, or (`grew`) while it was read.
        case tooLarge(size: Int, grew: Bool)
        case cannotRead(errno: Int32)
    }

    /// The bytes of a regular file, refused quickly when it is anything else or over `limit` bytes.
    ///
    /// Every file Pointwise reads (a lesson, a reload, saved progress, a lesson's data files)
    /// comes through here, or through `readLesson`, which opens a file the same way. The open cannot block or take a terminal (`O_NONBLOCK|O_NOCTTY`: a
    /// FIFO or `/dev/tty` put in a lesson's place would otherwise wait forever or eat the keys),
    /// and `fstat` must then say a regular file; the size is checked before reading, and at most
    /// `limit + 1` bytes are read in case the file grows meanwhile. With `followLinks: false` a
    /// symbolic link itself is refused (`O_NOFOLLOW`). A read interrupted by a signal is retried
    /// only while no quit is pending (`interrupted` answers that), so Ctrl-C or SIGTERM always
    /// get through.
    static func readBounded(
        path: String, limit: Int, followLinks: Bool = true, interrupted: () -> Bool = { false }
    ) throws(ReadFailure) -> [UInt8] {
        let (descriptor, expected) = try openBounded(path: path, limit: limit, followLinks: followLinks)
        defer { close(descriptor) }
        return try readAll(descriptor, expected: expected, limit: limit, interrupted: interrupted)
    }

    /// Files this large or larger are mapped rather than read (`readLesson`); below it a copy
    /// costs less than making and removing a mapping.
    static let mappingThreshold = 64 * 1024

    /// A lesson file's bytes, refused as `readBounded` refuses. A regular file of
    /// `mappingThreshold` bytes or more is mapped, not copied: copying a 1 MB lesson gave the
    /// process 250 fresh pages of memory, a tenth of its first frame (`LessonBytes`). The mapping
    /// is read-only and private; if the file is shortened while it is mapped, its lost pages read
    /// as zeros instead of ending the process (`CMappedFile`), and `LessonBytes.isIntact` says so.
    /// A mapped file is read at the size `fstat` gave: what is appended meanwhile is not read
    /// here (a watched lesson is read again when it changes).
    static func readLesson(path: String, limit: Int, interrupted: () -> Bool = { false }) throws(ReadError) -> LessonBytes {
        do {
            let (descriptor, expected) = try openBounded(path: path, limit: limit, followLinks: true)
            defer { close(descriptor) }
            if expected >= mappingThreshold, let start = pw_map_file(descriptor, expected) {
                return LessonBytes(
                    adopting: UnsafeBufferPointer(start: start, count: expected),
                    release: { pw_unmap_file($0.baseAddress, $0.count) },
                    intact: { pw_mapping_torn($0.baseAddress) == 0 })
            }
            return LessonBytes(try readAll(descriptor, expected: expected, limit: limit, interrupted: interrupted))
        } catch {
            throw readError(error, path: path, limit: limit)
        }
    }

    /// Opens a file that must be regular and at most `limit` bytes by `fstat`: the descriptor
    /// and the size `fstat` gave. The open cannot block or take a terminal (see `readBounded`).
    private static func openBounded(path: String, limit: Int, followLinks: Bool) throws(ReadFailure) -> (Int32, Int) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | (followLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else { throw .cannotOpen(errno: errno) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            throw .cannotExamine(errno: code)
        }
        let kind = status.st_mode & S_IFMT
        guard kind == S_IFREG else {
            close(descriptor)
            throw .notRegular(kind: kind)
        }
        guard Int(status.st_size) <= limit else {
            close(descriptor)
            throw .tooLarge(size: Int(status.st_size), grew: false)
        }
        return (descriptor, Int(status.st_size))
    }

    /// Reads an open file whose size `fstat` gave as `expected`, refusing it past `limit` bytes.
    private static func readAll(
        _ descriptor: Int32, expected: Int, limit: Int, interrupted: () -> Bool
    ) throws(ReadFailure) -> [UInt8] {
        // The file's size and one byte more (to see it grow) are read straight into the array's
        // own storage: a 1 MB lesson used to pass through a 64 KB chunk and be copied again.
        var failure: ReadFailure?
        var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < buffer.count {
                let got = Glibc.read(descriptor, base + count, buffer.count - count)
                if got < 0 {
                    if errno == EINTR && !interrupted() { continue }
                    failure = .cannotRead(errno: errno)
                    return
                }
                if got == 0 { return }
                count += got
            }
        }
        if let failure { throw failure }
        if bytes.count > expected {
            // Longer than `fstat` said (it grew, or it is a file such as those in /proc that
            // report no size): read on in chunks, up to the limit.
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while bytes.count <= limit {
                let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR && !interrupted() { continue }
                    throw .cannotRead(errno: errno)
                }
                if count == 0 { break }
                bytes += chunk[0..<count]
            }
        }
        if bytes.count > limit {
            var now = stat()
            let size = fstat(descriptor, &now) == 0 ? max(Int(now.st_size), bytes.count) : bytes.count
            throw .tooLarge(size: size, grew: true)
        }
        return bytes
    }

    /// `readBounded` with the refusal in words for a lesson or a progress file.
    static func read(path: String, limit: Int, interrupted: () -> Bool = { false }) throws(ReadError) -> [UInt8] {
        do {
            return try readBounded(path: path, limit: limit, interrupted: interrupted)
        } catch {
            throw readError(error, path: path, limit: limit)
        }
    }

    /// A refusal in the catalogue's words, naming the file.
    private static func readError(_ failure: ReadFailure, path: String, limit: Int) -> ReadError {
        let shown = InertText.escapeLines(path)
        switch failure {
        case .cannotOpen(let code), .cannotExamine(let code), .cannotRead(let code):
            return ReadError(text: CatalogueText(.fileCannotRead, ["path": shown], nested: ["reason": reason(code)]))
        case .notRegular(let kind):
            return ReadError(text: CatalogueText(.fileNotRegular, ["path": shown], nested: ["kind": describeKind(kind)]))
        case .tooLarge(let size, _):
            let sizes = ["path": shown, "size": GroupedDigits.format(size), "limit": GroupedDigits.format(limit)]
            return ReadError(text: CatalogueText(.fileTooLarge, sizes))
        }
    }

    /// "a directory", "a FIFO (named pipe)", … for the type bits of a `stat` mode.
    static func describeKind(_ kind: mode_t) -> CatalogueText {
        switch kind {
        case S_IFDIR: CatalogueText(.fileKindDirectory)
        case S_IFIFO: CatalogueText(.fileKindFIFO)
        case S_IFCHR: CatalogueText(.fileKindCharacterDevice)
        case S_IFBLK: CatalogueText(.fileKindBlockDevice)
        case S_IFSOCK: CatalogueText(.fileKindSocket)
        case S_IFLNK: CatalogueText(.fileKindLink)
        case S_IFREG: CatalogueText(.fileKindRegular)
        default: CatalogueText(.fileKindSpecial)
        }
    }

    /// Whether a path names an existing file or directory.
    /// True when the path is a directory (following links).
    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// The names in a directory, sorted bytewise; nil when it cannot be read.
    static func names(inDirectory path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

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

    /// The system's reason for an error number, in the catalogue's words: its own entry for the
    /// errors met with files, else the system's text beside the number.
    static func reason(_ code: Int32) -> CatalogueText {
        let key: TextKey? =
            switch code {
            case ENOENT: .systemNoSuchFile
            case EACCES: .systemPermissionDenied
            case EPERM: .systemNotPermitted
            case EISDIR: .systemIsDirectory
            case ENOTDIR: .systemNotDirectory
            case ENOSPC: .systemNoSpace
            case EROFS: .systemReadOnly
            case ELOOP: .systemLinkLoop
            case ENAMETOOLONG: .systemNameTooLong
            case EEXIST: .systemFileExists
            case EIO: .systemInputOutput
            case EMFILE, ENFILE: .systemTooManyFiles
            case EPIPE: .systemBrokenPipe
            case EDQUOT: .systemQuota
            case EFBIG: .systemFileTooLarge
            case EBUSY: .systemBusy
            default: nil
            }
        if let key { return CatalogueText(key) }
        let text = strerror(code).map { String(cString: $0) } ?? ""
        return CatalogueText(.systemOther, ["code": String(code), "text": text])
    }

    /// Standard output's one byte buffer: messages, `print`, `print --json` and `export` all
    /// write into it, and it drains in pieces of 64 KiB. The program is single-threaded.
    nonisolated(unsafe) static var standardOutput = OutputBuffer.failable(threshold: 1 << 16) { bytes in
        guard let code = writeAll(bytes, to: 1) else { return true }
        outputError = code
        return false
    }

    /// The error of the first write to standard output that failed (EPIPE for a closed pipe,
    /// ENOSPC for a full disk), or nil; output stops there and the exit status says so.
    nonisolated(unsafe) static var outputError: Int32?

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

    /// Writes every byte, retrying interrupted writes; the error that stopped it, or nil.
    @discardableResult
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

    /// The process environment as a dictionary, read once (when first asked for, after `main`
    /// has set `SWIFT_BACKTRACE`): Pointwise never changes it after that, and building it again
    /// for every question about it was a twentieth of the start.
    static let environment: [String: String] = {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            // Found on the bytes: a search by Character finds every character's boundaries.
            if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }()
}
