import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The real binary in a tmux pane, treated roughly: resized two hundred times, signalled in the
/// middle of autoplay, quit while its lesson file is being rewritten. After every one of them
/// the terminal must be as it was before the launch and the process gone.
@Suite("Terminal torture")
struct TortureTests {
    /// Checks what every way out must leave behind: the exit status, the terminal's settings as
    /// before the launch, and no process.
    private func expectCleanExit(_ tmux: Tmux, status: Int32, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try tmux.waitForExit() == status, sourceLocation: sourceLocation)
        #expect(tmux.sttyBefore != nil, sourceLocation: sourceLocation)
        #expect(tmux.sttyBefore == tmux.sttyAfter, sourceLocation: sourceLocation)
        #expect(!tmux.isProgramRunning, sourceLocation: sourceLocation)
        if let pid = tmux.programProcessID {
            #expect(kill(pid, 0) != 0, "process \(pid) is still there", sourceLocation: sourceLocation)
        }
    }

    /// The step number the status line shows, if any.
    private static func step(in lines: [String]) -> Int? {
        for line in lines {
            guard let range = line.range(of: "step ") else { continue }
            let digits = line[range.upperBound...].prefix { $0.isNumber }
            if let value = Int(digits) { return value }
        }
        return nil
    }

    @Test("200 random resizes, 1×1 among them, leave a sane screen, and q still exits 0")
    func randomResizes() throws {
        let tmux = try launch(["intro"], width: 80, height: 24)
        try tmux.waitForText("q quit")
        try tmux.sendKeys("l", "l", "l")
        var random = SplitMix(seed: 4)
        for index in 0..<200 {
            let size: (Int, Int)
            switch index % 25 {
            case 0: size = (1, 1)
            case 1: size = (80, 24)
            case 2: size = (1, 40)
            case 3: size = (200, 1)
            default: size = (Int(random.next() % 200) + 1, Int(random.next() % 60) + 1)
            }
            try tmux.resize(width: size.0, height: size.1)
        }
        #expect(tmux.isProgramRunning)
        try tmux.resize(width: 80, height: 24)
        let lines = try tmux.waitUntil(timeout: .seconds(10), "the lesson at 80×24 again") { lines in
            lines.count == 24 && lines[0].contains("Pointwise") && lines[23].contains("q quit") && Self.step(in: lines) == 3
        }
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.contains { $0.contains("running sum") })
        try tmux.sendKeys("q")
        try expectCleanExit(tmux, status: 0)
    }

    @Test(
        "Ctrl-C, SIGTERM and SIGHUP in the middle of autoplay exit 130, 143 and 129",
        arguments: [("C-c", Int32(0), Int32(130)), ("", SIGTERM, Int32(143)), ("", SIGHUP, Int32(129))])
    func signalsDuringAutoplay(key: String, signal: Int32, status: Int32) throws {
        let tmux = try launch(["intro"], width: 100, height: 30)
        try tmux.waitForText("q quit")
        try tmux.sendKeys("a", "+", "+", "+", "+")
        // Autoplay is running once the step moves on by itself, twice.
        let first = try #require(Self.step(in: try tmux.waitUntil("autoplay to start") { Self.step(in: $0).map { $0 >= 1 } ?? false }))
        try tmux.waitUntil("autoplay to go on") { (Self.step(in: $0) ?? 0) >= first + 2 }
        if key.isEmpty {
            try tmux.signal(signal)
        } else {
            try tmux.sendKeys(key)
        }
        try expectCleanExit(tmux, status: status)
    }

    @Test("quitting while the lesson file is rewritten over and over exits 0 and never touches the file")
    func quitDuringReload() throws {
        let folder = try TemporaryFolder()
        let valid = try String(contentsOfFile: repositoryFile("Lessons/intro.md"), encoding: .utf8)
        // A long note before the first section makes every read take a while, so q lands in the
        // middle of reloads (a section that long would be refused).
        let padding = "\n" + String(repeating: "padding ", count: 60_000) + "\n\n## introduction"
        let padded = valid.replacingOccurrences(of: "\n## introduction", with: padding)
        let versions = [padded, padded.replacingOccurrences(of: "[0, 2, 1]", with: "[0, 2]")]
        let path = try folder.write("lesson.md", versions[0])
        let tmux = try launch([path], width: 100, height: 30)
        try tmux.waitForText("q quit")
        try tmux.sendKeys("a", "+", "+", "+")

        let writer = FileRewriter(path: path, versions: versions)
        writer.start()
        usleep(700_000)
        try tmux.sendKeys("q")
        try expectCleanExit(tmux, status: 0)
        let written = writer.stop()
        #expect(written > 5)
        // What the file holds is what the test wrote last, byte for byte.
        let contents = try String(contentsOfFile: path, encoding: .utf8)
        #expect(contents == versions[(written - 1) % 2])
    }
}

/// Rewrites a file on its own thread, alternating versions, until stopped; in place (truncate,
/// then write) and by rename, the two ways editors save.
private final class FileRewriter: @unchecked Sendable {
    private let path: String
    private let versions: [String]
    private let lock = NSLock()
    private var stopping = false
    private var count = 0
    private var finished = false

    init(path: String, versions: [String]) {
        self.path = path
        self.versions = versions
    }

    func start() {
        Thread { [self] in
            while true {
                lock.lock()
                let stop = stopping
                let index = count
                lock.unlock()
                if stop { break }
                try? versions[index % versions.count].write(toFile: path, atomically: index % 3 == 0, encoding: .utf8)
                lock.lock()
                count += 1
                lock.unlock()
                usleep(15_000)
            }
            lock.lock()
            finished = true
            lock.unlock()
        }.start()
    }

    /// Stops the writer, waits for its last write, and returns how many writes it made.
    func stop() -> Int {
        lock.lock()
        stopping = true
        lock.unlock()
        while true {
            lock.lock()
            let done = finished
            let total = count
            lock.unlock()
            if done { return total }
            usleep(1000)
        }
    }
}

/// A file of this repository, found from this source file's path.
func repositoryFile(_ relativePath: String, filePath: String = #filePath) -> String {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(relativePath).path
}

/// Starts `pointwise ARGUMENTS` in a tmux pane with its own empty state folder, so progress
/// remembered by earlier runs (a resume offer) never changes what the keys do.
func launch(_ arguments: [String], width: Int, height: Int) throws -> Tmux {
    let state = NSTemporaryDirectory() + "pointwise-state-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
    return try Tmux(command: [try PointwiseBinary.path()] + arguments, width: width, height: height, environment: ["XDG_STATE_HOME": state])
}
