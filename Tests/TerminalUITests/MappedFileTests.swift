import CMappedFile
import CNCursesShim
import Glibc
import Testing

/// Lesson files mapped into memory: the bytes are the file's, and a file shortened while it is
/// mapped reads zeros where its lost pages were, with the mapping marked torn, instead of ending
/// the process with SIGBUS (a teacher's editor may rewrite a lesson in place while it is read).
/// One test at a time: they install and remove the process's SIGBUS handlers.
@Suite("Mapped lesson files", .serialized)
struct MappedFileTests {
    /// Runs `body` on a temporary file of `count` bytes (a repeating pattern with no zero byte),
    /// open for reading and writing; the file is closed and removed afterwards.
    private static func withPatternFile(count: Int, _ body: (Int32) throws -> Void) throws {
        var template = Array("/tmp/pointwise-mapped-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        try #require(descriptor >= 0)
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer {
            close(descriptor)
            unlink(path)
        }
        let bytes = pattern(count: count)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        try #require(written == count)
        try body(descriptor)
    }

    /// Runs `body` on a mapping of the first `size` bytes of the open file, unmapped afterwards.
    private static func withMapping(_ descriptor: Int32, size: Int, _ body: (UnsafePointer<UInt8>) throws -> Void) throws {
        let start = try #require(pw_map_file(descriptor, size))
        defer { pw_unmap_file(start, size) }
        try body(start)
    }

    private static func pattern(count: Int) -> [UInt8] { (0..<count).map { UInt8(1 + $0 % 251) } }

    /// The mapping's bytes, read one by one (each read may fault).
    private static func bytes(_ start: UnsafePointer<UInt8>, count: Int) -> [UInt8] {
        (0..<count).map { start[$0] }
    }

    @Test("a mapped file's bytes are the file's, and an untouched mapping is not torn")
    func mappedBytesAreTheFile() throws {
        let size = 3 * 4096 + 123
        try Self.withPatternFile(count: size) { descriptor in
            try Self.withMapping(descriptor, size: size) { start in
                #expect(Self.bytes(start, count: size) == Self.pattern(count: size))
                #expect(pw_mapping_torn(start) == 0)
            }
        }
    }

    @Test("a file shortened while mapped reads zeros past its new end, and the mapping says it is torn")
    func shortenedFileReadsZeros() throws {
        try Self.withPatternFile(count: 4 * 4096) { descriptor in
            try Self.withMapping(descriptor, size: 4 * 4096) { start in
                #expect(Self.bytes(start, count: 100) == Self.pattern(count: 100))
                try #require(ftruncate(descriptor, 100) == 0)
                // Without the guard these reads would end the test process with SIGBUS.
                #expect(Self.bytes(start + 4096, count: 3 * 4096).allSatisfy { $0 == 0 })
                #expect(pw_mapping_torn(start) == 1)
            }
        }
    }

    @Test("with the terminal's crash guard installed over it, a shortened mapping is still mended, not a crash")
    func crashGuardMendsFirst() throws {
        try Self.withPatternFile(count: 2 * 4096) { descriptor in
            try Self.withMapping(descriptor, size: 2 * 4096) { start in
                pw_crash_guard_install()
                defer { pw_crash_guard_remove() }
                try #require(ftruncate(descriptor, 0) == 0)
                #expect(Self.bytes(start + 4096, count: 4096).allSatisfy { $0 == 0 })
                #expect(pw_mapping_torn(start) == 1)
            }
        }
    }

    @Test("mappings made during and after a terminal session are still mended once the crash guard is removed")
    func guardOutlivesTheSession() throws {
        let size = 2 * 4096
        try Self.withPatternFile(count: size) { descriptor in
            pw_crash_guard_install()
            try Self.withMapping(descriptor, size: size) { first in
                // Removing the crash guard puts back the handler from under it: the mappings'
                // guard, which it installs first, so a mapping made after the session is guarded.
                pw_crash_guard_remove()
                try Self.withMapping(descriptor, size: size) { second in
                    try #require(ftruncate(descriptor, 0) == 0)
                    for start in [first, second] {
                        #expect(Self.bytes(start + 4096, count: 4096).allSatisfy { $0 == 0 })
                        #expect(pw_mapping_torn(start) == 1)
                    }
                }
            }
        }
    }

    @Test("a reader that runs past the file's end meets zeros, not unmapped memory (the file is whole pages here)")
    func pastTheEndReadsZeros() throws {
        let size = 2 * 4096
        try Self.withPatternFile(count: size) { descriptor in
            try Self.withMapping(descriptor, size: size) { start in
                #expect(Self.bytes(start, count: size) == Self.pattern(count: size))
                // Only a file rewritten under the reader could lead it here; it must stop on a zero.
                #expect(Self.bytes(start + size, count: 4096).allSatisfy { $0 == 0 })
            }
        }
    }

    @Test("an empty file is not mapped (the caller reads it instead)")
    func emptyFileIsNotMapped() throws {
        try Self.withPatternFile(count: 0) { descriptor in
            #expect(pw_map_file(descriptor, 0) == nil)
        }
    }
}
