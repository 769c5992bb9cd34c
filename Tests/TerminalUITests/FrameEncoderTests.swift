import Glibc
import PointwiseCore
import ScreenCore
import Testing

@testable import TerminalUI

/// A frame is sent to the terminal as bytes: cursor moves, styles and the cells' UTF-8. Played on
/// a small terminal of its own (below), those bytes must turn the frame on it into the new one,
/// characters and styles, whatever the frames hold.
@Suite("Frames sent as bytes")
struct FrameEncoderTests {
    /// The session draws in a UTF-8 character type (it sets one at its start), and the encoder
    /// asks the C library whether a character can be shown: the tests need that type too.
    init() {
        _ = setlocale(LC_CTYPE, "C.UTF-8")
    }

    /// What one cell of the played terminal shows.
    struct Shown: Equatable, CustomStringConvertible {
        var text = " "
        var bold = false, dim = false, underline = false, reverse = false
        var foreground: Int32?, background: Int32?
        var description: String {
            "\(text)\(bold ? "+b" : "")\(dim ? "+d" : "")\(underline ? "+u" : "")\(reverse ? "+r" : "")/\(foreground.map(String.init) ?? "-")/\(background.map(String.init) ?? "-")"
        }
    }

    /// A terminal that understands what `TerminalCodes.ansi` sends: `CSI r;c H`, `CSI … m` (0, 1,
    /// 2, 4, 7, 30–37, 40–47, 38/48;5;n, 38/48;2;r;g;b) and UTF-8 text, a cluster per cell, two
    /// cells for a wide one. Anything else fails the test.
    struct PlayedTerminal {
        let width: Int
        let height: Int
        var cells: [Shown]
        var row = 0, column = 0
        var pen = Shown()

        init(width: Int, height: Int) {
            self.width = width
            self.height = height
            cells = Array(repeating: Shown(), count: width * height)
        }

        mutating func play(_ bytes: [UInt8]) {
            var index = 0
            var text: [UInt8] = []
            func flushText() {
                for character in String(decoding: text, as: UTF8.self) {
                    let columns = TextWidth.columns(of: character)
                    #expect(row < height && column + columns <= width, "text past the edge at \(row),\(column)")
                    guard row < height, column + columns <= width else { break }
                    var cell = pen
                    cell.text = String(character)
                    cells[row * width + column] = cell
                    if columns == 2 {
                        var half = pen
                        half.text = ""
                        cells[row * width + column + 1] = half
                    }
                    column += max(1, columns)
                }
                text.removeAll()
            }
            while index < bytes.count {
                guard bytes[index] == 0x1B else {
                    text.append(bytes[index])
                    index += 1
                    continue
                }
                flushText()
                #expect(index + 1 < bytes.count && bytes[index + 1] == 0x5B, "an escape that is not CSI")
                index += 2
                var parameters = ""
                while index < bytes.count, !(0x40...0x7E).contains(bytes[index]) {
                    parameters.append(Character(Unicode.Scalar(bytes[index])))
                    index += 1
                }
                guard index < bytes.count else { return }
                let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
                switch bytes[index] {
                case 0x48:  // H
                    row = (numbers.first ?? 1) - 1
                    column = (numbers.count > 1 ? numbers[1] : 1) - 1
                case 0x6D:  // m
                    applySGR(numbers.isEmpty ? [0] : numbers)
                default:
                    Issue.record("an unknown control sequence ending in \(bytes[index])")
                }
                index += 1
            }
            flushText()
        }

        private mutating func applySGR(_ numbers: [Int]) {
            var index = 0
            while index < numbers.count {
                let code = numbers[index]
                switch code {
                case 0: pen = Shown()
                case 1: pen.bold = true
                case 2: pen.dim = true
                case 4: pen.underline = true
                case 7: pen.reverse = true
                case 30...37: pen.foreground = Int32(code - 30)
                case 40...47: pen.background = Int32(code - 40)
                case 38, 48:
                    var number: Int32 = 0
                    if numbers[index + 1] == 5 {
                        number = Int32(numbers[index + 2])
                        index += 2
                    } else {
                        number = Int32(numbers[index + 2] << 16 | numbers[index + 3] << 8 | numbers[index + 4])
                        index += 4
                    }
                    if code == 38 { pen.foreground = number } else { pen.background = number }
                default:
                    Issue.record("an unknown SGR code \(code)")
                }
                index += 1
            }
        }
    }

    /// What a frame should look like on the terminal: its cells with their styles' colours by
    /// the palette (tints) and the exact colours, computed here from the style itself.
    static func expected(_ screen: Screen, colors: ColorSupport, columns: Int? = nil) -> [Shown] {
        let shownColumns = columns ?? screen.width
        var cells: [Shown] = []
        for row in 0..<screen.height {
            for column in 0..<shownColumns {
                guard let cell = screen.cell(row: row, column: column) else { continue }
                var shown = Shown(text: cell.character)
                shown.bold = cell.style.bold
                shown.dim = cell.style.dim
                shown.underline = cell.style.underline
                shown.reverse = cell.style.reverse
                // A tint's colour: its palette entry, or that entry's RGB in direct colour.
                let tintColor = cell.style.tint.map {
                    colors == .direct ? Int32(ColorPalette.paletteRGB(Int32($0.paletteColor))) : Int32($0.paletteColor)
                }
                if colors.drawsPictures, cell.style.foreground != nil || cell.style.background != nil {
                    shown.foreground =
                        cell.style.foreground.map { colors == .direct ? Int32($0.packed) : Int32($0.paletteIndex) } ?? tintColor
                    shown.background = cell.style.background.map { colors == .direct ? Int32($0.packed) : Int32($0.paletteIndex) }
                } else if colors.drawsPictures {
                    shown.foreground = tintColor
                } else if colors == .eight, let tint = cell.style.tint {
                    shown.foreground = tint.eightColor.map(Int32.init)
                }
                cells.append(shown)
            }
        }
        return cells
    }

    /// The styles random frames are drawn in: attributes, tints and exact colours.
    static let styles: [CellStyle] = [
        .plain, CellStyle(bold: true, tint: .term), CellStyle(reverse: true), CellStyle(tint: .muted),
        CellStyle(underline: true, dim: true),
        CellStyle(foreground: RGBColor(red: 200, green: 10, blue: 30), background: RGBColor(red: 0, green: 90, blue: 255)),
        CellStyle(tint: .pixel, background: RGBColor(red: 12, green: 34, blue: 56)),
    ]

    static func frame(seed: inout UInt64, width: Int, height: Int) -> Screen {
        RandomFrames.frame(seed: &seed, width: width, height: height, styles: styles)
    }

    @Test(
        "played over the frame before, the bytes give the new frame, characters and styles",
        arguments: [ColorSupport.none, .eight, .many, .direct], [(1, 1), (7, 3), (40, 6)])
    func bytesRebuildTheFrame(colors: ColorSupport, size: (width: Int, height: Int)) {
        var seed = UInt64(size.width * 1000 + size.height)
        var encoder = FrameEncoder(codes: .ansi(colors: colors))
        for _ in 0..<60 {
            let first = Self.frame(seed: &seed, width: size.width, height: size.height)
            var terminal = PlayedTerminal(width: size.width, height: size.height)
            encoder.encode(
                first, over: Screen(width: size.width, height: size.height), rows: size.height, columns: size.width,
                terminalHeight: size.height, terminalWidth: size.width)
            terminal.play(encoder.bytes)
            #expect(terminal.cells == Self.expected(first, colors: colors))
            // A key press: a few cells written over, or a wholly new frame.
            var changed = first
            changed.write(
                RandomFrames.pieces[Int(seed % 12)], row: Int(seed % UInt64(size.height)),
                column: Int(seed >> 8 % UInt64(size.width)) % size.width,
                style: Self.styles[Int(seed >> 4 % 7) % 7])
            for next in [changed, Self.frame(seed: &seed, width: size.width, height: size.height)] {
                var played = terminal
                encoder.encode(
                    next, over: first, rows: size.height, columns: size.width, terminalHeight: size.height, terminalWidth: size.width)
                played.play(encoder.bytes)
                #expect(played.cells == Self.expected(next, colors: colors))
                // What follows the program starts plain.
                #expect(played.pen == Shown() || encoder.bytes.isEmpty)
            }
        }
    }

    @Test("an unchanged frame sends nothing, and one changed cell is one move, one style and its text")
    func smallChangesAreSmall() {
        var previous = Screen(width: 30, height: 3)
        previous.write("w₁₂ = −0.42", row: 1, column: 2)
        var encoder = FrameEncoder(codes: .ansi(colors: .many))
        encoder.encode(previous, over: previous, rows: 3, columns: 30, terminalHeight: 3, terminalWidth: 30)
        #expect(encoder.bytes.isEmpty)
        var next = previous
        next.write("7", row: 2, column: 9, style: CellStyle(bold: true))
        encoder.encode(next, over: previous, rows: 3, columns: 30, terminalHeight: 3, terminalWidth: 30)
        #expect(String(decoding: encoder.bytes, as: UTF8.self) == "\u{1B}[3;10H\u{1B}[m\u{1B}[1m7\u{1B}[m")
    }

    @Test("a wide character cut by the terminal's edge is a space, and cells past the edge are not sent")
    func theTerminalsEdgeCutsTheFrame() {
        var screen = Screen(width: 6, height: 1)
        screen.write("ab漢字", row: 0, column: 0)
        var encoder = FrameEncoder(codes: .ansi(colors: .none))
        encoder.encode(screen, over: Screen(width: 6, height: 1), rows: 1, columns: 5, terminalHeight: 1, terminalWidth: 5)
        var terminal = PlayedTerminal(width: 5, height: 1)
        terminal.play(encoder.bytes)
        #expect(terminal.cells.map(\.text) == ["a", "b", "漢", "", " "])
    }

    @Test("a terminal that scrolls at its bottom-right cell never gets that cell")
    func theCornerIsLeftAlone() {
        var screen = Screen(width: 4, height: 2)
        screen.write("abcd", row: 0, column: 0)
        screen.write("efgh", row: 1, column: 0)
        let ansi = TerminalCodes.ansi(colors: .none)
        let scrolling = TerminalCodes(moveCursor: ansi.moveCursor, style: ansi.style, reset: ansi.reset, writesBottomRightCorner: false)
        var encoder = FrameEncoder(codes: scrolling)
        encoder.encode(screen, over: Screen(width: 4, height: 2), rows: 2, columns: 4, terminalHeight: 2, terminalWidth: 4)
        var terminal = PlayedTerminal(width: 4, height: 2)
        terminal.play(encoder.bytes)
        #expect(terminal.cells.map(\.text).joined() == "abcdefg ")
    }

    @Test("control characters and bidi overrides never reach the terminal")
    func unsafeClustersAreReplaced() {
        #expect(FrameEncoder.verdict(ArraySlice(Array("−".utf8))) == .shown)
        #expect(FrameEncoder.verdict(ArraySlice(Array("漢".utf8))) == .shown)
        #expect(FrameEncoder.verdict(ArraySlice(Array("e\u{301}".utf8))) == .shown)
        for unsafe in ["\u{1B}", "\u{7}", "\u{9B}", "\u{202E}", "a\u{2066}"] {
            #expect(FrameEncoder.verdict(ArraySlice(Array(unsafe.utf8))) == .unsafe, "\(unsafe.unicodeScalars.map(\.value))")
        }
        #expect(FrameEncoder.verdict([0xE2, 0x94]) == .unsafe)  // cut UTF-8
        #expect(FrameEncoder.verdict([0xFF]) == .unsafe)
    }
}
