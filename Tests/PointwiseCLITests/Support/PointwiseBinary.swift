import Foundation

/// Finds the `pointwise` executable that `swift build` / `swift test` built.
///
/// SwiftPM puts every product of a build in one folder (`.build/<triple>/debug`, or under
/// `--scratch-path X` in `X/<triple>/debug`), and runs the tests from an executable in that same
/// folder. So the binary is looked for, in order: at `$POINTWISE_BINARY`; next to the running
/// test executable (`/proc/self/exe`, then `Bundle.main`); then in the package's own
/// `.build/debug`, found from this file's path.
enum PointwiseBinary {
    /// The path of the built `pointwise` executable.
    static func path(filePath: String = #filePath) throws -> String {
        for candidate in candidates(filePath: filePath) where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        throw TmuxError(
            description: "cannot find the built pointwise binary; looked in:\n"
                + candidates(filePath: filePath).joined(separator: "\n"))
    }

    static func candidates(filePath: String = #filePath) -> [String] {
        var folders: [URL] = []
        if let override = ProcessInfo.processInfo.environment["POINTWISE_BINARY"], !override.isEmpty {
            return [override]
        }
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: executable).deletingLastPathComponent())
        }
        if let executable = Bundle.main.executableURL {
            folders.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        // On Darwin the tests run inside an .xctest bundle: Contents/MacOS/<name> in <folder>.
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
        // …/Tests/PointwiseCLITests/Support/PointwiseBinary.swift → the package's root.
        let packageRoot = URL(fileURLWithPath: filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        var seen = Set<String>()
        return folders.map { $0.appendingPathComponent("pointwise").path }.filter { seen.insert($0).inserted }
    }
}
