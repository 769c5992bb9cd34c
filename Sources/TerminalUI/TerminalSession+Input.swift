import CNCursesShim
import Glibc
import ScreenCore

extension TerminalSession {
    /// Waits for the next event: a key, a resize, a pending signal, or `.tick` once
    /// `timeoutMilliseconds` have passed without input (nil waits for input indefinitely).
    ///
    /// A pending terminating signal (SIGINT, SIGTERM, SIGHUP, SIGUSR1, …) is reported before any
    /// input; after SIGCONT the terminal's modes are set again and `.resize` asks for a redraw. Esc-prefixed sequences
    /// that ncurses does not decode are read whole: common ones (Home as `ESC [ 1 ~`, arrows with
    /// modifiers) become their key, the rest (and Alt+key) are dropped, so they never look like
    /// Esc followed by letters. Ctrl-Z suspends the program and, once it continues, reports
    /// `.resize` with the current size so the caller redraws. After `end()` this returns `.signal`
    /// for a pending signal or `.tick` at once.
    public func nextEvent(timeoutMilliseconds: Int?) -> TerminalEvent {
        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds.map { clock.now + .milliseconds(max(0, $0)) }
        while true {
            if let signal = takePendingSignal() { return .signal(signal) }
            guard isActive else { return .tick }
            if pw_take_continued() != 0 {
                // Stopped and continued from outside: modes back, then a full redraw.
                pw_reenter_program_mode()
                return .resize(width: width, height: height)
            }
            var wait = Self.signalPollMilliseconds
            if let deadline { wait = min(wait, clock.now.duration(to: deadline).millisecondsRoundedUp) }
            var value: UInt32 = 0
            let result = pw_read_key(Int32(wait), &value)
            if result == pw_err() {
                // A timeout, or a read interrupted by a signal (checked at the top of the loop).
                if let deadline, clock.now >= deadline, pw_signals_peek_pending() == 0 { return .tick }
                continue
            }
            let decoded =
                result == pw_key_code_yes()
                ? KeyDecoding.decode(keyCode: value) : KeyDecoding.decode(character: value)
            switch decoded {
            case .key(let key):
                return .key(key)
            case .interrupt:
                return .signal(SIGINT)
            case .resize:
                return .resize(width: width, height: height)
            case .mouse:
                if let mouse = readMouse() { return .mouse(mouse) }
            case .suspend:
                if pw_suspend() == 0 { return .resize(width: width, height: height) }
            case .escape:
                switch readAfterEscape() {
                case .alone: return .key(.escape)
                case .sequence(let key): return .key(key)
                case .dropped: continue
                }
            case .ignored:
                continue
            }
        }
    }

    /// The click or wheel turn behind a `KEY_MOUSE`, or nil for other mouse reports (releases).
    private func readMouse() -> MouseEvent? {
        var row: Int32 = 0
        var column: Int32 = 0
        var kind: Int32 = 0
        guard pw_mouse_read(&row, &column, &kind) == 0 else { return nil }
        let kinds: [Int32: MouseEvent.Kind] = [
            Int32(PW_MOUSE_CLICK): .click, Int32(PW_MOUSE_WHEEL_UP): .wheelUp, Int32(PW_MOUSE_WHEEL_DOWN): .wheelDown,
        ]
        guard let mouseKind = kinds[kind] else { return nil }
        return MouseEvent(kind: mouseKind, row: Int(row), column: Int(column), screenWidth: width, screenHeight: height)
    }

    /// What followed an Esc.
    private enum AfterEscape {
        /// Nothing was waiting: the Esc key itself.
        case alone
        /// A sequence ncurses did not decode but that names a known key.
        case sequence(Key)
        /// An unknown sequence or an Alt+key, read whole and dropped.
        case dropped
    }

    /// Reads what is already waiting after an Esc: the rest of a sequence ncurses did not
    /// decode (`ESC [ … final`, `ESC O x`), or an Alt+key.
    private func readAfterEscape() -> AfterEscape {
        var value: UInt32 = 0
        let result = pw_read_key(0, &value)
        if result == pw_err() { return .alone }
        guard result == pw_ok() else { return .dropped }  // Esc before a decoded key: Alt+arrow
        var bytes = [value]
        switch value {
        case 0x5B:  // "[": a control sequence, ended by a byte in 0x40…0x7E
            for _ in 0..<32 {
                guard pw_read_key(0, &value) == pw_ok() else { break }
                bytes.append(value)
                if KeyDecoding.isFinalByteOfControlSequence(value) { break }
            }
        case 0x4F:  // "O": one more byte
            if pw_read_key(0, &value) == pw_ok() { bytes.append(value) }
        default:
            return .dropped
        }
        return KeyDecoding.decode(escapeSequence: bytes).map(AfterEscape.sequence) ?? .dropped
    }
}
