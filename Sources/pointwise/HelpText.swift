/// The text of `pointwise --help` and `--version`.
enum HelpText {
    static let version = "pointwise 0.1.0"

    static let usage = """
    pointwise: see where every number of a 1×1 (pointwise) convolution comes from.

    Usage:
      pointwise [LESSON] [--ascii] [--fresh]
                                           step through a lesson in the terminal
      pointwise list                       list the bundled lessons
      pointwise check FILE...              check lesson files and report every problem
      pointwise print [LESSON] [--json] [--ascii] [--force]
                                           print the whole walkthrough as plain text,
                                           or the lesson and its output as JSON
      pointwise render [LESSON] [--size WxH] [--keys "l l n"] [--ansi] [--ascii]
                                           print the screen after some key presses,
                                           without a terminal (default size 80x24)
      pointwise export [LESSON] --numpy|--pytorch
                                           print a Python script that rebuilds the lesson
                                           and computes its output with NumPy or PyTorch

    LESSON is a lesson file or the name of a bundled lesson. Without one, Pointwise opens
    'intro' ('intro.zh-TW' when LANG starts with zh). Lesson files are Markdown with a YAML
    front matter; Lessons/README.md describes them.

    Keys in the explainer: → l space next term, ← h previous, n p next/previous pixel,
    g G first/last step, a autoplay, + - speed, r restart, c cost view, m matrix view,
    v picture view (every channel as a heatmap), P predict mode, e edit numbers,
    w save a copy, ? help, q Esc quit; Ctrl-D Ctrl-U (PgDn PgUp) page the lesson's
    text when it is longer than the screen has room for.
    The mouse: click a pixel, a kernel's label or a weight to go to its terms (in edit
    mode, to select the cell); the wheel steps forward and back.
    When a lesson is larger than the screen, the panels show windows that follow the
    cursor: [ ] page through input channels, { } through kernels, H L K J move the
    grids' window left, right, up and down (the next step brings the cursor back).
    When standard output is not a terminal, 'pointwise LESSON' prints the walkthrough.

    Options:
      --ascii      draw with ASCII only (no box drawing, no typographic symbols;
                   pictures use the ramp ' .:-=+*#%@')
      --fresh      start at the beginning, ignoring the progress Pointwise remembers
                   (kept in $XDG_STATE_HOME/pointwise, or ~/.local/state/pointwise)
      --json       with print: one JSON object (title, language, shape, output, …)
      --force      with print: print a lesson beyond the output budget (over 10,000,000
                   steps, or with --json over 268,435,456 multiplications)
      --numpy      with export: a script using numpy.einsum
      --pytorch    with export: a script using torch.nn.functional.conv2d
      --ansi       with render: add attributes and colours as escape codes (NO_COLOR
                   turns the colours off; pictures use 24-bit colour when COLORTERM
                   is truecolor or 24bit, the 256-colour palette otherwise)
      -h, --help   show this help
      --version    show the version

    Exit status: 0 success, 1 a lesson has errors or cannot be read (or the output could not
    be written), 2 wrong usage, 141 the reader of the output went away (a closed pipe).
    """
}
