import Foundation
import Testing

/// `file:` names are read from the lesson's own folder only: the real binary refuses absolute
/// paths, `..` out of the folder, symbolic links leading out, folders, FIFOs and missing files,
/// each as `path:line:col: error:` at the `file:` value, without the file's contents.
@Suite("Data file paths")
struct DataFilePathTests {
    /// A valid `.npy` of one int8 value 7, shaped [1, 1, 1], written by hand.
    static let tinyNumpy: [UInt8] = {
        var header = "{'descr': '|i1', 'fortran_order': False, 'shape': (1, 1, 1), }"
        while (10 + header.utf8.count + 1) % 64 != 0 { header += " " }
        header += "\n"
        let length = header.utf8.count
        return [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(length & 0xFF), UInt8(length >> 8)] + Array(header.utf8) + [7]
    }()

    static func lesson(_ name: String) -> String {
        "---\ntitle: paths\ninput: {file: \"\(name)\"}\nweights: [[2]]\n---\n"
    }

    @Test("a file in the lesson's folder, or in a folder inside it, is read")
    func allowed() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/lesson/data", withIntermediateDirectories: true)
        try Data(Self.tinyNumpy).write(to: URL(fileURLWithPath: folder.path + "/lesson/data/x.npy"))
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/lesson/link.npy", withDestinationPath: "data/x.npy")
        for name in ["data/x.npy", "./data/x.npy", "data/../data/x.npy", "link.npy"] {
            let lesson = try folder.write("lesson/ok.md", Self.lesson(name))
            let run = try CommandRun.pointwise(["print", "--json", lesson])
            #expect(run.status == 0, "\(name): \(run.standardError)")
            #expect(run.standardOutput.contains("\"output\":[[[14]]]") || run.standardOutput.contains("14"), "\(name)")
        }
    }

    @Test("paths out of the folder, links out of it, folders, FIFOs and missing files are refused at the file: value")
    func refused() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/lesson/sub", withIntermediateDirectories: true)
        let outside = folder.path + "/outside.npy"
        try Data(Self.tinyNumpy).write(to: URL(fileURLWithPath: outside))
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/lesson/escape.npy", withDestinationPath: "../outside.npy")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/lesson/sublink", withDestinationPath: folder.path)
        #expect(mkfifo(folder.path + "/lesson/fifo.npy", 0o600) == 0)
        let cases: [(String, String)] = [
            (outside, "absolute path"),
            ("../outside.npy", "goes outside the lesson's folder"),
            ("sub/../../outside.npy", "goes outside the lesson's folder"),
            ("escape.npy", "symbolic link"),
            ("sublink/outside.npy", "symbolic link"),
            ("sub", "is a folder"),
            ("fifo.npy", "not a regular file"),
            ("nothing.npy", "no such file"),
        ]
        for (name, words) in cases {
            let lesson = try folder.write("lesson/bad.md", Self.lesson(name))
            let run = try CommandRun.pointwise(["check", lesson])
            #expect(run.status == 1, "\(name)")
            // Line 3 of the lesson, column 15: just after `input: {file: `.
            #expect(run.standardError.contains("bad.md:3:15: error: cannot use '\(name)': "), "\(name): \(run.standardError)")
            #expect(run.standardError.contains(words), "\(name): \(run.standardError)")
        }
    }
}
