extension Catalogue {
    /// The words of the files and the system in English: why a file could not be read or
    /// written, what kind of file it is, the system's reasons, and the edge's refusals (`print`'s
    /// budget, a save that cannot be made, saved progress that is not used).
    ///
    /// The system's reasons are glibc's own words for the errors a learner or a teacher meets, so
    /// the English messages read as they did when they came from `strerror`.
    static let systemEnglish: [TextKey: Message] = [
        .fileCannotRead: .text("cannot read '{path}': {reason}"),
        .fileNotRegular: .text("cannot read '{path}': it is {kind}, not a regular file"),
        .fileTooLarge: .text("cannot read '{path}': it is {size} bytes; at most {limit} bytes are read"),
        .fileKindDirectory: .text("a directory"),
        .fileKindFIFO: .text("a FIFO (named pipe)"),
        .fileKindCharacterDevice: .text("a character device"),
        .fileKindBlockDevice: .text("a block device"),
        .fileKindSocket: .text("a socket"),
        .fileKindLink: .text("a symbolic link"),
        .fileKindRegular: .text("a regular file"),
        .fileKindSpecial: .text("a special file"),
        .writeNotRegular: .text("it is {kind}, not a regular file; only a regular file is replaced"),
        .writeNoTemporary: .text("cannot create a temporary file beside it"),
        .writeCannotCreateFolder: .text("cannot create '{path}': {reason}"),
        .writeLessonOnScreen: .text("it is the lesson on screen, which Pointwise never writes to; choose another name"),
        .outputCannotWrite: .text("cannot write the output: {reason}"),
        .systemNoSuchFile: .text("No such file or directory"),
        .systemPermissionDenied: .text("Permission denied"),
        .systemNotPermitted: .text("Operation not permitted"),
        .systemIsDirectory: .text("Is a directory"),
        .systemNotDirectory: .text("Not a directory"),
        .systemNoSpace: .text("No space left on device"),
        .systemReadOnly: .text("Read-only file system"),
        .systemLinkLoop: .text("Too many levels of symbolic links"),
        .systemNameTooLong: .text("File name too long"),
        .systemFileExists: .text("File exists"),
        .systemInputOutput: .text("Input/output error"),
        .systemTooManyFiles: .text("Too many open files"),
        .systemBrokenPipe: .text("Broken pipe"),
        .systemQuota: .text("Disk quota exceeded"),
        .systemFileTooLarge: .text("File too large"),
        .systemBusy: .text("Device or resource busy"),
        .systemOther: .text("system error {code}: {text}"),
        .budgetJSON: .text(
            "this lesson needs {count} multiplications; print --json computes at most {limit} (pass {flag} to compute them anyway)"),
        .budgetMoreThan: .text("more than {count}"),
        .budgetWalkthrough: .text(
            "this lesson's walkthrough has {steps} steps; print writes at most {limit} (about a gigabyte): use print --json, render, or pass {flag} to print it anyway"
        ),
        .writerUnreadable: .text("the lesson's text could not be read again"),
        .writerKeyNotOnItsOwnLine: .text("'{key}' is not on a line of its own, so it cannot be rewritten"),
        .writerRoundTrip: .text("the rewritten lesson does not read back to the same numbers"),
        .writerTooLarge: .text(
            "'{key}' was generated and would be written out as {values} numbers, more than a lesson file can hold (at most {limit}); edit a smaller lesson, or change its generator's settings instead"
        ),
        .progressNotAProgressFile: .text("it is not a Pointwise progress file"),
        .progressBadLine: .text("line {line} cannot be read"),
        .progressIgnored: .text("saved progress ignored: {reason}"),
        .progressNotText: .text("saved progress in '{path}' ignored: it is not text"),
        .progressIgnoredIn: .text("saved progress in '{path}' ignored: {reason}"),
        .progressNotSaved: .text("progress not saved in '{path}': {reason}"),
        .lessonHasErrors: .text("'{path}' has errors: 'pointwise check' lists them"),
        .usageUnknownKey: .text("unknown key '{name}'; use single characters (l h n p g G a + - r ? q), 'tick', or {names}"),
    ]
}
