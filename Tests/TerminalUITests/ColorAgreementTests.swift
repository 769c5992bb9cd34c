import ScreenCore
import Testing

@testable import TerminalUI

/// `render --ansi` shows each tint in the colour the live terminal gives it.
@Suite struct ColorAgreementTests {
    /// The foreground colour an ANSI line sets for its first cell: `3n` of its SGR codes.
    private func ansiForeground(of line: String) -> Int? {
        guard let start = line.firstIndex(of: "["), let end = line.firstIndex(of: "m") else { return nil }
        let codes = line[line.index(after: start)..<end].split(separator: ";").compactMap { Int($0) }
        return codes.first { (30...37).contains($0) }.map { $0 - 30 }
    }

    @Test(arguments: Tint.allCases)
    func renderAnsiAndTheEightColourTerminalAgree(tint: Tint) {
        var screen = Screen(width: 1, height: 1)
        screen.write("x", row: 0, column: 0, style: CellStyle(bold: true, tint: tint))
        let line = screen.ansiLines(colors: true)[0]
        let live = ColorPalette.foreground(for: tint, support: .eight).map(Int.init)
        #expect(ansiForeground(of: line) == live, "\(tint): \(line.debugDescription)")
    }

    @Test func accumulatingIsMagentaAndMutedHasNoColourOfItsOwn() {
        // The live terminal's choices, written down: magenta (5) for the sum being built, no
        // colour for muted text (its dim attribute carries it).
        #expect(ColorPalette.foreground(for: .accumulating, support: .eight) == 5)
        #expect(ColorPalette.foreground(for: .muted, support: .eight) == nil)
        var screen = Screen(width: 2, height: 1)
        screen.write("a", row: 0, column: 0, style: CellStyle(tint: .accumulating))
        screen.write("m", row: 0, column: 1, style: CellStyle(dim: true, tint: .muted))
        #expect(screen.ansiLines(colors: true) == ["\u{1B}[0;35ma\u{1B}[0;2mm\u{1B}[0m"])
    }
}
