import Explainer
import Testing

@testable import TerminalUI

/// How much colour a terminal gets, and that every highlight keeps a colour where colour exists.
@Suite("Colour support")
struct ColorSupportTests {
    @Test("the terminal's colour count picks none, eight or many", arguments: [
        (0, ColorSupport.none), (2, .none), (7, .none), (8, .eight), (16, .eight), (88, .eight),
        (255, .eight), (256, .many), (16_777_216, .many),
    ])
    func fromColourCount(count: Int, expected: ColorSupport) {
        #expect(ColorSupport.forTerminal(colorCount: count) == expected)
    }

    @Test("NO_COLOR turns colour off when set to anything but the empty string")
    func noColor() {
        #expect(!ColorSupport.isDisabled(byNoColorValue: nil))
        #expect(!ColorSupport.isDisabled(byNoColorValue: ""))
        #expect(ColorSupport.isDisabled(byNoColorValue: "1"))
        #expect(ColorSupport.isDisabled(byNoColorValue: "0"))
    }

    @Test("without colour no tint has a colour; with colour the current term always has one")
    func palette() {
        for tint in Tint.allCases {
            #expect(ColorPalette.foreground(for: tint, support: .none) == nil)
        }
        #expect(ColorPalette.foreground(for: .term, support: .eight) != nil)
        #expect(ColorPalette.foreground(for: .term, support: .many) != nil)
        let pairs = Tint.allCases.map(ColorPalette.pairNumber(for:))
        #expect(Set(pairs).count == pairs.count && pairs.allSatisfy { $0 >= 1 })
    }
}
