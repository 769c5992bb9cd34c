import ScreenCore
import Testing

@testable import TerminalUI

/// The terminal is sent only each row's changed stretch of cells. Played onto the previous
/// frame, those stretches must give exactly the new frame, and never start or end inside a wide
/// character of either frame.
@Suite("Drawing only what changed")
struct ChangedCellsTests {
    /// The pieces random frames are made of: narrow and wide characters, marks, long clusters.
    static let pieces = ["a", "b", " ", "漢", "字", "é", "e\u{0301}\u{0302}", "👍🏽", "x" + String(repeating: "\u{0301}", count: 9), "12.5"]

    /// A deterministic pseudo-random frame.
    static func frame(seed: inout UInt64, width: Int, height: Int) -> Screen {
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var screen = Screen(width: width, height: height)
        for row in 0..<height {
            var column = next(3)
            while column < width {
                let style = next(4) == 0 ? CellStyle(bold: true, tint: .term) : .plain
                column = screen.write(pieces[next(pieces.count)], row: row, column: column, style: style) + next(2)
            }
        }
        return screen
    }

    @Test("the changed stretches turn the previous frame into the new one", arguments: [(1, 1), (5, 3), (12, 6), (40, 8)])
    func stretchesRebuildTheFrame(width: Int, height: Int) {
        var seed: UInt64 = UInt64(width * 1000 + height)
        for _ in 0..<200 {
            let previous = Self.frame(seed: &seed, width: width, height: height)
            // The next frame: the previous one with a few cells written over, as a key press does.
            var next = previous
            for _ in 0..<(Int(seed % 4)) {
                let row = Int(seed % UInt64(height))
                let column = Int((seed >> 8) % UInt64(width))
                next.write(Self.pieces[Int((seed >> 16) % UInt64(Self.pieces.count))], row: row, column: column)
                seed = seed &* 6_364_136_223_846_793_005 &+ 1
            }
            for candidate in [next, Self.frame(seed: &seed, width: width, height: height)] {
                for row in 0..<height {
                    var shown = (0..<width).compactMap { previous.cell(row: row, column: $0) }
                    let wanted = (0..<width).compactMap { candidate.cell(row: row, column: $0) }
                    guard let changed = TerminalSession.changedColumns(of: candidate, from: previous, row: row, columns: width) else {
                        #expect(shown == wanted)
                        continue
                    }
                    for column in changed { shown[column] = wanted[column] }
                    #expect(shown == wanted)
                    #expect(!wanted[changed.lowerBound].isContinuation)
                    #expect(previous.cell(row: row, column: changed.lowerBound)?.isContinuation == false)
                    if changed.upperBound + 1 < width {
                        #expect(!wanted[changed.upperBound + 1].isContinuation)
                        #expect(previous.cell(row: row, column: changed.upperBound + 1)?.isContinuation == false)
                    }
                }
            }
        }
    }

    @Test("an unchanged row is not drawn again, a one-cell change is one cell")
    func smallChangesStaySmall() {
        var previous = Screen(width: 20, height: 2)
        previous.write("x₁ = 1.5  w₁₁ = 2", row: 0, column: 0)
        var next = previous
        next.restyle(row: 0, columns: 5..<6) { $0.reverse = true }
        #expect(TerminalSession.changedColumns(of: next, from: previous, row: 0, columns: 20) == 5...5)
        #expect(TerminalSession.changedColumns(of: next, from: previous, row: 1, columns: 20) == nil)
        #expect(TerminalSession.changedColumns(of: previous, from: previous, row: 0, columns: 20) == nil)
    }
}
