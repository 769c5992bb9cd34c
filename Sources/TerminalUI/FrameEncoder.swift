import CNCursesShim
import PointwiseCore
import ScreenCore

/// Turns a frame into the bytes that draw it over the frame before: for each changed stretch of a
/// row, one cursor move, then its cells' UTF-8 with a style sequence wherever the style changes.
///
/// ncurses drew this before, from the same changed stretches; it compares every handed-over cell
/// again and weighs a dozen ways of making every cursor move (each costed with `tiparm`), which
/// was a third of a key press in a large lesson. The stretches already say what changed and
/// where, so the sequences follow directly: a move is `cup` (or the next cell needs none), a
/// style is its `sgr0`-based sequence, worked out once per style and kept.
///
/// Cells are written as the ncurses path wrote them: a continuation cell is left to its wide
/// character, a wide character cut by the right edge is a space, a cluster holding an unsafe
/// scalar is U+FFFD and one the locale cannot show is `?`.
struct FrameEncoder {
    /// The terminal's sequences.
    let codes: TerminalCodes
    /// The bytes of the frame last encoded.
    private(set) var bytes: [UInt8] = []
    /// Each style's sequence by its key, worked out on first use (at most `styleLimit` kept).
    private var styles: [UInt64: [UInt8]] = [:]
    /// Styles kept before the memo starts again (pictures can use thousands of colours).
    static let styleLimit = 4096

    init(codes: TerminalCodes) {
        self.codes = codes
        bytes.reserveCapacity(1 << 14)
    }

    /// Encodes the cells of `screen` that differ from `previous` (the frame on the terminal now,
    /// of the same size; a blank screen after the terminal was cleared), within `rows` × `columns`
    /// (the part of the frame the terminal shows). `corner` is the terminal's bottom-right cell.
    mutating func encode(_ screen: Screen, over previous: Screen, rows: Int, columns: Int, terminalHeight: Int, terminalWidth: Int) {
        bytes.removeAll(keepingCapacity: true)
        var cursor: (row: Int, column: Int)?
        var styleKey: UInt64?
        let skipsCorner = !codes.writesBottomRightCorner
        for row in 0..<rows {
            for stretch in TerminalSession.changedStretches(of: screen, from: previous, row: row, columns: columns) {
                var column = stretch.lowerBound
                while column <= stretch.upperBound {
                    let index = row * screen.width + column
                    if screen.isContinuation(at: index) {
                        column += 1
                        continue
                    }
                    let isWide = column + 1 < screen.width && screen.isContinuation(at: index + 1)
                    let isCut = isWide && column + 1 >= columns
                    let lastColumn = column + (isWide && !isCut ? 1 : 0)
                    if skipsCorner, row == terminalHeight - 1, lastColumn >= terminalWidth - 1 { break }
                    if cursor?.row != row || cursor?.column != column { codes.moveCursor(row, column, &bytes) }
                    let key = screen.styleKey(at: index)
                    if key != styleKey {
                        bytes.append(contentsOf: sequence(for: key, screen.style(at: index)))
                        styleKey = key
                    }
                    if isCut {
                        bytes.append(0x20)
                    } else if !isWide {
                        // This cell and the plain text of its style after it, in one call; the
                        // terminal's bottom-right cell is left to the test above.
                        let limit =
                            skipsCorner && row == terminalHeight - 1
                            ? min(stretch.upperBound + 1, terminalWidth - 1) : stretch.upperBound + 1
                        let taken = screen.appendTextRun(row: row, from: column, to: limit, styleKey: key, into: &bytes)
                        if taken > 0 {
                            column += taken
                            cursor = (row, column)
                            continue
                        }
                        appendCell(screen, at: index)
                    } else {
                        appendCell(screen, at: index)
                    }
                    column = lastColumn + 1
                    cursor = (row, column)
                }
            }
        }
        if let styleKey, styleKey != Screen.plainStyleKey { bytes.append(contentsOf: codes.reset) }
    }

    /// The sequence that sets a style, from the memo or worked out now.
    private mutating func sequence(for key: UInt64, _ style: @autoclosure () -> CellStyle) -> [UInt8] {
        if let known = styles[key] { return known }
        if styles.count >= Self.styleLimit { styles.removeAll(keepingCapacity: true) }
        let made = codes.style(style())
        styles[key] = made
        return made
    }

    /// Appends one cell's cluster, or its stand-in when it must not or cannot be shown.
    private mutating func appendCell(_ screen: Screen, at index: Int) {
        let start = bytes.count
        screen.appendUTF8(at: index, to: &bytes)
        // Printable ASCII, most of a frame, is safe without asking.
        if bytes.count == start + 1, bytes[start] >= 0x20, bytes[start] < 0x7F { return }
        switch Self.verdict(bytes[start...]) {
        case .shown: return
        case .unsafe:
            bytes.removeSubrange(start...)
            bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])  // U+FFFD
        case .notShowable:
            bytes.removeSubrange(start...)
            bytes.append(0x3F)  // "?"
        }
    }

    /// What may be sent of a cluster.
    enum Verdict: Equatable {
        case shown, unsafe, notShowable
    }

    /// Judges a cluster's UTF-8: unsafe when any scalar is (a control character, a bidi
    /// override…), not showable when the locale gives its first scalar no width, as ncurses'
    /// `wcwidth` check did. Empty or malformed UTF-8 is unsafe.
    static func verdict(_ utf8: ArraySlice<UInt8>) -> Verdict {
        var first: Unicode.Scalar?
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let lead = UInt32(utf8[index])
            let length = lead < 0x80 ? 1 : lead < 0xC0 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF8 ? 4 : 0
            guard length > 0, index + length <= utf8.endIndex else { return .unsafe }
            var value = length == 1 ? lead : lead & (0x7F >> UInt32(length))
            for offset in 1..<max(1, length) {
                let continuation = utf8[index + offset]
                guard continuation & 0xC0 == 0x80 else { return .unsafe }
                value = value << 6 | UInt32(continuation & 0x3F)
            }
            guard let scalar = Unicode.Scalar(value), !InertText.isUnsafe(scalar) else { return .unsafe }
            if first == nil { first = scalar }
            index += length
        }
        guard let first else { return .unsafe }
        if first.value >= 0x20, first.value < 0x7F { return .shown }
        return pw_wcwidth(first.value) < 0 ? .notShowable : .shown
    }
}
