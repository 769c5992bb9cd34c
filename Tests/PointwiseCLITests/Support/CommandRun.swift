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

/// The shared temporary folder (TestSupport), under the name these tests use, so no test file
/// needs to import TestSupport for it.
typealias TemporaryFolder = TestSupport.TemporaryFolder
