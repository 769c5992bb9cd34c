import Foundation

/// The outcome of running a program once in a test: its exit status and both output streams.
///
/// Shared by the command-line tests (the built `pointwise`) and the LessonKit tests (python3
/// with NumPy writing the reference data files), so there is one way to run a child process.
public struct ProcessRun: Sendable {
    public let status: Int32
    public let standardOutput: String
    public let standardError: String

    /// Runs an executable to completion with no input, capturing both output streams.
    ///
    /// A `nil` environment passes on the test's own; a `nil` directory keeps the test's.
    public static func run(executable: String, _ arguments: [String], environment: [String: String]? = nil, directory: String? = nil) throws
        -> ProcessRun
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let errorData = LockedData()
        let errorReader = Thread { errorData.set(error.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { usleep(1000) }
        return ProcessRun(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData.value, as: UTF8.self))
    }
}

/// Data handed from a reader thread to the test, behind a lock.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    func set(_ newValue: Data) { lock.lock(); data = newValue; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return data != nil }
    var value: Data { lock.lock(); defer { lock.unlock() }; return data ?? Data() }
}
