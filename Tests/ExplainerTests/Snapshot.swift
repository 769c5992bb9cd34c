import Foundation
import Testing

/// Compares text with a snapshot file in `Tests/ExplainerTests/Snapshots/`.
///
/// Snapshots are plain text, so a change to the screen shows up as a readable diff in review.
/// A missing snapshot is written and the test fails, so a new one is always looked at; set
/// `POINTWISE_RECORD_SNAPSHOTS=1` to rewrite them all after an intended change.
func expectSnapshot(_ text: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name + ".txt")
    let record = ProcessInfo.processInfo.environment["POINTWISE_RECORD_SNAPSHOTS"] == "1"
    guard !record, let stored = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? text.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("snapshot \(name) was recorded; check it and run the tests again", sourceLocation: sourceLocation)
        return
    }
    if stored != text {
        let storedLines = stored.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = Array(zip(storedLines, actualLines)).firstIndex { $0 != $1 } ?? min(storedLines.count, actualLines.count)
        Issue.record(
            """
            snapshot \(name) differs from line \(firstDifference + 1):
            expected: \(firstDifference < storedLines.count ? String(storedLines[firstDifference]) : "(end)")
            actual:   \(firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "(end)")
            full screen:
            \(text)
            """, sourceLocation: sourceLocation)
    }
}
