import CNCursesShim
import Glibc
import PointwiseCore
import ScreenCore

extension TerminalSession {
    /// Draws a frame: only the cells that differ from `previous` (the frame on the terminal
    /// now), or the whole frame, cleared first, when there is no previous one or its size differs.
    ///
    /// Where the terminal's terminfo entry allows (`TerminalCodes.terminfo`), the frame is sent
    /// as one write of bytes in the terminal's own sequences (`FrameEncoder`); ncurses still owns
    /// the terminal — its modes, the keyboard and mouse, the alternate screen, every clear — and
    /// its window stays blank and untouched, so nothing it draws on its own can overwrite a frame.
    /// Elsewhere ncurses draws the frame through its window, as before.
    ///
    /// Cells beyond the terminal's size are left out, continuation cells (the right half of a
    /// wide character) are filled by the terminal itself, and a wide character that the
    /// terminal's right edge would cut is shown as a space. Control characters never reach
    /// the terminal: the screen holds `InertText`'s stand-ins already, and a cell that still held
    /// an unsafe scalar would be drawn as U+FFFD.
    public func draw(_ screen: Screen, over previous: Screen? = nil) {
        guard isActive else { return }
        let rows = min(screen.height, height)
        let columns = min(screen.width, width)
        let same = previous.map { $0.width == screen.width && $0.height == screen.height } ?? false
        guard frameEncoder != nil else {
            drawThroughNCurses(screen, over: same ? previous : nil, rows: rows, columns: columns)
            return
        }
        let window = pw_stdscr()
        var before = same ? previous : nil
        if before == nil {
            // ncurses clears the terminal (so its picture of the screen, all blank, is true again)
            // and the frame is then drawn over a blank one.
            _ = wclear(window)
            _ = wrefresh(window)
            before = Screen(width: screen.width, height: screen.height)
        }
        guard let before else { return }
        frameEncoder?.encode(screen, over: before, rows: rows, columns: columns, terminalHeight: height, terminalWidth: width)
        if let bytes = frameEncoder?.bytes { Self.writeAll(bytes) }
    }

    /// Writes bytes to the terminal whole, through interruptions by signals and short writes;
    /// gives up when the terminal is gone (a hang-up then ends the program) or takes nothing for
    /// a second.
    static func writeAll(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            guard var address = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let written = write(STDOUT_FILENO, address, left)
                if written > 0 {
                    address += written
                    left -= written
                } else if written < 0, errno == EINTR {
                    continue
                } else if written < 0, errno == EAGAIN {
                    // A terminal left non-blocking by another program: wait until it takes more.
                    var ready = pollfd(fd: STDOUT_FILENO, events: Int16(POLLOUT), revents: 0)
                    guard poll(&ready, 1, 1000) > 0 else { return }
                } else {
                    return
                }
            }
        }
    }

    /// Draws a frame through ncurses' own window, for a terminal whose sequences the session
    /// does not send itself (see `TerminalCodes.terminfo`): only the cells that differ from
    /// `previous`, or the whole frame, cleared first, when there is none.
    private func drawThroughNCurses(_ screen: Screen, over previous: Screen?, rows: Int, columns: Int) {
        let window = pw_stdscr()
        var scalars: [UInt32] = []
        scalars.reserveCapacity(8)
        var styles = StyleMemo()
        guard let previous else {
            _ = werase(window)
            for row in 0..<rows {
                for column in 0..<columns where !screen.isBlank(at: row * screen.width + column) {
                    put(screen, row: row, column: column, columns: columns, scalars: &scalars, styles: &styles)
                }
            }
            _ = wrefresh(window)
            return
        }
        for row in 0..<rows {
            for changed in Self.changedStretches(of: screen, from: previous, row: row, columns: columns) {
                for column in changed { put(screen, row: row, column: column, columns: columns, scalars: &scalars, styles: &styles) }
            }
        }
        _ = wrefresh(window)
    }

    /// The stretches of a row whose cells differ between two frames of one size, left to right,
    /// each widened so that no wide character of either frame is cut at its ends; none when the
    /// row is the same.
    ///
    /// Changes closer than `joiningGap` unchanged cells are sent as one stretch. A key press
    /// changes a few cells in each panel; sending each row from its first change to its last put
    /// every cell between the panels through ncurses again, and ncurses compared them all again.
    static func changedStretches(of screen: Screen, from previous: Screen, row: Int, columns: Int) -> [ClosedRange<Int>] {
        screen.changedStretches(from: previous, row: row, columns: columns, joiningGap: joiningGap)
    }

    /// Unchanged cells that still join two changes into one stretch: fewer calls for a cell or
    /// two of sameness.
    static let joiningGap = 4

    /// Puts one cell of the frame on the terminal (a continuation cell is left to its wide
    /// character).
    private func put(_ screen: Screen, row: Int, column: Int, columns: Int, scalars: inout [UInt32], styles: inout StyleMemo) {
        let index = row * screen.width + column
        guard !screen.isContinuation(at: index) else { return }
        let isWide = column + 1 < screen.width && screen.isContinuation(at: index + 1)
        scalars.removeAll(keepingCapacity: true)
        if isWide, column + 1 >= columns {
            scalars.append(0x20)
        } else {
            screen.appendScalars(at: index, to: &scalars)
            // Printable ASCII, most of a frame, is safe without asking.
            let isPlainASCII = scalars.count == 1 && scalars[0] >= 0x20 && scalars[0] < 0x7F
            if !isPlainASCII, scalars.contains(where: { Unicode.Scalar($0).map(InertText.isUnsafe) ?? true }) { scalars = [0xFFFD] }
        }
        let key = screen.styleKey(at: index)
        if key != styles.key {
            let style = screen.style(at: index)
            styles = StyleMemo(key: key, attributes: attributes(for: style), pair: pair(for: style))
        }
        _ = scalars.withUnsafeBufferPointer { buffer in
            pw_put_cluster(Int32(row), Int32(column), buffer.baseAddress, Int32(buffer.count), styles.attributes, styles.pair)
        }
    }

    /// The ncurses attributes and colour pair of the style last drawn: neighbouring cells mostly
    /// share a style, so each is worked out once per stretch of them, not once a cell.
    struct StyleMemo {
        var key: UInt64?
        var attributes: attr_t = 0
        var pair: Int32 = 0
    }

    /// The ncurses attributes for a style (the colour pair goes separately).
    func attributes(for style: CellStyle) -> attr_t {
        var attributes = pw_attr_normal()
        if style.bold { attributes |= pw_attr_bold() }
        if style.reverse { attributes |= pw_attr_reverse() }
        if style.underline { attributes |= pw_attr_underline() }
        if style.dim { attributes |= pw_attr_dim() }
        return attributes
    }

    /// The colour pair for a style: 0 (the terminal's colours) without a tint or without colour.
    ///
    /// Exact colours (pictures) get a pair of their foreground and background from ncurses'
    /// `alloc_pair`, with each colour reduced by `ColorSupport.number(for:)` — the same rule as
    /// `render --ansi` — so both show the same colours.
    func pair(for style: CellStyle) -> Int32 {
        if colors.drawsPictures, style.foreground != nil || style.background != nil {
            let (foreground, background) = TerminalCodes.colorNumbers(for: style, colors: colors)
            let pair = pw_alloc_pair(foreground ?? -1, background ?? -1)
            if pair > 0 { return pair }
        }
        guard colors != .none, let tint = style.tint else { return 0 }
        guard ColorPalette.foreground(for: tint, support: colors) != nil else { return 0 }
        return ColorPalette.pairNumber(for: tint)
    }
}
