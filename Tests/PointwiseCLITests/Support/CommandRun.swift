import Foundation
import TestSupport

/// Running the built `pointwise` once: `ProcessRun` (shared with the LessonKit tests) under the
/// name these tests use.
typealias CommandRun = ProcessRun

extension ProcessRun {
    /// Runs the built binary with arguments and an environment (LANG defaults to C.UTF-8).
    static func pointwise(_ arguments: [String], environment: [String: String] = [:], directory: String? = nil) throws -> CommandRun {
        var env = ["LANG": "C.UTF-8", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        env.merge(environment) { $1 }
        return try run(executable: try PointwiseBinary.path(), arguments, environment: env, directory: directory)
    }
}

/// A temporary folder for lesson files, removed when the test is done.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "pointwise-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes a file and returns its path.
    func write(_ name: String, _ contents: String) throws -> String {
        let file = path + "/" + name
        try contents.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
