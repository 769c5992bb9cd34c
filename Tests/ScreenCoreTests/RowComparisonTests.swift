import Testing

@testable import ScreenCore

/// The terminal edge passes over a row that is the same as before by comparing its cells'
/// memory; that is only right while a cell is plain words with no padding, and a row with one
/// changed cell anywhere, in character or in style alone, must still be seen as changed.
@Suite("Rows compared as memory")
struct RowComparisonTests {
    @Test("a cell has no padding, so equal cells are equal memory")
    func noPadding() {
        #expect(MemoryLayout<Screen.Stored>.size == MemoryLayout<Screen.Stored>.stride)
        #expect(MemoryLayout<Screen.Stored>.size == 2 * MemoryLayout<UInt64>.size)
    }

    @Test("one changed cell at any column, in character or style, makes its row differ; other rows match")
    func everyColumn() {
        var before = Screen(width: 37, height: 3)
        for row in 0..<3 { before.write(String(repeating: "0.25 −1 ", count: 5), row: row, column: 0) }
        for column in 0..<37 {
            for restyle in [false, true] {
                var after = before
                if restyle {
                    after.restyle(row: 1, columns: column..<column + 1) { $0.bold = true }
                } else {
                    after.write("x", row: 1, column: column)
                }
                #expect(after.rowMatches(0, in: before, columns: 37))
                #expect(!after.rowMatches(1, in: before, columns: 37))
                #expect(after.rowMatches(2, in: before, columns: 37))
                // Only the columns compared count.
                #expect(after.rowMatches(1, in: before, columns: column))
            }
        }
    }
}
