import ScreenCore
import Testing

@testable import TerminalUI

/// The terminal is sent only each row's changed stretches of cells. Played onto the previous
/// frame, those stretches must give exactly the new frame, and never start or end inside a wide
/// character of either frame.
@Suite("Drawing only what changed")
struct ChangedCellsTests {
    static let pieces = RandomFrames.pieces

    /// A deterministic pseudo-random frame, plain or bold.
    static func frame(seed: inout UInt64, width: Int, height: Int) -> Screen {
        RandomFrames.frame(seed: &seed, width: width, height: height, styles: [.plain, .plain, .plain, CellStyle(bold: true, tint: .term)])
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
                    let stretches = TerminalSession.changedStretches(of: candidate, from: previous, row: row, columns: width)
                    for (index, changed) in stretches.enumerated() {
                        for column in changed { shown[column] = wanted[column] }
                        #expect(!wanted[changed.lowerBound].isContinuation)
                        #expect(previous.cell(row: row, column: changed.lowerBound)?.isContinuation == false)
                        if changed.upperBound + 1 < width {
                            #expect(!wanted[changed.upperBound + 1].isContinuation)
                            #expect(previous.cell(row: row, column: changed.upperBound + 1)?.isContinuation == false)
                        }
                        // Left to right, apart, and each one starting and ending with a change.
                        if index > 0 { #expect(stretches[index - 1].upperBound + 1 < changed.lowerBound) }
                    }
                    #expect(shown == wanted)
                }
            }
        }
    }

    @Test("an unchanged row is not drawn again, a one-cell change is one cell, far changes are apart")
    func smallChangesStaySmall() {
        var previous = Screen(width: 40, height: 2)
        previous.write("x₁ = 1.5  w₁₁ = 2", row: 0, column: 0)
        var next = previous
        next.restyle(row: 0, columns: 5..<6) { $0.reverse = true }
        #expect(TerminalSession.changedStretches(of: next, from: previous, row: 0, columns: 40) == [5...5])
        #expect(TerminalSession.changedStretches(of: next, from: previous, row: 1, columns: 40) == [])
        #expect(TerminalSession.changedStretches(of: previous, from: previous, row: 0, columns: 40) == [])
        // Two changes far apart on one row (the input's term and the output's sum) are two
        // stretches; two a cell apart are one.
        next.write("9", row: 0, column: 30)
        #expect(TerminalSession.changedStretches(of: next, from: previous, row: 0, columns: 40) == [5...5, 30...30])
        next.write("7", row: 0, column: 32)
        #expect(TerminalSession.changedStretches(of: next, from: previous, row: 0, columns: 40) == [5...5, 30...32])
        // A wide character changed in its right half is sent whole.
        previous.write("漢", row: 1, column: 10)
        next = previous
        next.restyle(row: 1, columns: 11..<12) { $0.bold = true }
        #expect(TerminalSession.changedStretches(of: next, from: previous, row: 1, columns: 40) == [10...11])
    }

    /// The stretches worked out one cell at a time, as they were before unchanged blocks were
    /// stepped over by comparing memory: the fast scan must find exactly these.
    static func cellByCellStretches(of screen: Screen, from previous: Screen, row: Int, columns: Int, joiningGap: Int) -> [ClosedRange<Int>]
    {
        func differs(_ column: Int) -> Bool { screen.cell(row: row, column: column) != previous.cell(row: row, column: column) }
        func halfOfWide(_ column: Int) -> Bool {
            screen.cell(row: row, column: column)?.isContinuation == true || previous.cell(row: row, column: column)?.isContinuation == true
        }
        var stretches: [ClosedRange<Int>] = []
        var column = 0
        while column < columns {
            guard differs(column) else {
                column += 1
                continue
            }
            var first = column
            var last = column
            var same = 0
            column += 1
            while column < columns, same < joiningGap {
                if differs(column) {
                    last = column
                    same = 0
                } else {
                    same += 1
                }
                column += 1
            }
            while first > 0, halfOfWide(first) { first -= 1 }
            while last + 1 < columns, halfOfWide(last + 1) { last += 1 }
            if let previousStretch = stretches.last, first <= previousStretch.upperBound + 1 {
                stretches[stretches.count - 1] = previousStretch.lowerBound...max(last, previousStretch.upperBound)
            } else {
                stretches.append(first...last)
            }
            column = max(column, last + 1)
        }
        return stretches
    }

    @Test("on wide rows with changes far apart, the stretches are the ones found cell by cell")
    func sameAsCellByCell() {
        var seed: UInt64 = 42
        for _ in 0..<300 {
            let previous = Self.frame(seed: &seed, width: 120, height: 3)
            var next = previous
            for _ in 0..<(Int(seed % 6)) {
                let row = Int(seed % 3)
                let column = Int((seed >> 8) % 120)
                next.write(Self.pieces[Int((seed >> 16) % UInt64(Self.pieces.count))], row: row, column: column)
                seed = seed &* 6_364_136_223_846_793_005 &+ 1
            }
            if seed % 5 == 0 { next.restyle(row: 1, columns: Int(seed >> 20 % 100)..<120) { $0.underline = true } }
            for row in 0..<3 {
                for columns in [120, 117, 64] {
                    #expect(
                        TerminalSession.changedStretches(of: next, from: previous, row: row, columns: columns)
                            == Self.cellByCellStretches(
                                of: next, from: previous, row: row, columns: columns, joiningGap: TerminalSession.joiningGap))
                }
            }
        }
    }
}
