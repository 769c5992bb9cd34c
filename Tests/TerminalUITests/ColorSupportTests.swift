import ScreenCore
import Testing

@testable import TerminalUI

/// How much colour a terminal gets, and that every highlight keeps a colour where colour exists.
@Suite("Colour support")
struct ColorSupportTests {
    @Test(
        "the terminal's colour count picks none, eight, many or direct (24-bit)",
        arguments: [
            (0, ColorSupport.none), (2, .none), (7, .none), (8, .eight), (16, .eight), (88, .eight),
            (255, .eight), (256, .many), (65_536, .many), (16_777_216, .direct),
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

    @Test("pictures get colour with 256 colours and direct colour; an exact colour becomes a palette entry or 0xRRGGBB")
    func pictureColours() {
        #expect(!ColorSupport.none.drawsPictures && !ColorSupport.eight.drawsPictures)
        #expect(ColorSupport.many.drawsPictures && ColorSupport.direct.drawsPictures)
        let orange = RGBColor(red: 0xFF, green: 0x87, blue: 0x00)
        #expect(ColorSupport.many.number(for: orange) == 208)
        #expect(ColorSupport.direct.number(for: orange) == 0xFF8700)
        // Tints keep their 256-colour look in direct colour, as RGB.
        #expect(ColorPalette.foreground(for: .term, support: .direct) == 0xFFAF00)
        #expect(ColorPalette.paletteRGB(244) == 0x808080)
    }

    @Test("COLORTERM truecolor or 24bit announces 24-bit colour; the direct-colour description is looked up by name")
    func trueColor() {
        #expect(ColorSupport.announcesTrueColor("truecolor") && ColorSupport.announcesTrueColor("24bit"))
        #expect(!ColorSupport.announcesTrueColor(nil) && !ColorSupport.announcesTrueColor("yes"))
        // ncurses-term (installed by .ci/run) provides xterm-direct.
        #expect(TerminfoEntries.exists("xterm-direct"))
        #expect(!TerminfoEntries.exists("no-such-terminal-direct"))
        #expect(!TerminfoEntries.exists("../x/xterm-direct"))
    }
}
