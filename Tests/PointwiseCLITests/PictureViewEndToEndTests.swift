import Foundation
import Testing

/// The picture view (key `v`) in a real terminal: the toggle, resizes, and the colours the
/// terminal shows against `render --ansi`.
@Suite("The picture view in a terminal")
struct PictureViewEndToEndTests {
    @Test("v opens the picture view, it survives resizes (down to too small and back), and v returns to the numbers")
    func togglesAndResizes() throws {
        let tmux = try Tmux(command: [try PointwiseBinary.path(), "intro", "--fresh"], width: 100, height: 30)
        try tmux.waitForText("introduction")
        try tmux.sendKeys("v")
        var lines = try tmux.waitForText("pictures")
        #expect(lines.contains { $0.contains("input x") && $0.contains("kernels w") && $0.contains("output") })
        try tmux.sendKeys("l", "l", "l")
        lines = try tmux.waitForText("step 3 of 54")
        for (width, height) in [(60, 20), (30, 8), (140, 45), (80, 24)] {
            try tmux.resize(width: width, height: height)
            // The frame drawn for this size: the too-small message at 30×8, else the pictures
            // with the title's right end (`pictures`) at this width and the formula below.
            lines = try tmux.waitUntil(timeout: .seconds(10), "the frame at \(width)×\(height)") { lines in
                guard lines.count == height else { return false }
                if width < 40 { return lines.joined().contains("Enlarge") || lines.joined().contains("enlarge") }
                return lines.first.map { $0.contains("pictures") && $0.count > width - 12 } == true
                    && lines.contains { $0.contains("out1(1, 1) =") }
            }
        }
        try tmux.sendKeys("v")
        // Wait for the whole number frame, not only for the pictures to go: a frame caught while
        // ncurses is still drawing it has neither.
        lines = try tmux.waitUntil(timeout: .seconds(10), "the number view back at the same step") { lines in
            !lines.contains { $0.contains("pictures") } && lines.contains { $0.contains("[3]") }
        }
        #expect(lines.contains { $0.contains("step 3 of 54") }, "the number view is back at the same step")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.sttyBefore == tmux.sttyAfter)
    }

    /// With `COLORTERM=truecolor` the program starts ncurses as `xterm-direct` (installed by
    /// `.ci/run` with ncurses-term) and draws 24-bit colours; without it, the 256-colour palette.
    @Test(
        "the terminal shows exactly the colours render --ansi writes, 256 colours and 24-bit",
        arguments: [("intro", false), ("inception", false), ("intro", true), ("inception", true)])
    func colorsMatchRender(lesson: String, trueColor: Bool) throws {
        let keys = ["v", "n", "n", "l", "l"]
        let environment = trueColor ? ["COLORTERM": "truecolor"] : [:]
        let tmux = try Tmux(command: [try PointwiseBinary.path(), lesson, "--fresh"], width: 120, height: 40, environment: environment)
        try tmux.waitForText("introduction")
        for key in keys { try tmux.sendKeys(key) }
        _ = try tmux.waitForText(lesson == "intro" ? "step 9 of 54" : "step 3,075 of")
        let terminal = SGRScreen(lines: try tmux.capture(escapes: true), carriesState: true)
        try tmux.sendKeys("q")
        _ = try tmux.waitForExit()

        let rendered = try CommandRun.pointwise(
            ["render", lesson, "--ansi", "--size", "120x40", "--keys", keys.joined(separator: " ")], environment: environment)
        let expected = SGRScreen(lines: rendered.standardOutput.components(separatedBy: "\n"), carriesState: false)
        var pictureCells = 0
        for row in 0..<40 {
            for column in 0..<120 {
                let want = expected.cell(row: row, column: column)
                let got = terminal.cell(row: row, column: column)
                #expect(want.character == got.character, "(\(row), \(column))")
                // render --ansi writes the grid's tints in 8 colours; the pictures' colours exactly.
                guard want.foreground?.hasPrefix(trueColor ? "2;" : "5;") == true || want.background != nil else { continue }
                pictureCells += 1
                #expect(
                    want.foreground == got.foreground && want.background == got.background,
                    "(\(row), \(column)) '\(want.character)': render \(want) terminal \(got)")
            }
        }
        #expect(pictureCells > 100, "the pictures are in colour: \(pictureCells) cells")
    }
}

/// A screen read back from text with SGR escape sequences: each cell's character and colours.
struct SGRScreen {
    struct Cell: Equatable, CustomStringConvertible {
        var character: Character = " "
        /// `5;n` (palette) or `2;r;g;b` (24-bit) or `t;n` (ANSI colour n); nil for the default.
        var foreground: String?
        var background: String?
        var description: String { "fg \(foreground ?? "-") bg \(background ?? "-")" }
    }

    private(set) var rows: [[Cell]] = []

    /// `carriesState`: tmux's capture continues the previous line's attributes; `render --ansi`
    /// resets at the end of each line.
    init(lines: [String], carriesState: Bool) {
        var foreground: String?, background: String?
        for line in lines {
            if !carriesState { foreground = nil; background = nil }
            var cells: [Cell] = []
            var scalars = Array(line.unicodeScalars)[...]
            var text = String.UnicodeScalarView()
            func flush() {
                for character in String(text) { cells.append(Cell(character: character, foreground: foreground, background: background)) }
                text = String.UnicodeScalarView()
            }
            while let scalar = scalars.first {
                scalars = scalars.dropFirst()
                guard scalar == "\u{1B}", scalars.first == "[" else { text.append(scalar); continue }
                flush()
                scalars = scalars.dropFirst()
                var parameters = ""
                while let next = scalars.first, next != "m" { parameters.unicodeScalars.append(next); scalars = scalars.dropFirst() }
                scalars = scalars.dropFirst()
                var codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
                if codes.isEmpty { codes = [0] }
                while let code = codes.first {
                    codes = codes.dropFirst()
                    switch code {
                    case 0: foreground = nil; background = nil
                    case 30...37: foreground = "t;\(code - 30)"
                    case 39: foreground = nil
                    case 40...47: background = "t;\(code - 40)"
                    case 49: background = nil
                    case 38, 48:
                        let kind = codes.first ?? 0
                        let count = kind == 2 ? 3 : 1
                        let values = codes.dropFirst().prefix(count).map(String.init)
                        codes = codes.dropFirst(1 + count)
                        let color = "\(kind);" + values.joined(separator: ";")
                        if code == 38 { foreground = color } else { background = color }
                    default: break
                    }
                }
            }
            flush()
            rows.append(cells)
        }
    }

    func cell(row: Int, column: Int) -> Cell {
        guard row < rows.count, column < rows[row].count else { return Cell() }
        return rows[row][column]
    }
}
