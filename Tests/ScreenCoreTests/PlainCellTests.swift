import ScreenCore
import Testing

/// The screen keeps each cell as plain bits (an inline glyph and a packed style); what a caller
/// reads back must be exactly what was written, for every style and every length of cluster.
@Suite("Cells kept as plain bits read back as written")
struct PlainCellTests {
    static let colors: [RGBColor?] = [
        nil, RGBColor(red: 0, green: 0, blue: 0), RGBColor(red: 255, green: 255, blue: 255),
        RGBColor(red: 1, green: 128, blue: 254), RGBColor(red: 200, green: 0, blue: 7),
    ]

    @Test("every combination of attributes, tint and colours survives a write")
    func everyStyle() {
        let tints: [Tint?] = [nil] + Tint.allCases
        var checked = 0
        for flags in 0..<16 {
            for tint in tints {
                for foreground in Self.colors {
                    for background in Self.colors {
                        let style = CellStyle(
                            bold: flags & 1 != 0, reverse: flags & 2 != 0, underline: flags & 4 != 0, dim: flags & 8 != 0, tint: tint,
                            foreground: foreground, background: background)
                        var screen = Screen(width: 3, height: 1)
                        screen.write("ab", row: 0, column: 1, style: style)
                        #expect(screen.cell(row: 0, column: 1) == Screen.Cell(character: "a", style: style))
                        #expect(screen.cell(row: 0, column: 0)?.style == .plain)
                        screen.restyle(row: 0, columns: 2..<3) { $0.bold.toggle() }
                        var toggled = style
                        toggled.bold.toggle()
                        #expect(screen.cell(row: 0, column: 2)?.style == toggled)
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 16 * 8 * 25)
    }

    @Test("clusters of 1 to 60 bytes, inline or kept beside the screen, read back whole")
    func everyLength() {
        // A letter with n combining acute accents: 1 + 2n bytes of UTF-8, one column.
        for marks in 0..<30 {
            let cluster = "e" + String(repeating: "\u{0301}", count: marks)
            var screen = Screen(width: 4, height: 1)
            screen.write("x" + cluster + "y", row: 0, column: 0)
            #expect(screen.cell(row: 0, column: 1)?.character.utf8.elementsEqual(cluster.utf8) == true)
            #expect(screen.lines() == ["x" + cluster + "y"])
            // Overwriting the long cluster leaves no trace of it.
            screen.write("z", row: 0, column: 1)
            #expect(screen.lines() == ["xzy"])
        }
        var screen = Screen(width: 8, height: 1)
        screen.write("漢👨\u{200D}👩\u{200D}👧é", row: 0, column: 0)
        #expect(screen.cell(row: 0, column: 0)?.character == "漢")
        #expect(screen.cell(row: 0, column: 1)?.isContinuation == true)
        #expect(screen.cell(row: 0, column: 2)?.character == "👨\u{200D}👩\u{200D}👧")
        #expect(screen.cell(row: 0, column: 4)?.character == "é")
    }

    @Test("screens that show the same are equal however they were drawn")
    func equalityByWhatIsShown() {
        let long = "a" + String(repeating: "\u{0308}", count: 12)
        var first = Screen(width: 6, height: 2)
        first.write(long + "b", row: 0, column: 0)
        first.write("c" + long, row: 1, column: 0)
        var second = Screen(width: 6, height: 2)
        second.write("q" + long, row: 1, column: 0)  // a long cluster written, then left in place
        second.write("c", row: 1, column: 0)
        second.write(long + "b", row: 0, column: 0)
        #expect(first == second)
        second.write("d", row: 1, column: 1)
        #expect(first != second)
        var third = Screen(width: 6, height: 2)
        third.write(long + "b", row: 0, column: 0, style: CellStyle(bold: true))
        third.write("c" + long, row: 1, column: 0)
        #expect(first != third)
    }
}
