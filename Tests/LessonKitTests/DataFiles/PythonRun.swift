import Foundation
import TestSupport
import Testing

/// Runs python3 (with NumPy) for the data-file tests: NumPy writes the files and reads them back
/// as the independent reference. A missing python3 or NumPy fails the test; it never skips.
enum PythonRun {
    /// Runs `python3 -c script args…` in `directory` and returns its standard output; a non-zero
    /// exit (NumPy missing included) is recorded as a test failure with python's error text.
    static func run(_ script: String, _ arguments: [String] = [], in directory: String) throws -> String {
        let run = try ProcessRun.run(executable: "/usr/bin/env", ["python3", "-c", script] + arguments, directory: directory)
        try #require(run.status == 0, "python3 with NumPy is needed for this test (CI installs it): \(run.standardError)")
        return run.standardOutput
    }
}
