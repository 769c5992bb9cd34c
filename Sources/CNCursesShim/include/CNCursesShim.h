/*
 * CNCursesShim: the parts of ncurses that Swift cannot import by itself.
 *
 * SwiftPM drops the -D_XOPEN_SOURCE=600 that `pkg-config ncursesw` asks for, so the wide
 * character API (cchar_t, setcchar, mvwadd_wch, wget_wch) is declared only because this header
 * asks for it before including curses.h. Macros that are expressions (A_BOLD, COLOR_PAIR,
 * getmaxyx, KEY_F) and the mutable globals Swift 6 rejects as not concurrency-safe (stdscr,
 * LINES, COLS, COLORS) are read through the small functions below.
 *
 * Signal handling lives in shim.c: handlers that only set a flag, read by the Swift run loop.
 */
#ifndef CNCURSESSHIM_H
#define CNCURSESSHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 600
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif

#include <stdint.h>
#include <wchar.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

/* MARK: - Globals Swift 6 rejects */

static inline WINDOW *pw_stdscr(void) { return stdscr; }
static inline int pw_lines(void) { return LINES; }
static inline int pw_columns(void) { return COLS; }
static inline int pw_color_count(void) { return COLORS; }
static inline int pw_color_pair_count(void) { return COLOR_PAIRS; }

/* MARK: - Macros Swift cannot import */

static inline attr_t pw_attr_normal(void) { return A_NORMAL; }
static inline attr_t pw_attr_bold(void) { return A_BOLD; }
static inline attr_t pw_attr_reverse(void) { return A_REVERSE; }
static inline attr_t pw_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t pw_attr_dim(void) { return A_DIM; }
static inline int pw_color_pair(int pair) { return (int)COLOR_PAIR(pair); }

/* Writes the window's size (rows, columns) through the getmaxyx macro. */
static inline void pw_window_size(WINDOW *window, int *rows, int *columns) {
    int y = 0, x = 0;
    if (window != NULL) { getmaxyx(window, y, x); }
    *rows = y;
    *columns = x;
}

/* Results of wget_wch and the key codes the terminal edge maps (all plain ints for Swift). */
static inline int pw_ok(void) { return OK; }
static inline int pw_err(void) { return ERR; }
static inline int pw_key_code_yes(void) { return KEY_CODE_YES; }
static inline int pw_key_left(void) { return KEY_LEFT; }
static inline int pw_key_right(void) { return KEY_RIGHT; }
static inline int pw_key_up(void) { return KEY_UP; }
static inline int pw_key_down(void) { return KEY_DOWN; }
static inline int pw_key_home(void) { return KEY_HOME; }
static inline int pw_key_end(void) { return KEY_END; }
static inline int pw_key_page_up(void) { return KEY_PPAGE; }
static inline int pw_key_page_down(void) { return KEY_NPAGE; }
static inline int pw_key_enter(void) { return KEY_ENTER; }
static inline int pw_key_backspace(void) { return KEY_BACKSPACE; }
static inline int pw_key_resize(void) { return KEY_RESIZE; }
static inline int pw_key_function(int number) { return KEY_F(number); }
/* Keypad keys some terminals send for Home/End. */
static inline int pw_key_find(void) { return KEY_FIND; }
static inline int pw_key_select(void) { return KEY_SELECT; }
static inline int pw_key_a1(void) { return KEY_A1; }
static inline int pw_key_c1(void) { return KEY_C1; }
static inline int pw_key_a3(void) { return KEY_A3; }
static inline int pw_key_c3(void) { return KEY_C3; }

/* MARK: - Mouse (shim.c) */

static inline int pw_key_mouse(void) { return KEY_MOUSE; }

/* What pw_mouse_read found: a click of the first button, the wheel, or something else. */
enum { PW_MOUSE_OTHER = 0, PW_MOUSE_CLICK = 1, PW_MOUSE_WHEEL_UP = 2, PW_MOUSE_WHEEL_DOWN = 3 };

/* Asks for reports of the first button (press or click) and the wheel (buttons 4 and 5), with
 * mouseinterval(0) so a press is reported at once instead of waiting to see if a click follows.
 * Returns 1 when the terminal reports the mouse, 0 when it cannot. endwin turns reporting off. */
int pw_mouse_enable(void);

/* Reads the mouse event behind a KEY_MOUSE with getmouse: its 0-based row and column and one of
 * the PW_MOUSE_ kinds. Returns 0, or -1 when there is no event. */
int pw_mouse_read(int *row, int *column, int *kind);

/* MARK: - Session (shim.c) */

/* Starts ncurses on the process's own stdin/stdout with newterm (which, unlike initscr, returns
 * instead of exiting when the terminal is unknown): as terminal `type` when it is not NULL and
 * its terminfo entry exists, else as $TERM. Returns 0 on success, -1 on failure. */
int pw_session_start(const char *type);
/* Ends the session started by pw_session_start: endwin, then frees the screen. Idempotent. */
void pw_session_end(void);
/* 1 while a session is started and not ended. */
int pw_session_is_active(void);

/* Reads one input character with wget_wch on stdscr; *value receives the character or key code.
 * Returns OK, KEY_CODE_YES or ERR. errno is preserved for the caller (EINTR after a signal). */
int pw_read_key(int timeout_milliseconds, uint32_t *value);

/* Puts one grapheme cluster (a spacing character and up to CCHARW_MAX-1 combining marks) at a
 * position, with attributes and a colour pair. Returns ncurses' result (ERR at the bottom-right
 * corner is expected and harmless). */
int pw_put_cluster(int row, int column, const uint32_t *scalars, int count, attr_t attributes, int pair);

/* The colour pair for a foreground and background colour (-1: the terminal's own), allocated on
 * first use with ncurses' alloc_pair, which reuses the least recently used pair once all are
 * taken; -1 when the pair cannot be had (ncurses without extended colours). In a direct-colour
 * terminal (COLORS = 2^24) a colour number is 0xRRGGBB, else a palette index. */
int pw_alloc_pair(int foreground, int background);

/* MARK: - Terminfo, for sending a frame as one run of bytes (shim.c) */

/* A string capability of the session's terminal (tigetstr), or NULL when it has none. */
const char *pw_terminal_string(const char *name);
/* 1 when the session's terminal has a boolean capability (tigetflag), else 0. */
int pw_terminal_flag(const char *name);
/* A numeric capability of the session's terminal (tigetnum), or -1 when it has none. */
int pw_terminal_number(const char *name);
/* Expands a capability with `count` (0, 1 or 2) parameters (tiparm), padding included (tputs),
 * into `out`; returns the bytes written, or -1 when it does not expand or does not fit. */
int pw_expand(const char *capability, int count, int first, int second, char *out, int capacity);
/* The columns the locale gives a character (wcwidth), -1 for one it cannot show. */
static inline int pw_wcwidth(uint32_t character) { return wcwidth((wchar_t)character); }
/* 1 when the C library's character type is UTF-8 (what a frame's cells are written in). */
int pw_locale_is_utf8(void);

/* MARK: - Signals (shim.c) */

/* Installs handlers that only record the signal (no SA_RESTART, so a blocking read returns with
 * EINTR) for every signal whose default action ends the process without a core dump: SIGINT,
 * SIGTERM, SIGHUP, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGPIPE,
 * SIGIO, SIGPWR, SIGSTKFLT; and SIGCONT, recorded apart (pw_take_continued). A signal ignored on
 * entry stays ignored. Previous handlers are kept for pw_signals_restore. */
void pw_signals_install(void);
/* 1 once if SIGCONT arrived since the last call (the process was stopped and continued). */
int pw_take_continued(void);
/* Puts the program's terminal modes back (a shell may have restored its own while the process
 * was stopped) and repaints the whole screen on the next refresh. */
void pw_reenter_program_mode(void);
/* Puts back the handlers that were in place before pw_signals_install. */
void pw_signals_restore(void);
/* The signal received since the last call (0 if none), clearing it. */
int pw_signals_take_pending(void);
/* The signal received, if any, without clearing it. */
int pw_signals_peek_pending(void);

/* Suspends the process as Ctrl-Z would in cooked mode: ends curses mode, stops with SIGTSTP, and on
 * SIGCONT puts the program's terminal modes back and repaints. Returns 0 if suspended, -1 if job
 * control is unavailable (SIGTSTP ignored). */
int pw_suspend(void);

/* MARK: - Crash guard (shim.c) */

/* Remembers the terminal modes before the session starts, so a crash can restore them. */
void pw_crash_guard_save_modes(void);
/* Installs handlers for SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE and SIGABRT (a Swift trap) that
 * restore the saved terminal modes, leave the alternate screen, show the cursor, and then let
 * the previous handler (or the default action) take over. */
void pw_crash_guard_install(void);
/* Removes the crash handlers, putting back the previous ones. */
void pw_crash_guard_remove(void);

#endif /* CNCURSESSHIM_H */
