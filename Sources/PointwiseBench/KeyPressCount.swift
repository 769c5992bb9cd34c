import BundledLessons
import Explainer
import Glibc
import LessonKit

/// `pointwise-bench keys LESSON WxH PRESSES [numbers|colour|shades] [PAUSE-MS]` (LESSON a bundled
/// name or a file): presses the
/// benchmark's keys and draws each frame, nothing else, so that `valgrind --tool=callgrind` can
/// count the instructions of a key press exactly.
///
/// It also prints the mean CPU time of a press (this thread's own clock). With PAUSE-MS the
/// program sleeps that long before each press, as it waits for a learner's next key: the caches
/// go cold meanwhile, and the same work costs several times what it does in a tight loop.
///
/// Timings on this shared machine move with the load; instruction counts do not. Two runs that
/// differ only in PRESSES (say 0 and 300) subtract to the cost of that many key presses, with
/// reading the lesson and opening the view left out.
enum KeyPressCount {
    /// The keys of section (c): steps, pixels, kernels, channels and back.
    static let keys: [Action] = [
        .key(.right), .key(.right), .key(.character("n")), .key(.right), .key(.character("]")), .key(.character("L")),
        .key(.character("J")), .key(.left), .key(.character("}")), .key(.character("n")), .key(.right), .key(.character("p")),
    ]

    /// Runs the mode when the arguments ask for it; false when they don't.
    static func runIfAsked(_ arguments: [String]) -> Bool {
        guard arguments.first == "keys" else { return false }
        guard arguments.count >= 4, let bytes = FrameTime.lessonBytes(arguments[1]),
            let loaded = LessonReader.read(bytes: bytes).lesson,
            let (width, height) = size(arguments[2]), let presses = Int(arguments[3]), presses >= 0
        else {
            print("usage: pointwise-bench keys LESSON WxH PRESSES [numbers|colour|shades] [PAUSE-MS] (a bundled name or a file)")
            return true
        }
        let view = arguments.count > 4 ? arguments[4] : "numbers"
        let pause = arguments.count > 5 ? max(0, Int(arguments[5]) ?? 0) : 0
        var state = ExplainerState(lesson: loaded)
        state.colorPictures = view == "colour"
        if view != "numbers" { state.update(.key(.character("v"))) }
        var checksum = 0
        var nanoseconds: UInt64 = 0
        for index in 0..<presses {
            if pause > 0 { usleep(UInt32(min(pause, 10_000) * 1000)) }
            let start = threadCPUNanoseconds()
            state.update(keys[index % keys.count])
            checksum &+= ExplainerRenderer.render(state, width: width, height: height, recordingHits: false).width
            nanoseconds += threadCPUNanoseconds() - start
        }
        print("\(presses) key presses drawn (\(checksum) columns in all)")
        let mean = presses > 0 ? Double(nanoseconds) / Double(presses) : 0
        print("mean CPU per press: \(Measure.milliseconds(mean)) (\(pause) ms pause before each)")
        return true
    }

    /// This thread's CPU time in nanoseconds: the scheduler's count, which waiting does not add to.
    static func threadCPUNanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }

    static func size(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]) else { return nil }
        return (width, height)
    }
}
