import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The real binary in a real terminal (a tmux pane), driven as a person would drive it.
@Suite("The explainer in a terminal")
struct EndToEndTests {
    private func launch(_ arguments: [String], width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws -> Tmux {
        try Tmux(command: [try PointwiseBinary.path()] + arguments, width: width, height: height, environment: environment)
    }

    @Test("the formula and the highlight move with the keys, and q gives the terminal back")
    func stepsAndQuits() throws {
        let tmux = try launch(["intro"])
        try tmux.waitForText("introduction")
        try tmux.sendKeys("Right", "l", "Space")
        var lines = try tmux.waitForText("step 3 of 54")
        #expect(lines.contains { $0.contains("out1(1, 1) =  w11·x1 + w12·x2 + w13·x3") })
        #expect(lines.contains { $0.contains("=  1·1    + (−1)·0 +[0·3]") })
        #expect(lines.contains { $0.contains("running sum: 1 + 0 = 1   → out1(1, 1) = 1") })
        // x3 at pixel (1, 1) is 3 and w13 is 0: both bracketed, and in reverse video.
        #expect(lines.contains { $0.contains("[3]") && $0.contains("[0]") })
        let styled = try tmux.capture(escapes: true).joined(separator: "\n")
        #expect(styled.contains("\u{1B}[7m") || styled.contains(";7m") || styled.contains("[7;"))

        try tmux.sendKeys("n")
        lines = try tmux.waitForText("pixel (1, 2)")
        #expect(lines.contains { $0.contains("out1(1, 2) =") })
        #expect(lines.contains { $0.contains("[2]") })  // x1 at (1, 2)
        try tmux.sendKeys("h")
        lines = try tmux.waitForText("step 6 of 54")
        #expect(lines.contains { $0.contains("→ out2(1, 1) = 3") })

        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.sttyBefore != nil)
        #expect(tmux.sttyBefore == tmux.sttyAfter)
        #expect(!tmux.isProgramRunning)
    }

    @Test("a resize reflows the layout, a tiny terminal gets a message, and the screen comes back")
    func resizes() throws {
        let tmux = try launch(["intro", "--ascii"], width: 100, height: 30)
        try tmux.waitForText("introduction")
        try tmux.sendKeys("l")
        try tmux.waitForText("step 1 of 54")
        // Side by side: the input, kernel and output frames share their top line.
        var lines = try tmux.capture()
        #expect(lines.contains { $0.contains("input x") && $0.contains("kernels w") && $0.contains("output") })

        try tmux.resize(width: 50, height: 30)
        // Reflowed: the input alone on top, the kernels and the output side by side below it.
        lines = try tmux.waitUntil(timeout: .seconds(10), "the input above the other panels") { lines in
            lines.contains { $0.contains("input x") && !$0.contains("kernels w") }
                && lines.contains { $0.contains("kernels w") && $0.contains("output") }
        }
        #expect(lines.allSatisfy { $0.count <= 50 })

        try tmux.resize(width: 20, height: 6)
        try tmux.waitForText("needs")
        try tmux.resize(width: 1, height: 1)
        try tmux.resize(width: 100, height: 30)
        lines = try tmux.waitForText("step 1 of 54")
        #expect(tmux.isProgramRunning)
        try tmux.sendKeys("Escape")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.sttyBefore == tmux.sttyAfter)
    }

    @Test("Ctrl-C during autoplay ends it and gives the terminal back")
    func controlC() throws {
        let tmux = try launch(["bias-relu"])
        try tmux.waitForText("introduction")
        try tmux.sendKeys("a", "+", "+", "+")
        try tmux.waitUntil(timeout: .seconds(10)) { lines in lines.contains { $0.contains("playing") } }
        try tmux.sendKeys("C-c")
        #expect(try tmux.waitForExit() == 130)
        #expect(tmux.sttyBefore == tmux.sttyAfter)
    }

    @Test(
        "SIGTERM and SIGHUP end it with the conventional status, terminal restored",
        arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
    func signals(signal: Int32, status: Int32) throws {
        let tmux = try launch(["intro"])
        try tmux.waitForText("introduction")
        try tmux.signal(signal)
        #expect(try tmux.waitForExit() == status)
        #expect(tmux.sttyBefore == tmux.sttyAfter)
    }

    @Test("LANG=zh opens the Chinese lesson, and its wide characters line up")
    func chineseAlignment() throws {
        // No zh_TW locale is installed on the test machines: the explainer must still draw UTF-8.
        let tmux = try launch([], width: 80, height: 24, environment: ["LANG": "zh_TW.UTF-8"])
        try tmux.waitForText("說明")
        try tmux.sendKeys("l")
        let lines = try tmux.waitForText("第 1 步，共 54 步 · 位置 (1, 1)")
        #expect(lines.contains { $0.contains("輸入 x") && $0.contains("卷積核 w") })
        // Every row of the panels ends its last frame border in the same terminal column.
        func lastBorderColumn(_ line: String) -> Int {
            var columns = 0
            var last = 0
            for character in line {
                let value = character.unicodeScalars.first?.value ?? 0
                let wide = (0x2E80...0x9FFF).contains(value) || (0xFF00...0xFF60).contains(value)
                columns += wide ? 2 : 1
                if character == "│" || character == "┐" || character == "┘" { last = columns }
            }
            return last
        }
        let panelRows = lines.dropFirst(2).prefix(6)
        #expect(Set(panelRows.map(lastBorderColumn)).count == 1, "\(panelRows.map(lastBorderColumn))")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.sttyBefore == tmux.sttyAfter)
    }

    @Test("with NO_COLOR the highlights remain as attributes, without colour")
    func noColor() throws {
        let tmux = try launch(["intro"], environment: ["NO_COLOR": "1"])
        try tmux.waitForText("introduction")
        try tmux.sendKeys("l")
        try tmux.waitForText("step 1 of 54")
        let styled = try tmux.capture(escapes: true).joined(separator: "\n")
        #expect(styled.contains("7m") || styled.contains("7;"))
        #expect(!styled.contains("38;5;"))
        #expect(!styled.contains("[33m") && !styled.contains(";33m"))
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test("the lesson list and the last step's way onward are there, though read after the first frame")
    func lessonListAfterFirstFrame() throws {
        let tmux = try launch(["intro"])
        try tmux.waitForText("introduction")
        try tmux.sendKeys("o")
        let list = try tmux.waitForText("Channel expansion: 2 channels → 4")
        #expect(list.contains { $0.contains("rgb-to-grey") })
        // The list closes first.
        try closeLessonList(tmux)
        try tmux.sendKeys("G")
        try tmux.waitForText("Next: expand — Channel expansion: 2 channels → 4")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test("a lesson file opened before is listed under its title, its title line written after 20,000 numbers")
    func recentFileListed() throws {
        let folder = try TemporaryFolder()
        let state = folder.path + "/state"
        // Two channels of 100×100 explicit numbers, the title below them.
        let row = "[" + (0..<100).map { String(format: "%.2f", Double(($0 * 37) % 200 - 100) / 100) }.joined(separator: ", ") + "]"
        let channel = "  - [" + Array(repeating: row, count: 100).joined(separator: ",\n     ") + "]\n"
        let path = try folder.write(
            "big.md", "---\ninput:\n" + channel + channel + "weights:\n  - [0.5, -1]\ntitle: Twenty thousand numbers\n---\n")
        let first = try launch([path, "--fresh"], environment: ["XDG_STATE_HOME": state])
        try first.waitForText("Twenty thousand numbers")
        try first.sendKeys("q")
        #expect(try first.waitForExit() == 0)

        let second = try launch(["intro", "--fresh"], environment: ["XDG_STATE_HOME": state])
        try second.waitForText("introduction")
        try second.sendKeys("o")
        let list = try second.waitForText("Twenty thousand numbers")
        #expect(list.contains { $0.contains("Channel expansion: 2 channels → 4") })
        try closeLessonList(second)
        try second.sendKeys("q")
        #expect(try second.waitForExit() == 0)
    }

    /// Closes the lesson list with Esc and waits until its key hints are gone. Esc alone: a key
    /// right after it would read as Alt+key.
    private func closeLessonList(_ tmux: Tmux) throws {
        try tmux.sendKeys("Escape")
        try tmux.waitUntil(timeout: .seconds(10), "the list to close") { lines in !lines.contains { $0.contains("Esc close") } }
    }

    /// The lines of a `render`, trailing spaces removed, as a tmux capture gives them.
    private func rendered(_ lesson: String, width: Int, height: Int, keys: [String]) throws -> [String] {
        let run = try CommandRun.pointwise(["render", lesson, "--size", "\(width)x\(height)", "--keys", keys.joined(separator: " ")])
        #expect(run.status == 0)
        var lines = run.standardOutput.components(separatedBy: "\n").map { line in
            String(line.reversed().drop { $0 == " " }.reversed())
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    @Test(
        "after a run of steps, pixels, kernels and channels, the terminal shows exactly what render prints for the same keys",
        arguments: ["inception", "intro.zh-TW"], [false, true])
    func terminalMatchesRender(lesson: String, throughNCurses: Bool) throws {
        // The terminal is sent only what changed from frame to frame; `render` draws the last
        // frame whole. Equal screens mean no change was lost or drawn in the wrong place. Both
        // ways of drawing: the frame's bytes sent by the session, and ncurses' window (what a
        // terminal without cursor addressing or UTF-8 gets).
        let (width, height) = (120, 40)
        let keys = ["l", "l", "n", "l", "]", "L", "J", "h", "}", "n", "l", "p", "l", "l", "l"]
        let first = try rendered(lesson, width: width, height: height, keys: [])
        let last = try rendered(lesson, width: width, height: height, keys: keys)
        let environment = throughNCurses ? ["POINTWISE_DRAW": "ncurses"] : [:]
        let tmux = try launch([lesson, "--fresh"], width: width, height: height, environment: environment)
        try tmux.waitUntil(timeout: .seconds(10), "the first frame of \(lesson)") { $0 == first }
        for key in keys { try tmux.sendKeys(key) }
        try tmux.waitUntil(timeout: .seconds(10), "the frame render prints after \(keys.joined(separator: " "))") { $0 == last }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test("each key press's frame reaches the terminal in one write, not a write per cursor movement")
    func oneWritePerFrame() throws {
        // Over SSH a write can travel as a packet of its own, and a frame sent in dozens of
        // pieces shows half drawn. ncurses 6.4 sent its buffer at every cursor movement until the
        // program had once left curses mode and come back (see pw_session_start in shim.c).
        let strace = try #require(Tmux.findExecutable("strace"), "strace is needed to count the program's writes (.ci/run installs it)")
        let folder = try TemporaryFolder()
        let log = folder.path + "/calls.log"
        let tmux = try Tmux(
            command: [strace, "-e", "trace=read,write", "-o", log, try PointwiseBinary.path(), "inception", "--fresh"], width: 120,
            height: 40)
        try tmux.waitForText("step 0 of")
        let keys = [("l", "step 1 of"), ("l", "step 2 of"), ("n", "step 3,073 of"), ("l", "step 3,074 of"), ("l", "step 3,075 of")]
        for (key, shown) in keys {
            try tmux.sendKeys(key)
            try tmux.waitForText(shown)
        }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        // The calls between one key's read and the next read: the frame that key drew.
        let calls = try String(contentsOfFile: log, encoding: .utf8).components(separatedBy: "\n")
        var writesPerKey: [Int] = []
        for call in calls {
            if call.hasPrefix("read(0,") {
                writesPerKey.append(0)
            } else if call.hasPrefix("write(1,"), !writesPerKey.isEmpty {
                writesPerKey[writesPerKey.count - 1] += 1
            }
        }
        // The last read is the q that ends the session, whose writes give the terminal back.
        let frames = writesPerKey.dropLast().filter { $0 > 0 }
        #expect(frames.count >= keys.count)
        #expect(frames.allSatisfy { $0 == 1 }, "writes per frame: \(frames)")
    }
}
