extension Catalogue {
    /// Pointwise's words in English.
    static let english: [TextKey: Message] = [
        .helpUsage: .text(
            """
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
            'intro' ('intro.zh-TW' when the locale is Chinese: LC_ALL, LC_MESSAGES or LANG starting
            with zh). Lesson files are Markdown with a YAML front matter; Lessons/README.md
            describes them (Lessons/README.zh-TW.md in Chinese).

            Keys in the explainer: {keys}.
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
              --numpy      with export: a script using numpy.einsum
              --pytorch    with export: a script using torch.nn.functional.conv2d
              --force      with print: print a lesson beyond the output budget (over 10,000,000
                           steps, or with --json over 268,435,456 multiplications)
              --ansi       with render: add attributes and colours as escape codes (NO_COLOR
                           turns the colours off; pictures use 24-bit colour when COLORTERM
                           is truecolor or 24bit, the 256-colour palette otherwise)
              -h, --help   show this help
              --version    show the version

            Messages are in Traditional Chinese when the locale is Chinese, else in English.
            Exit status: 0 success, 1 a lesson has errors or cannot be read (or the output could not
            be written), 2 wrong usage, 141 the reader of the output went away (a closed pipe).
            """),
        .helpRun: .text("Run 'pointwise --help' for usage."),
        .listName: .text("NAME"),
        .listLanguage: .text("LANGUAGE"),
        .listTitle: .text("TITLE"),
        .listInvalid: .text("(invalid: run pointwise check)"),
        .checkOK: .text("{path}: ok"),
        .checkOKWithWarnings: .plural(count: "count", one: "{path}: ok ({count} warning)", other: "{path}: ok ({count} warnings)"),
        .checkFolderUnreadable: .text("{path}: error: cannot read this folder"),
        .checkDecimalCommaHint: .text(
            "'{comma}' is read as two numbers; if it is one, write it with a point ({point}): a comma separates the items of a list"),
        .checkFullWidthHint: .text("'{character}' is a full-width character, as a Chinese input method types it; write '{ascii}' instead"),
        .checkFolderEmpty: .text("{path}: error: no lesson files (*.md, README*.md left out) in this folder"),
        .lessonNotValid: .text("'{path}' is not a valid lesson; see the errors above"),
        .lessonNotFound: .text("no lesson file or bundled lesson named '{name}'; 'pointwise list' shows the bundled lessons"),
        .lessonDefaultTitle: .plural(
            count: "in_channels", one: "1×1 convolution: {in_channels} channel → {out_channels}",
            other: "1×1 convolution: {in_channels} channels → {out_channels}"),
        .printSummary: .text("input {input} {arrow} output {output}, {step_count}, {multiplication_count}, {parameter_count}"),
        // The summary's counted parts, each agreeing with its own number ("1 step", "2 steps").
        .printStepCount: .plural(count: "count", one: "{count} step", other: "{count} steps"),
        .printMultiplicationCount: .plural(count: "count", one: "{count} multiplication", other: "{count} multiplications"),
        .printParameterCount: .plural(count: "count", one: "{count} parameter", other: "{count} parameters"),
        .printStep: .text("[step {step} of {steps}]"),
        .printRunningSum: .text(", running sum {sum}"),
        .printOutput: .text("output:"),
        .printInput: .text("input, one table per channel:"),
        .printWeights: .text("weights, one row per kernel (row 1 makes out1) and one column per input channel (column 1 multiplies x1):"),
        .printKernel: .text("kernel"),
        .printBias: .text("bias"),
        .printActivation: .text("then ReLU: a negative result becomes 0."),
        .printQuestions: .text("questions (work them out before reading the steps; the answers are at the end):"),
        .printHint: .text("hint: {hint}"),
        .printAnswers: .text("answers:"),
        .printPrompt: .text("What is {name}?"),
        .reloadTitle: .text("lesson not reloaded"),
        .reloadInvalid: .text("{path} has errors: the last good version stays on screen until the file is fixed and saved."),
        .reloadMissing: .text("{path} is gone: the last version read stays on screen; it reloads when the file is back."),
        .reloadUnreadable: .text("cannot read {path}: the last version read stays on screen."),
        .reloadMoreLines: .plural(count: "count", one: "{count} more line", other: "{count} more lines"),
        .resumePrompt: .text("Resume at step {step} of {steps}? y/n "),
        .resumeScore: .text("  (predictions so far: {right} of {asked} right)"),
    ]
}
