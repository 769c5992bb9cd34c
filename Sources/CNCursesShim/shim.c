/*
 * The C side of the terminal edge: the ncurses session on stdin/stdout, wide-character output,
 * and signal handling that is safe to do only in C (handlers that set a flag, and a crash guard
 * that gives the terminal back before a trap ends the process).
 */
#include "CNCursesShim.h"
#include "CMappedFile.h"

#include <errno.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

/* tputs, for the crash guard's restore sequence (after everything else: term.h defines macros
 * named after capabilities, such as `lines` and `columns`). */
#if __has_include(<ncursesw/term.h>)
#include <ncursesw/term.h>
#else
#include <term.h>
#endif

/* MARK: - Session */

static SCREEN *pw_screen = NULL;

int pw_session_start(const char *type) {
    if (pw_screen != NULL) { return -1; }
    SCREEN *screen = NULL;
    if (type != NULL) { screen = newterm(type, stdout, stdin); }
    if (screen == NULL) { screen = newterm(NULL, stdout, stdin); }
    if (screen == NULL) { return -1; }
    set_term(screen);
    /* ncurses 6.4 writes out its buffer at every cursor movement until the program has once
     * left curses mode and come back (newterm leaves the screen in its "initial" state, and only
     * a refresh after endwin moves it to "running"): a key press's frame went to the terminal in
     * some 40 writes instead of one. Leaving and coming back once, before anything is drawn,
     * puts the screen in its running state, so each frame is sent in one write. */
    endwin();
    refresh();
    /* No check for typed-ahead keys in the middle of a refresh: ncurses 6.4 only polls the
     * keyboard there (a system call every few lines) to send its buffer early, and a frame is
     * drawn in well under a millisecond. */
    typeahead(-1);
    pw_screen = screen;
    return 0;
}

void pw_session_end(void) {
    if (pw_screen == NULL) { return; }
    /* Without an alternate screen (no smcup, e.g. vt100) the last frame stays on the terminal and
     * endwin leaves the cursor on its bottom line, the status line: the shell's prompt would be
     * written over it. A line break after endwin gives the prompt a fresh line of its own. */
    char *alternate = tigetstr("smcup");
    int has_alternate_screen = alternate != NULL && alternate != (char *)-1 && alternate[0] != '\0';
    int was_active = !isendwin();
    if (was_active) { endwin(); }
    if (was_active && !has_alternate_screen) { fputs("\r\n", stdout); }
    fflush(stdout);
    delscreen(pw_screen);
    pw_screen = NULL;
}

int pw_session_is_active(void) { return pw_screen != NULL; }

/* MARK: - Terminfo */

const char *pw_terminal_string(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1 || value[0] == '\0') { return NULL; }
    return value;
}

int pw_terminal_flag(const char *name) { return tigetflag(name) > 0; }

int pw_terminal_number(const char *name) {
    int value = tigetnum(name);
    return value >= 0 ? value : -1;
}

/* Where pw_expand's tputs puts its bytes (one expansion at a time: the session has one thread). */
static char *pw_expanded = NULL;
static int pw_expanded_length = 0;
static int pw_expanded_capacity = 0;

static int pw_collect(int byte) {
    if (pw_expanded_length < pw_expanded_capacity) { pw_expanded[pw_expanded_length] = (char)byte; }
    pw_expanded_length += 1;
    return byte;
}

int pw_expand(const char *capability, int count, int first, int second, char *out, int capacity) {
    if (capability == NULL || out == NULL || capacity <= 0) { return -1; }
    const char *text = capability;
    if (count == 1) { text = tiparm(capability, first); }
    if (count == 2) { text = tiparm(capability, first, second); }
    if (text == NULL) { return -1; }
    pw_expanded = out;
    pw_expanded_length = 0;
    pw_expanded_capacity = capacity;
    int result = tputs(text, 1, pw_collect);
    pw_expanded = NULL;
    if (result == ERR || pw_expanded_length > capacity) { return -1; }
    return pw_expanded_length;
}

int pw_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

/* MARK: - Mouse */

/* 1 once reporting is on, so the crash guard also asks the terminal to stop reporting. */
static int pw_mouse_on = 0;

int pw_mouse_enable(void) {
    mmask_t wanted = BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
    mmask_t previous = 0;
    mmask_t granted = mousemask(wanted, &previous);
    mouseinterval(0);
    pw_mouse_on = granted != 0;
    return pw_mouse_on;
}

int pw_mouse_read(int *row, int *column, int *kind) {
    MEVENT event;
    memset(&event, 0, sizeof event);
    if (getmouse(&event) != OK) { return -1; }
    *row = event.y;
    *column = event.x;
    if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) {
        *kind = PW_MOUSE_CLICK;
    } else if (event.bstate & BUTTON4_PRESSED) {
        *kind = PW_MOUSE_WHEEL_UP;
    } else if (event.bstate & BUTTON5_PRESSED) {
        *kind = PW_MOUSE_WHEEL_DOWN;
    } else {
        *kind = PW_MOUSE_OTHER;
    }
    return 0;
}

int pw_read_key(int timeout_milliseconds, uint32_t *value) {
    wint_t character = 0;
    wtimeout(stdscr, timeout_milliseconds);
    errno = 0;
    int result = wget_wch(stdscr, &character);
    int saved = errno;
    *value = (uint32_t)character;
    errno = saved;
    return result;
}

int pw_put_cluster(int row, int column, const uint32_t *scalars, int count, attr_t attributes, int pair) {
    wchar_t text[CCHARW_MAX + 1];
    int length = 0;
    for (int index = 0; index < count && length < CCHARW_MAX; index++) {
        if (scalars[index] == 0) { break; }
        text[length++] = (wchar_t)scalars[index];
    }
    if (length == 0) { return ERR; }
    text[length] = 0;
    /* A character the locale cannot show would be drawn as an escape of several columns and
     * push the rest of the row out of place: show one '?' instead. */
    /* (Printable ASCII, most of a frame, can always be shown.) */
    int printable_ascii = text[0] >= 0x20 && text[0] < 0x7F;
    if (!printable_ascii && wcwidth(text[0]) < 0) {
        text[0] = L'?';
        text[1] = 0;
    }
    cchar_t cell;
#if defined(NCURSES_EXT_COLORS) && NCURSES_EXT_COLORS
    /* Pairs past 32767 (pictures allocate many) go through the extended-pair argument. */
    int extended = pair;
    int made = setcchar(&cell, text, attributes, (short)(pair <= 0x7fff ? pair : 0), &extended);
#else
    int made = setcchar(&cell, text, attributes, (short)pair, NULL);
#endif
    if (made != OK) {
        const wchar_t fallback[2] = {L'?', 0};
        if (setcchar(&cell, fallback, attributes, (short)pair, NULL) != OK) { return ERR; }
    }
    return mvwadd_wch(stdscr, row, column, &cell);
}

int pw_alloc_pair(int foreground, int background) {
#if defined(NCURSES_EXT_COLORS) && NCURSES_EXT_COLORS
    return alloc_pair(foreground, background);
#else
    (void)foreground;
    (void)background;
    return -1;
#endif
}

/* MARK: - Signals */

static volatile sig_atomic_t pw_pending_signal = 0;
static volatile sig_atomic_t pw_continued = 0;
/* Every signal whose default action ends the process without a core dump: each is turned into a
 * flag, so the run loop gives the terminal back and exits 128 + its number, as for SIGTERM.
 * (SIGCONT is handled too, but only to repaint; the core-dumping ones are the crash guard's.) */
static const int pw_handled_signals[] = {
    SIGINT, SIGTERM, SIGHUP, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ,
    SIGPIPE, SIGIO, SIGPWR, SIGSTKFLT, SIGCONT,
};
#define PW_HANDLED_COUNT ((int)(sizeof pw_handled_signals / sizeof pw_handled_signals[0]))
static struct sigaction pw_previous_actions[PW_HANDLED_COUNT];
static int pw_signals_installed = 0;

static void pw_record_signal(int signal_number) {
    /* Continued after a stop from outside (kill -STOP, not Ctrl-Z): the shell may have put the
     * terminal back in cooked mode meanwhile, so the run loop re-enters program mode and repaints. */
    if (signal_number == SIGCONT) {
        pw_continued = 1;
        return;
    }
    /* The first signal wins: it decides the exit status. */
    if (pw_pending_signal == 0) { pw_pending_signal = signal_number; }
}

int pw_take_continued(void) {
    int continued = pw_continued;
    pw_continued = 0;
    return continued;
}

void pw_reenter_program_mode(void) {
    reset_prog_mode();
    clearok(curscr, TRUE);
    wrefresh(stdscr);
}

void pw_signals_install(void) {
    if (pw_signals_installed) { return; }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = pw_record_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: a blocking read returns with EINTR */
    pw_pending_signal = 0;
    for (int index = 0; index < PW_HANDLED_COUNT; index++) {
        struct sigaction previous;
        if (sigaction(pw_handled_signals[index], NULL, &previous) != 0) { continue; }
        pw_previous_actions[index] = previous;
        /* A signal ignored on entry (nohup, a background job) stays ignored, by convention. */
        if (previous.sa_handler == SIG_IGN) { continue; }
        sigaction(pw_handled_signals[index], &action, NULL);
    }
    pw_signals_installed = 1;
}

void pw_signals_restore(void) {
    if (!pw_signals_installed) { return; }
    for (int index = 0; index < PW_HANDLED_COUNT; index++) {
        sigaction(pw_handled_signals[index], &pw_previous_actions[index], NULL);
    }
    pw_signals_installed = 0;
}

int pw_signals_take_pending(void) {
    int signal_number = pw_pending_signal;
    pw_pending_signal = 0;
    return signal_number;
}

int pw_signals_peek_pending(void) { return pw_pending_signal; }

/* MARK: - Suspend (Ctrl-Z in raw mode) */

int pw_suspend(void) {
    struct sigaction current;
    if (sigaction(SIGTSTP, NULL, &current) != 0 || current.sa_handler == SIG_IGN) { return -1; }
    /* Stop with the default action, whatever handler ncurses may have installed, so that the
     * terminal is handed back exactly once, here. */
    struct sigaction stop;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, NULL);
    def_prog_mode();
    endwin();
    fflush(stdout);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
    raise(SIGTSTP); /* returns after SIGCONT (or at once in an orphaned process group) */
    sigaction(SIGTSTP, &current, NULL);
    /* The first refresh after endwin restores the program's modes and repaints everything. */
    wrefresh(stdscr);
    return 0;
}

/* MARK: - Crash guard */

static struct termios pw_saved_modes;
static volatile sig_atomic_t pw_have_saved_modes = 0;
static char pw_restore_sequence[512];
static size_t pw_restore_length = 0;
/* The signals whose default action dumps core: a fault in the program, or the same signals sent
 * from outside (kill -SEGV, kill -QUIT, Ctrl-\ is a key in raw mode). */
static const int pw_crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, SIGQUIT, SIGSYS};
#define PW_CRASH_COUNT ((int)(sizeof pw_crash_signals / sizeof pw_crash_signals[0]))
static struct sigaction pw_crash_previous[PW_CRASH_COUNT];
static int pw_crash_installed = 0;

void pw_crash_guard_save_modes(void) {
    pw_have_saved_modes = (tcgetattr(STDIN_FILENO, &pw_saved_modes) == 0);
}

static int pw_append_byte(int byte) {
    if (pw_restore_length < sizeof pw_restore_sequence) {
        pw_restore_sequence[pw_restore_length++] = (char)byte;
    }
    return byte;
}

static void pw_append_capability(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) { return; }
    tputs(value, 1, pw_append_byte);
}

static void pw_crash_handler(int signal_number, siginfo_t *info, void *context) {
    (void)context;
    int saved_errno = errno;
    /* A lesson file shortened while it is mapped is not a crash: its lost pages read as zeros. */
    if (signal_number == SIGBUS && info != NULL && info->si_code > 0 && pw_mapping_mend_fault(info->si_addr)) {
        errno = saved_errno;
        return;
    }
    if (pw_have_saved_modes) { tcsetattr(STDIN_FILENO, TCSANOW, &pw_saved_modes); }
    if (pw_restore_length > 0) {
        ssize_t ignored = write(STDOUT_FILENO, pw_restore_sequence, pw_restore_length);
        (void)ignored;
    }
    /* A fault (si_code > 0 for SEGV/BUS/ILL/FPE) happens again when this handler returns and
     * then reaches the previous handler (the Swift runtime's backtracer, if any). A signal sent
     * from outside, or raised (abort), ends the process by its default action, with no handler
     * in between that could keep it running in a garbled terminal. */
    int is_fault = info != NULL && info->si_code > 0 && signal_number != SIGTRAP && signal_number != SIGABRT
        && signal_number != SIGQUIT && signal_number != SIGSYS;
    for (int index = 0; index < PW_CRASH_COUNT; index++) {
        if (pw_crash_signals[index] == signal_number) {
            if (is_fault) {
                sigaction(signal_number, &pw_crash_previous[index], NULL);
            } else {
                struct sigaction fallback;
                memset(&fallback, 0, sizeof fallback);
                fallback.sa_handler = SIG_DFL;
                sigemptyset(&fallback.sa_mask);
                sigaction(signal_number, &fallback, NULL);
            }
        }
    }
    if (!is_fault) {
        sigset_t unblock;
        sigemptyset(&unblock);
        sigaddset(&unblock, signal_number);
        raise(signal_number);
        sigprocmask(SIG_UNBLOCK, &unblock, NULL);
    }
    errno = saved_errno;
}

void pw_crash_guard_install(void) {
    if (pw_crash_installed) { return; }
    /* The mapped files' guard goes in first, under this one, which asks it first (see CMappedFile.h). */
    pw_mapping_guard_install();
    pw_restore_length = 0;
    pw_append_capability("sgr0");
    pw_append_capability("rmkx");
    pw_append_capability("rmcup");
    pw_append_capability("cnorm");
    if (pw_mouse_on) {
        /* Stop mouse reports (normal tracking and SGR coordinates), as endwin would. */
        static const char mouse_off[] = "\033[?1006l\033[?1000l";
        for (const char *byte = mouse_off; *byte != 0; byte++) { pw_append_byte(*byte); }
    }
    pw_append_byte('\r');
    pw_append_byte('\n');
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = pw_crash_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    for (int index = 0; index < PW_CRASH_COUNT; index++) {
        sigaction(pw_crash_signals[index], &action, &pw_crash_previous[index]);
    }
    pw_crash_installed = 1;
}

void pw_crash_guard_remove(void) {
    if (!pw_crash_installed) { return; }
    for (int index = 0; index < PW_CRASH_COUNT; index++) {
        sigaction(pw_crash_signals[index], &pw_crash_previous[index], NULL);
    }
    pw_crash_installed = 0;
}
