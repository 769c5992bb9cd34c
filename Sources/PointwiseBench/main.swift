import Explainer
import Glibc
import LessonKit

// pointwise-bench: the figures in the README's Performance section.
//
// Run with `swift run -c release pointwise-bench` (after `swift build -c release`, so the
// `pointwise` binary the whole-process figures spawn is built). Every figure is a median of
// repeated runs; nothing here is a test, so a slow machine fails nothing.

// `pointwise-bench keys …` counts key presses for callgrind instead (KeyPressCount.swift).
// `pointwise-bench frames …` times the slowest frame of one lesson file (FrameTime.swift).
// `pointwise-bench terminal …` times one lesson's key press in a pseudo-terminal (TerminalKeyPress.swift).
if KeyPressCount.runIfAsked(Array(CommandLine.arguments.dropFirst())) { exit(0) }
if FrameTime.runIfAsked(Array(CommandLine.arguments.dropFirst())) { exit(0) }
if TerminalKeyPress.runIfAsked(Array(CommandLine.arguments.dropFirst())) { exit(0) }

let largePath = "/tmp/pointwise-bench-224x224x64-256.md"
if let file = fopen(largePath, "w") {
    fputs(BenchLessons.largeText, file)
    fclose(file)
}
let lessons = BenchLessons.all(largePath: largePath) + BenchLessons.explicit(folder: "/tmp")
let binary = ChildProcess.pointwiseBinary()
var results: [String] = []
func report(_ line: String) {
    print(line)
}

report("pointwise-bench: medians of repeated runs\n")

// (d) Peak memory of each lesson's whole process, measured through GNU time (see
// `ChildProcess.peakKilobytes`: a child spawned from here would report this bench's own peak).
var memoryLines: [String] = []
if let binary {
    for lesson in lessons {
        var peaks: [UInt64] = []
        for _ in 0..<3 {
            if let peak = ChildProcess.peakKilobytes(binary, ["render", lesson.argument, "--keys", "l l n ] L"]) {
                peaks.append(UInt64(peak))
            }
        }
        guard !peaks.isEmpty else {
            memoryLines.append("| \(lesson.label) | (needs GNU time at \(ChildProcess.gnuTime)) | | |")
            continue
        }
        let peak = Measure.median(peaks) / 1024
        let tensors = Double(lesson.tensorBytes) / 1_048_576
        memoryLines.append(
            "| \(lesson.label) | \(Measure.fixed(peak, decimals: 1)) MB | \(Measure.fixed(tensors, decimals: 1)) MB | \(Measure.fixed(peak - tensors, decimals: 1)) MB |"
        )
    }
}

// (a) Reading and checking a lesson: UTF-8, front matter, data keys (generation included), body.
report("## (a) parse and validate a lesson (in process)\n")
report("| lesson | median |")
report("|---|---|")
for lesson in lessons {
    let runs = lesson.bytes.count < 10_000 && !lesson.argument.hasPrefix("/") ? 200 : 15
    // Held as the program holds a file (mapped or copied once), so only the reading is timed.
    let file = LessonBytes(lesson.bytes)
    let time = Measure.median(runs: runs) {
        let result = LessonReader.read(file: file)
        if result.lesson == nil { report("  ! \(lesson.label) did not read") }
    }
    report("| \(lesson.label) | \(Measure.milliseconds(time)) |")
}

// (b) Time to the first frame of the default lesson, headless.
report("\n## (b) first frame of the default lesson (intro, 80×24)\n")
let introBytes = lessons[0].bytes
let inProcess = Measure.median(runs: 200) {
    guard let lesson = LessonReader.read(bytes: introBytes).lesson else { return }
    let screen = ExplainerRenderer.render(ExplainerState(lesson: lesson), width: 80, height: 24)
    if screen.width != 80 { report("  ! wrong size") }
}
report("| measure | median |")
report("|---|---|")
report("| in process: read + state + render | \(Measure.milliseconds(inProcess)) |")
if let binary {
    var samples: [UInt64] = []
    for _ in 0..<30 {
        if let outcome = ChildProcess.run(binary, ["render", "intro"]) { samples.append(outcome.nanoseconds) }
    }
    let intro = Measure.median(samples)
    report("| whole process: `pointwise render intro` | \(Measure.milliseconds(intro)) |")
    // The first frame of every other lesson, as a multiple of intro's, measured alongside it.
    for lesson in lessons.dropFirst() {
        var mine: [UInt64] = []
        var introAgain: [UInt64] = []
        for _ in 0..<15 {
            if let outcome = ChildProcess.run(binary, ["render", lesson.argument]) { mine.append(outcome.nanoseconds) }
            if let outcome = ChildProcess.run(binary, ["render", "intro"]) { introAgain.append(outcome.nanoseconds) }
        }
        let ratio = Measure.median(mine) / max(1, Measure.median(introAgain))
        report(
            "| whole process: `pointwise render` \(lesson.label) | \(Measure.milliseconds(Measure.median(mine))) (\(Measure.fixed(ratio, decimals: 2))× intro's) |"
        )
    }
} else {
    report("| whole process | (no pointwise binary next to this one: run `swift build -c release` first) |")
}

// (c) One key press: update + render at 80×24 (and 120×40), for each size.
report("\n## (c) update + render per key press\n")
report("| lesson | 80×24 | 120×40 |")
report("|---|---|---|")
// The same keys the callgrind count presses (`pointwise-bench keys`), so the two figures agree.
let keys = KeyPressCount.keys
var perKey: [Double] = []
for lesson in lessons {
    guard let loaded = LessonReader.read(bytes: lesson.bytes).lesson else { continue }
    var sizes: [String] = []
    for (width, height) in [(80, 24), (120, 40)] {
        var state = ExplainerState(lesson: loaded)
        var index = 0
        var checksum = 0
        let time = Measure.median(runs: 400, warmup: 20) {
            state.update(keys[index % keys.count])
            index += 1
            let screen = ExplainerRenderer.render(state, width: width, height: height)
            checksum &+= screen.width
        }
        if checksum == 0 { report("  ! nothing drawn") }
        if width == 80 { perKey.append(time) }
        sizes.append(Measure.milliseconds(time))
    }
    report("| \(lesson.label) | \(sizes[0]) | \(sizes[1]) |")
}
if let smallest = perKey.first, let largest = perKey.last, smallest > 0 {
    report("\nlargest / smallest at 80×24: \(Measure.fixed(largest / smallest, decimals: 2))×")
}

// (e) The picture view (key v): a key press there against the number view, at 120×40.
report("\n## (e) picture view (v): update + render per key press at 120×40, against the number view\n")
report("| lesson | numbers | pictures, colour | pictures, shades | opening the view (values + range) |")
report("|---|---|---|---|---|")
for lesson in lessons.prefix(2) {
    guard let loaded = LessonReader.read(bytes: lesson.bytes).lesson else { continue }
    var cells: [String] = []
    for mode in 0..<3 {
        var state = ExplainerState(lesson: loaded)
        state.colorPictures = mode == 1
        if mode > 0 { state.update(.key(.character("v"))) }
        var index = 0
        var checksum = 0
        let time = Measure.median(runs: 400, warmup: 20) {
            state.update(keys[index % keys.count])
            index += 1
            let screen = ExplainerRenderer.render(state, width: 120, height: 40)
            checksum &+= screen.width
        }
        if checksum == 0 { report("  ! nothing drawn") }
        cells.append(Measure.milliseconds(time))
    }
    let opening = Measure.median(runs: 15) {
        var state = ExplainerState(lesson: loaded)
        state.update(.key(.character("v")))
        if state.pictures == nil { report("  ! no pictures") }
    }
    report("| \(lesson.label) | \(cells[0]) | \(cells[1]) | \(cells[2]) | \(Measure.milliseconds(opening)) |")
}

// (f) A key press in a real terminal: update + render + the ncurses draw + the write, in a pty.
report("\n## (f) one key press in a pseudo-terminal at 120×40: update, render, the ncurses draw, the write\n")
if let binary {
    report("| lesson | CPU per key press | idle CPU over the same time | bytes drawn per press |")
    report("|---|---|---|---|")
    for lesson in lessons {
        if let outcome = TerminalKeyPress.measure(binary: binary, lesson: lesson.argument, width: 120, height: 40, presses: 120) {
            report("| \(lesson.label) | \(TerminalKeyPress.line(outcome)) |")
        } else {
            report("| \(lesson.label) | (could not run it in a pseudo-terminal) | | |")
        }
    }
} else {
    report("(no pointwise binary next to this one: run `swift build -c release` first)")
}

// (d) Peak memory of a whole process that reads the lesson, presses keys and draws a frame.
report("\n## (d) peak memory of `pointwise render LESSON --keys \"l l n ] L\"` (GNU time's %M)\n")
if binary != nil {
    report("| lesson | peak resident | tensors | peak − tensors |")
    report("|---|---|---|---|")
    memoryLines.forEach(report)
} else {
    report("(no pointwise binary next to this one: run `swift build -c release` first)")
}
