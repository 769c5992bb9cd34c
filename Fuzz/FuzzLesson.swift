import Explainer
import LessonKit
import PointwiseCore

/// The libFuzzer entry point: one input is the bytes of a lesson file a stranger wrote.
///
/// The property checked, besides "no crash" and "no hang" (libFuzzer's `-timeout`):
/// - an input without a lesson has at least one error, and every diagnostic has a line and a
///   column of at least 1 (so `check` can always say where);
/// - the diagnostics render, and nothing in them but line breaks is a control character;
/// - a valid lesson narrates its first, a middle and its last steps, and renders frames at a
///   size taken from the input — at a step it picks, after six keys it picks (moves, views, the
///   tutor's prompts), and after reloads to another lesson and back — with no control character
///   in any cell.
/// A broken property traps, which libFuzzer reports as a crash with the input saved.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLesson(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    fuzzDataFile(bytes)
    let result = LessonReader.read(bytes: bytes)

    if result.lesson == nil, !result.containsErrors {
        fail("rejected without an error: \(result.diagnostics)")
    }
    for diagnostic in result.diagnostics where diagnostic.location.line < 1 || diagnostic.location.column < 1 {
        fail("diagnostic without a location: \(diagnostic)")
    }
    let rendered = DiagnosticRenderer(path: "fuzz.md", source: result.source ?? "").render(result.diagnostics)
    for scalar in rendered.unicodeScalars where scalar != "\n" && isControl(scalar) {
        fail("control character U+\(String(scalar.value, radix: 16)) in the diagnostics")
    }

    guard let lesson = result.lesson else { return 0 }
    var walk = Walk(lesson.convolution)
    for position in [0, 1, walk.stepCount / 2, walk.stepCount] {
        walk.moveTo(position: position)
        let text = Narration.text(lesson, at: walk, style: .unicode)
        for scalar in text.unicodeScalars where scalar != "\n" && isControl(scalar) {
            fail("control character U+\(String(scalar.value, radix: 16)) in the narration at step \(position)")
        }
    }

    // One frame at a size the input chooses, from 1×1 to 200×60, at a step it chooses too.
    var hash: UInt64 = 14_695_981_039_346_656_037
    for byte in bytes.prefix(4096) { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
    let width = Int(hash % 200) + 1
    let height = Int((hash >> 8) % 60) + 1
    var state = ExplainerState(lesson: lesson, symbols: hash & (1 << 20) == 0 ? .unicode : .ascii)
    state.walk.moveTo(position: Int((hash >> 24) % UInt64(state.walk.stepCount + 1)))
    checkScreen(ExplainerRenderer.render(state, width: width, height: height), width: width, height: height)

    // A few keys the input chooses (moves, views, the tutor's prompts), then the lesson reloaded
    // as a one-pixel lesson, as a teacher's save would: each frame drawn and checked.
    let keys: [Key] = [.character("l"), .character("n"), .character("G"), .character("e"), .character("P"), .character("c"),
                       .character("m"), .character("v"), .character("]"), .character("L"), .character("J"), .character("1"), .enter, .escape, .tab]
    var choice = hash
    for _ in 0..<6 {
        choice = choice &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        state.update(.key(keys[Int((choice >> 33) % UInt64(keys.count))]))
    }
    checkScreen(ExplainerRenderer.render(state, width: width, height: height), width: width, height: height)
    let tiny = LessonReader.read(bytes: Array("---\ninput: [[[1]]]\nweights: [[2]]\n---\n".utf8))
    state.update(.lessonFile(LessonFileEvent(path: "fuzz.md", result: tiny)))
    checkScreen(ExplainerRenderer.render(state, width: width, height: height), width: width, height: height)
    state.update(.lessonFile(LessonFileEvent(path: "fuzz.md", result: result)))
    checkScreen(ExplainerRenderer.render(state, width: width, height: height), width: width, height: height)
    return 0
}

/// Traps when a control character reached a cell of the screen.
private func checkScreen(_ screen: Screen, width: Int, height: Int) {
    for cell in screen.cells {
        for scalar in cell.character.unicodeScalars where isControl(scalar) {
            fail("control character U+\(String(scalar.value, radix: 16)) on the screen at \(width)×\(height)")
        }
    }
}

/// C0, DEL, C1 and the bidirectional controls: what must never reach a terminal from a lesson.
private func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
}

/// Reports a broken property and traps, so libFuzzer saves the input.
private func fail(_ message: String) -> Never {
    print("fuzz property broken: " + message)
    preconditionFailure(message)
}

/// The same input as a data file a lesson names (`.npy` or PNG, whatever its bytes are): the
/// readers must refuse it with a message or give a tensor, never crash; a refusal is one error at
/// the `file:` value. Inputs starting with the `.npy` magic or the PNG signature go deep.
func fuzzDataFile(_ bytes: [UInt8]) {
    _ = NumpyReader.read(bytes)
    if case .success(let image) = PNGImage.decode(bytes), image.samples.count != image.width * image.height * image.channels {
        fail("a PNG decoded to the wrong number of samples")
    }
    let text = "---\ninput: {file: data, decimals: 3}\nweights: {generate: constant, kernels: 2, value: 1}\n---\n"
    let result = LessonReader.read(text: text, files: .files(["data": bytes]))
    if result.lesson == nil {
        let errors = result.diagnostics.filter(\.isError)
        if errors.count != 1 || errors[0].location.line != 2 { fail("a data file refused without one error at its file: value: \(errors)") }
    }
}
