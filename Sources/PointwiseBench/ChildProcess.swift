import Glibc

/// Runs a program as a child process, its output thrown away, and reports the wall time and the
/// peak resident memory (`ru_maxrss` from `wait4`), the way a user's shell would see them.
enum ChildProcess {
    struct Outcome {
        /// Wall-clock nanoseconds from spawning to the child's exit.
        let nanoseconds: UInt64
        /// The child's peak resident set, in kilobytes.
        let peakKilobytes: Int
        let status: Int32
    }

    static func run(_ path: String, _ arguments: [String]) -> Outcome? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Measure.now()
        let spawned = (argv + [nil]).withUnsafeBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return posix_spawn(&pid, path, &actions, nil, UnsafeMutablePointer(mutating: base), environ)
        }
        guard spawned == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            if errno != EINTR { return nil }
        }
        let elapsed = Measure.now() - start
        return Outcome(nanoseconds: elapsed, peakKilobytes: Int(usage.ru_maxrss), status: (status >> 8) & 0xFF)
    }

    /// GNU time, which `peakKilobytes(_:_:)` runs the child under.
    static let gnuTime = "/usr/bin/time"

    /// The child's own peak resident set in kilobytes, as GNU time reports it (`%M`); nil when
    /// GNU time is missing or the child fails.
    ///
    /// `ru_maxrss` from `run` cannot give it: a child started with `posix_spawn` (vfork) takes its
    /// parent's peak as its own at exec, so once this bench has read the big lessons every child
    /// would show the bench's size. GNU time forks the child from its own small process, whose
    /// peak is what the child inherits.
    static func peakKilobytes(_ path: String, _ arguments: [String]) -> Int? {
        guard access(gnuTime, X_OK) == 0 else { return nil }
        var template = Array("/tmp/pointwise-bench-peak-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { return nil }
        close(descriptor)
        let report = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(report) }
        guard let outcome = run(gnuTime, ["-f", "%M", "-o", report, path] + arguments), outcome.status == 0,
            let file = fopen(report, "r")
        else { return nil }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 64)
        guard fgets(&line, Int32(line.count), file) != nil else { return nil }
        let digits = line.prefix { $0 >= 0x30 && $0 <= 0x39 }.map { UInt8(bitPattern: $0) }
        return Int(String(decoding: digits, as: UTF8.self))
    }

    /// The `pointwise` binary built next to this one, if there is one.
    static func pointwiseBinary() -> String? {
        let me = CommandLine.arguments.first ?? ""
        let folder = me.contains("/") ? String(me[..<(me.lastIndex(of: "/") ?? me.endIndex)]) : "."
        let candidate = folder + "/pointwise"
        return access(candidate, X_OK) == 0 ? candidate : nil
    }
}
