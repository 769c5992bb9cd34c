import Testing

@testable import ScreenCore

/// The runs of plain text the terminal edge sends in one call (`Screen.appendTextRun`): each must
/// end exactly where a cell of another style, a cell that is not one printable ASCII character,
/// the left half of a wide character, or the limit comes.
@Suite("Runs of plain text for the terminal")
struct TextRunTests {
    static let bold = CellStyle(bold: true)

    /// A row: `ab` plain, `cd` bold, then `é`, `x`, a wide `中` and `y` plain, and blanks.
    static func screen() -> Screen {
        var screen = Screen(width: 12, height: 2)
        var column = screen.write("ab", row: 0, column: 0)
        column = screen.write("cd", row: 0, column: column, style: bold)
        column = screen.write("éx中y", row: 0, column: column)
        return screen
    }

    /// The run from `column` in that cell's own style, as text.
    private func run(_ screen: Screen, from column: Int, to limit: Int = 12) -> String {
        var bytes: [UInt8] = []
        let count = screen.appendTextRun(
            row: 0, from: column, to: limit, styleKey: screen.styleKey(at: column), into: &bytes)
        #expect(count == bytes.count)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("a run stops at a change of style, at a cell that is not ASCII, before a wide character and at the limit")
    func stops() {
        let screen = Self.screen()
        #expect(run(screen, from: 0) == "ab")
        #expect(run(screen, from: 1) == "b")
        #expect(run(screen, from: 2) == "cd")
        #expect(run(screen, from: 4) == "")  // é: sent by the edge itself
        #expect(run(screen, from: 5) == "x")  // then the wide 中, which the edge sends itself
        #expect(run(screen, from: 8) == "y   ")  // y and the blanks after it, to the edge
        #expect(run(screen, from: 8, to: 10) == "y ")
        #expect(run(screen, from: 0, to: 1) == "a")
    }

    @Test("a continuation cell is never part of a run, and rows outside the screen give nothing")
    func outside() {
        let screen = Self.screen()
        #expect(run(screen, from: 7) == "")  // the right half of 中
        var bytes: [UInt8] = []
        #expect(screen.appendTextRun(row: 5, from: 0, to: 12, styleKey: Screen.plainStyleKey, into: &bytes) == 0)
        #expect(screen.appendTextRun(row: -1, from: 0, to: 12, styleKey: Screen.plainStyleKey, into: &bytes) == 0)
        #expect(bytes.isEmpty)
    }
}
