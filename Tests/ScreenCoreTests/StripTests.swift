import ScreenCore
import Testing

/// Strips: a stretch of a row lifted off one screen and put on another is exactly what drawing
/// the same text there gives, click regions included, or is refused.
@Suite("Stretches of a row copied between screens")
struct StripTests {
    /// Draws the texts one after another from `column`, each with a click region of its own, as
    /// the explainer draws a panel line.
    private static func draw(_ texts: [String], on screen: inout Screen, row: Int, column: Int) -> Int {
        var x = column
        for (index, text) in texts.enumerated() {
            let start = x
            x = screen.write(text, row: row, column: x, style: CellStyle(bold: index % 2 == 0))
            screen.hitMap.record(HitTag(kind: 1, index), row: row, columns: start..<x)
        }
        return x
    }

    private static let lines: [[String]] = [
        ["│", " 0.51", " −0.46", "[", "漢字", "]", " x", "│"],
        ["|", "e\u{301}e\u{301}", " 👍 ", "a\u{301}\u{302}", "|"],
        ["·", "  ", "·"],
    ]

    @Test("a strip put elsewhere on a blank screen equals drawing its line there")
    func sameAsDrawing() throws {
        for texts in Self.lines {
            var source = Screen(width: 40, height: 3)
            let end = Self.draw(texts, on: &source, row: 1, column: 3)
            let strip = try #require(source.strip(row: 1, columns: 3..<end, regionsSince: 0))
            #expect(strip.width == end - 3)
            for (row, column) in [(0, 0), (2, 17), (1, 3)] where column + strip.width <= 40 {
                var drawn = Screen(width: 40, height: 3)
                _ = Self.draw(texts, on: &drawn, row: row, column: column)
                var copied = Screen(width: 40, height: 3)
                let put = copied.put(strip, row: row, column: column)
                #expect(put)
                #expect(copied == drawn, "\(texts) at \(row), \(column)")
                #expect(copied.hitMap.regions.map(\.columns) == drawn.hitMap.regions.map(\.columns))
            }
        }
    }

    @Test("put over a wide character cuts it as drawing would, leaving a blank")
    func cutsWideCharactersAsDrawing() throws {
        var source = Screen(width: 20, height: 1)
        let end = Self.draw(["ab", "cd"], on: &source, row: 0, column: 0)
        let strip = try #require(source.strip(row: 0, columns: 0..<end, regionsSince: 0))
        for start in 0...6 {
            var drawn = Screen(width: 20, height: 1)
            drawn.write("漢字漢字", row: 0, column: 2)
            var copied = drawn
            _ = Self.draw(["ab", "cd"], on: &drawn, row: 0, column: start)
            let put = copied.put(strip, row: 0, column: start)
            #expect(put)
            #expect(copied == drawn, "at \(start): \(copied.lines()) against \(drawn.lines())")
        }
    }

    @Test("a stretch that cannot be copied as it is gets no strip, and a strip that does not fit is not put")
    func refusals() throws {
        var screen = Screen(width: 10, height: 2)
        screen.write("漢字", row: 0, column: 0)
        #expect(screen.strip(row: 0, columns: 1..<4, regionsSince: 0) == nil)  // starts on a wide character's second half
        #expect(screen.strip(row: 0, columns: 0..<3, regionsSince: 0) == nil)  // ends on the first half of one
        #expect(screen.strip(row: 2, columns: 0..<3, regionsSince: 0) == nil)  // no such row
        #expect(screen.strip(row: 0, columns: 5..<11, regionsSince: 0) == nil)  // past the edge
        var family = Screen(width: 10, height: 1)
        family.write("a👨\u{200D}👩\u{200D}👧b", row: 0, column: 0)
        #expect(family.strip(row: 0, columns: 0..<4, regionsSince: 0) == nil)  // a cluster kept in the screen's side list
        let mark = screen.regionCount
        screen.hitMap.record(HitTag(kind: 2), row: 1, columns: 0..<2)
        #expect(screen.strip(row: 0, columns: 4..<8, regionsSince: mark) == nil)  // a region on another row
        let strip = try #require(screen.strip(row: 0, columns: 0..<4, regionsSince: screen.regionCount))
        var other = Screen(width: 10, height: 2)
        let pastTheEdge = other.put(strip, row: 0, column: 7)
        let pastTheBottom = other.put(strip, row: 2, column: 0)
        #expect(!pastTheEdge && !pastTheBottom)
        #expect(other == Screen(width: 10, height: 2))
    }
}
