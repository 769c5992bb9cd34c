import PointwiseCore
import Testing

@testable import ScreenCore

/// Text measured and drawn on its bytes agrees with the same text taken character by character.
///
/// Most of a frame (digits, box drawing, arrows, Latin letters) is measured and written straight
/// from its UTF-8; anything else takes the character path. These tests mix both kinds, with the
/// scalars at the edges of the byte path's ranges, so a wrong range or a wrong length shows up as
/// a different width or a different cell.
@Suite("Measuring and drawing text on its bytes")
struct ByteFastPathTests {
    /// Scalars at and beside the edges of the ranges read on bytes, and some that never are.
    static let pool: [String] = [
        "a", "Z", "0", " ", "~", "\u{7F}", "\u{1B}", "\u{9F}", "\u{A0}", "é", "\u{2FF}", "\u{300}", "\u{301}", "\u{200F}", "\u{2010}",
        "\u{2027}", "\u{2028}", "\u{218F}", "\u{2190}", "→", "\u{22FF}", "\u{2300}", "\u{24FF}", "─", "│", "┌", "\u{25FC}", "\u{25FD}",
        "·", "…", "−", "×", "漢", "字", "👍", "🏽", "\u{200D}", "\u{FE0F}", "\u{0600}", "ก", "\u{E01}",
    ]

    /// A random string of up to 12 pieces of the pool.
    static func randomText(_ generator: inout SystemRandomNumberGenerator) -> String {
        let count = Int.random(in: 0...12, using: &generator)
        return (0..<count).map { _ in pool.randomElement(using: &generator) ?? "a" }.joined()
    }

    @Test("a string's width is the sum of its characters' widths as shown")
    func widthAgrees() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let text = Self.randomText(&generator)
            let byCharacter = text.reduce(0) { $0 + TextWidth.shownColumns(of: $1) }
            #expect(TextWidth.columns(of: text) == byCharacter, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("writing a string fills the cells that writing it one character at a time fills")
    func drawingAgrees() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = Self.randomText(&generator)
            let start = Int.random(in: -2...3, using: &generator)
            var whole = Screen(width: 14, height: 1)
            var pieces = whole
            let end = whole.write(text, row: 0, column: start, maxColumn: 12)
            var x = start
            for character in text { x = pieces.write(String(character), row: 0, column: x, maxColumn: 12) }
            #expect(end == x, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(whole == pieces, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// A screen row with random narrow and wide characters already on it.
    static func paintedRow(_ generator: inout SystemRandomNumberGenerator) -> Screen {
        var screen = Screen(width: 14, height: 1)
        for _ in 0..<6 {
            let text = ["漢字", "ab", "字", "→─", "👍"].randomElement(using: &generator) ?? "ab"
            screen.write(text, row: 0, column: Int.random(in: -1...13, using: &generator))
        }
        return screen
    }

    @Test("over wide characters already on screen, a string's ends blank what they cut, as one character at a time does")
    func overwritingAgrees() {
        var generator = SystemRandomNumberGenerator()
        let narrow = ["a", "0", " ", "→", "─", "é", "·"]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in narrow.randomElement(using: &generator) ?? "a" }.joined()
            let start = Int.random(in: -3...15, using: &generator)
            let limit = Int.random(in: -1...14, using: &generator)
            var whole = Self.paintedRow(&generator)
            var measured = whole
            var pieces = whole
            let end = whole.write(text, row: 0, column: start, maxColumn: limit)
            let measuredEnd = measured.write(simpleNarrow: text, row: 0, column: start, maxColumn: limit)
            var x = start
            for character in text { x = pieces.write(String(character), row: 0, column: x, maxColumn: limit) }
            let scalars = "\(text.unicodeScalars.map { String($0.value, radix: 16) }) at \(start), limit \(limit)"
            #expect(end == x, "\(scalars)")
            #expect(measuredEnd == x, "\(scalars)")
            #expect(whole == pieces, "\(scalars): \(whole.lines()) against \(pieces.lines())")
            #expect(measured == pieces, "\(scalars)")
            #expect(whole.lines().allSatisfy { TextWidth.columns(of: $0) <= 14 })
        }
    }

    /// Padding and frame rules are filled cell by cell, not written as strings: over any row,
    /// at any start and limit, the cells, the clipping and the column returned are the string's.
    @Test("blanks and repeated rules fill the cells that writing their string fills", arguments: [" ", "─", "-", "│", "漢", "ab"])
    func fillsAgree(_ piece: String) {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let count = Int.random(in: -1...9, using: &generator)
            let start = Int.random(in: -12...16, using: &generator)
            let limit = Int.random(in: -2...15, using: &generator)
            let row = Int.random(in: -1...1, using: &generator)
            let style = Bool.random(using: &generator) ? CellStyle.plain : CellStyle(bold: true, tint: .muted)
            var filled = Self.paintedRow(&generator)
            var written = filled
            let text = String(repeating: piece, count: max(0, count))
            let writtenEnd = written.write(text, row: row, column: start, style: style, maxColumn: limit)
            let filledEnd =
                piece == " "
                ? filled.write(blanks: count, row: row, column: start, style: style, maxColumn: limit)
                : filled.write(piece, times: count, row: row, column: start, style: style, maxColumn: limit)
            let place = "\(count) × \(piece) at row \(row), column \(start), limit \(limit)"
            #expect(filledEnd == writtenEnd, "\(place)")
            #expect(filled == written, "\(place): \(filled.lines()) against \(written.lines())")
        }
    }
}
