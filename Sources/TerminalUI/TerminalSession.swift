import CNCursesShim
import Glibc
import ScreenCore

/// The ncurses session: the one place the terminal is taken over and given back.
///
/// Starting a session puts the terminal in raw mode (Ctrl-C arrives as a key and is reported as
/// `.signal(SIGINT)`; Ctrl-Z suspends as the shell would), hides the cursor, makes Esc quick,
/// turns colour on when the terminal has it and `NO_COLOR` is unset or empty, and installs the
/// SIGINT/SIGTERM/SIGHUP flag handlers and the crash guard. `end()` undoes all of it; it is
/// idempotent and also runs on `deinit`. Nothing is printed while the session is up.
///
/// One session at a time per process; use it from one thread.
public final class TerminalSession {
    /// The colours the terminal shows in this session.
    public private(set) var colors: ColorSupport = .none
    /// True from a successful start until `end()`.
    public private(set) var isActive = false
    private var previousCursorVisibility: Int32 = -1
    /// What sends frames as bytes in the terminal's own sequences; nil where ncurses draws them
    /// (see `TerminalCodes.terminfo`, and `drawsThroughNCurses`).
    var frameEncoder: FrameEncoder?

    /// How long one blocking read lasts at most, so a signal that slips in just before a read
    /// is still noticed promptly (the read itself is interrupted by a signal, see shim.c).
    static let signalPollMilliseconds = 250

    /// Starts the session on standard input and output.
    ///
    /// - Parameter allowColors: false to stay monochrome whatever the terminal offers
    ///   (a `--no-color` option); `NO_COLOR` is honoured either way.
    /// - Throws: `TerminalError.notATerminal` when standard input or output is not a terminal,
    ///   `.cannotStart` when ncurses does not know the terminal, `.alreadyRunning` for a second
    ///   session. Nothing has been written to the terminal when it throws.
    public init(allowColors: Bool = true) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        guard pw_session_is_active() == 0 else { throw .alreadyRunning }
        // Without this ncurses assumes Latin-1 and wide characters break.
        Self.chooseLocale()
        pw_crash_guard_save_modes()
        // Before newterm, so that ncurses leaves SIGINT and SIGTERM to us.
        pw_signals_install()
        let type = Self.directColorType(allowColors: allowColors)
        let started = type.map { name in name.withCString { pw_session_start($0) } } ?? pw_session_start(nil)
        guard started == 0 else {
            pw_signals_restore()
            throw .cannotStart(term: Self.environment("TERM"))
        }
        let window = pw_stdscr()
        _ = raw()
        _ = noecho()
        _ = nonl()
        _ = keypad(window, true)
        _ = intrflush(window, false)
        _ = set_escdelay(25)
        // No inserting or deleting characters to shift a line's text: a frame's numbers change
        // in place, and weighing those moves for every changed line was ncurses' own cost.
        idcok(window, false)
        previousCursorVisibility = curs_set(0)
        colors = Self.startColors(allowed: allowColors)
        if !Self.drawsThroughNCurses { frameEncoder = TerminalCodes.terminfo(colors: colors).map(FrameEncoder.init) }
        // Clicks and the wheel; endwin (in `end()`) turns the reports off again.
        _ = pw_mouse_enable()
        pw_crash_guard_install()
        isActive = true
    }

    deinit { end() }

    /// Gives the terminal back: cursor shown again, curses mode left, modes restored, the
    /// previous signal handlers back in place. Safe to call more than once.
    public func end() {
        guard isActive else { return }
        isActive = false
        pw_crash_guard_remove()
        if previousCursorVisibility >= 0 { _ = curs_set(previousCursorVisibility) }
        pw_session_end()
        pw_signals_restore()
    }

    /// The terminal's width in columns (0 once the session has ended).
    public var width: Int { isActive ? Int(max(0, pw_columns())) : 0 }

    /// The terminal's height in rows (0 once the session has ended).
    public var height: Int { isActive ? Int(max(0, pw_lines())) : 0 }

    /// The signal received since it was last asked, if any.
    func takePendingSignal() -> Int32? {
        let number = pw_signals_take_pending()
        return number == 0 ? nil : number
    }

    /// Turns colour on when allowed and available; returns what the terminal can show.
    private static func startColors(allowed: Bool) -> ColorSupport {
        guard allowed, !ColorSupport.isDisabled(byNoColorValue: environment("NO_COLOR")) else { return .none }
        guard has_colors(), start_color() == pw_ok() else { return .none }
        // Keeps the terminal's own background (and foreground for colour -1).
        guard use_default_colors() == pw_ok() else { return .none }
        let support = ColorSupport.forTerminal(colorCount: Int(pw_color_count()))
        guard support != .none else { return .none }
        for tint in Tint.allCases {
            let pair = ColorPalette.pairNumber(for: tint)
            guard pair < pw_color_pair_count() else { return .none }
            let foreground = ColorPalette.foreground(for: tint, support: support) ?? -1
            _ = init_extended_pair(pair, foreground, -1)
        }
        return support
    }

    /// The direct-colour sibling of `$TERM` (`xterm-256color` → `xterm-direct`) when
    /// `COLORTERM` says the terminal shows 24-bit colour and that terminfo entry is installed, so
    /// pictures get their exact colours through ncurses itself; nil to start as `$TERM`.
    ///
    /// ncurses can only draw the colours its terminal description declares, and writing 24-bit
    /// escape codes behind its back would leave its picture of the screen wrong. The sibling
    /// entries (ncurses-term: xterm-direct, tmux-direct, vte-direct, konsole-direct, …) describe
    /// the same terminals with direct colour, in which a colour number is `0xRRGGBB`.
    static func directColorType(allowColors: Bool) -> String? {
        guard allowColors, !ColorSupport.isDisabled(byNoColorValue: environment("NO_COLOR")),
            ColorSupport.announcesTrueColor(environment("COLORTERM")),
            let term = environment("TERM"), !term.isEmpty, !term.hasSuffix("-direct"),
            let stem = term.split(separator: "-").first, !stem.isEmpty
        else { return nil }
        let candidate = stem + "-direct"
        return TerminfoEntries.exists(String(candidate)) ? String(candidate) : nil
    }

    /// True when `POINTWISE_DRAW=ncurses` asks for every frame to go through ncurses' window, as
    /// before frames were sent as bytes: to compare the two ways side by side, and to test the one
    /// a terminal without cursor addressing or UTF-8 gets.
    static var drawsThroughNCurses: Bool { environment("POINTWISE_DRAW") == "ncurses" }

    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}

extension TerminalSession {
    /// Sets the C library's locale from the environment, so ncurses draws UTF-8.
    ///
    /// `setlocale(LC_ALL, "")` fails as a whole when any variable names a locale that is not
    /// installed (say `LANG=zh_TW.UTF-8` on a machine without it), which would leave ncurses in
    /// Latin-1 and garble every wide character. Then the character type alone is taken from the
    /// environment, or failing that `C.UTF-8`, which glibc always has.
    static func chooseLocale() {
        if setlocale(LC_ALL, "") != nil { return }
        if setlocale(LC_CTYPE, "") != nil { return }
        _ = setlocale(LC_CTYPE, "C.UTF-8")
    }
}
