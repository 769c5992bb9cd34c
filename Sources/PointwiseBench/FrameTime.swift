import BundledLessons
import Explainer
import Glibc
import LessonKit

/// `pointwise-bench frames LESSON WxH PRESSES`: the slowest frame of a lesson file, for the
/// frame budget (at most 50 ms) that `scripts/hostile-corpus.py` holds hostile lessons to.
///
/// LESSON is a bundled lesson's name or a file's path. The first frame (the introduction, where
/// a hostile text is drawn first) and each of PRESSES key presses (update + render, the keys of
/// section (c)) are timed one by one; the slowest and the median are printed, in milliseconds,
/// on one line that a script can read: `frames first=… slowest=… median=…`.
enum FrameTime {
    /// Runs the mode when the arguments ask for it; false when they don't.
    static func runIfAsked(_ arguments: [String]) -> Bool {
        guard arguments.first == "frames" else { return false }
        guard arguments.count == 4, let bytes = lessonBytes(arguments[1]), let lesson = LessonReader.read(bytes: bytes).lesson,
            let (width, height) = KeyPressCount.size(arguments[2]), let presses = Int(arguments[3]), presses >= 0
        else {
            print("usage: pointwise-bench frames LESSON-OR-PATH WxH PRESSES  (the lesson must check without errors)")
            return true
        }
        var state = ExplainerState(lesson: lesson)
        var checksum = 0
        var start = Measure.now()
        checksum &+= ExplainerRenderer.render(state, width: width, height: height).width
        let first = Measure.now() - start
        var samples: [UInt64] = []
        for index in 0..<presses {
            start = Measure.now()
            state.update(KeyPressCount.keys[index % KeyPressCount.keys.count])
            checksum &+= ExplainerRenderer.render(state, width: width, height: height).width
            samples.append(Measure.now() - start)
        }
        let slowest = max(first, samples.max() ?? 0)
        print(
            "frames first=\(Measure.fixed(Double(first) / 1e6, decimals: 3)) slowest=\(Measure.fixed(Double(slowest) / 1e6, decimals: 3))"
                + " median=\(Measure.fixed(Measure.median(samples) / 1e6, decimals: 3)) (\(checksum) cells)")
        return true
    }

    /// The bytes of a bundled lesson by name, or else of the file at the path.
    static func lessonBytes(_ argument: String) -> [UInt8]? {
        if let bundled = BundledLessonFiles.named(argument) { return bundled.bytes }
        guard let file = fopen(argument, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return bytes
    }
}
