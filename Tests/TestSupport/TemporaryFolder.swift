import Foundation

/// A folder of its own under the system's temporary directory, removed when the test is done.
///
/// Every test that writes files (lessons, `.npy` and PNG data, progress) writes them here, so
/// tests running in parallel never share a file and nothing is left behind in the user's folders.
public final class TemporaryFolder {
    public let path: String

    /// Creates the folder; `prefix` names it, so a leftover after a crash says which tests made it.
    public init(prefix: String = "pointwise-test-") throws {
        path = NSTemporaryDirectory() + prefix + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes a text file and returns its path.
    @discardableResult
    public func write(_ name: String, _ contents: String) throws -> String {
        let file = path + "/" + name
        try contents.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Writes a file of bytes and returns its path.
    @discardableResult
    public func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// The bytes of a file in the folder.
    public func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path + "/" + name)))
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
