import ScreenCore
import Testing

@Suite("The screen draws clusters in the cells terminals give them")
struct ClusterDrawingTests {
    @Test("a prepended mark gets a cell of its own and the letter after it is still drawn")
    func prependedMark() {
        for mark in ["\u{0600}", "\u{0605}", "\u{06DD}", "\u{070F}", "\u{110BD}"] {
            var screen = Screen(width: 10, height: 1)
            let end = screen.write("K\(mark)L", row: 0, column: 0)
            #expect(end == 3)
            #expect(screen.cell(row: 0, column: 0)?.character == "K")
            #expect(screen.cell(row: 0, column: 1)?.character == mark)
            #expect(screen.cell(row: 0, column: 2)?.character == "L")
        }
    }

    @Test("emoji sequences take two cells; no line is ever wider than the screen")
    func noLineOverflows() {
        let pieces = ["🇯🇵", "👨\u{200D}👩\u{200D}👧", "❤\u{FE0F}", "👍🏽", "䷀", "क्षि", "K\u{0600}L", "e\u{0301}", "漢"]
        var screen = Screen(width: 7, height: 1)
        #expect(screen.write("👨\u{200D}👩\u{200D}👧x", row: 0, column: 0) == 3)
        #expect(screen.cell(row: 0, column: 2)?.character == "x")
        for width in 1...12 {
            for start in 0..<pieces.count {
                let text = (pieces[start...] + pieces[..<start]).joined(separator: " ")
                screen = Screen(width: width, height: 1)
                let end = screen.write(text, row: 0, column: 0)
                #expect(end <= width)
                let cells = (0..<width).compactMap { screen.cell(row: 0, column: $0) }
                #expect(cells.count == width)
            }
        }
    }
}
