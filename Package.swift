// swift-tools-version: 6.0
import PackageDescription

/// Release builds reach type metadata through its accessor functions rather than through
/// mangled names: a mangled name is decoded at run time, and the first decoding of each generic
/// type (a dictionary keyed by one of our enums) searched every protocol conformance in the binary.
/// That was a sixth of the instructions of `pointwise render intro` (10.7 M → 9.0 M, the runtime
/// linked in), for the same output.
let releaseSpeed: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release))
]

/// The release binary on Linux is one static executable: the Swift runtime, glibc, ncurses and
/// libpng are linked in, so the dynamic loader has nothing to find, map and relocate before
/// `main`. That takes the start-up of `pointwise render intro` from 5.1 ms to 2.1 ms (README,
/// "Start-up") and the binary runs on a machine with no Swift and no libpng. Debug builds (and
/// so `swift test`) stay dynamic, which links faster.
let staticRelease: [LinkerSetting] = [
    .unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release))
]

/// Pointwise: an interactive terminal explainer of the 1×1 (pointwise) convolution.
///
/// The targets follow the architecture in the README: a pure core, the lesson reader,
/// the pure interactive behaviour, and one thin module that speaks ncurses.
let package = Package(
    name: "Pointwise",
    products: [
        .executable(name: "pointwise", targets: ["pointwise"])
    ],
    targets: [
        // Tensors, exact decimal numbers, the 1×1 convolution, the walk over its terms, the cost.
        .target(name: "PointwiseCore", swiftSettings: releaseSpeed),
        // Lesson files: the front matter reader, validation with located diagnostics, templates.
        .target(name: "LessonKit", dependencies: ["PointwiseCore", "CPNGShim"], swiftSettings: releaseSpeed),
        // The lessons in Lessons/, compiled into the binary (Lessons/ is their only source).
        .target(name: "BundledLessons", dependencies: ["LessonKit"], resources: [.embedInCode("Lessons")], swiftSettings: releaseSpeed),
        // The screen as a value: cells, styles, tints, keys and mouse reports, ANSI text. What the
        // terminal edge needs to know, and no more.
        .target(name: "ScreenCore", dependencies: ["PointwiseCore"], swiftSettings: releaseSpeed),
        // The interactive behaviour as pure functions: state, update, and render to a Screen.
        .target(name: "Explainer", dependencies: ["PointwiseCore", "LessonKit", "ScreenCore"], swiftSettings: releaseSpeed),
        // PNG decoding through libpng, with libpng's setjmp kept inside C (Debian: libpng-dev).
        // A static link names what libpng and ncurses themselves use (zlib, libm, terminfo), in order.
        .target(name: "CPNGShim", linkerSettings: [.linkedLibrary("png"), .linkedLibrary("z"), .linkedLibrary("m")]),
        // Lesson files mapped into memory, with the SIGBUS guard that makes a shortened file safe.
        .target(name: "CMappedFile"),
        // The few C helpers Swift cannot import from ncurses directly.
        .target(
            name: "CNCursesShim", dependencies: ["CMappedFile"], linkerSettings: [.linkedLibrary("ncursesw"), .linkedLibrary("tinfo")]
        ),
        // The only module that talks to the terminal.
        .target(name: "TerminalUI", dependencies: ["ScreenCore", "CNCursesShim"], swiftSettings: releaseSpeed),
        // The command line: argument parsing and wiring only.
        .executableTarget(
            name: "pointwise",
            dependencies: ["PointwiseCore", "LessonKit", "BundledLessons", "Explainer", "TerminalUI", "CMappedFile"],
            swiftSettings: releaseSpeed,
            linkerSettings: staticRelease
        ),
        // Benchmarks for the README's Performance section: `swift run -c release pointwise-bench`.
        .executableTarget(
            name: "pointwise-bench",
            dependencies: ["LessonKit", "BundledLessons", "Explainer"],
            path: "Sources/PointwiseBench",
            swiftSettings: releaseSpeed
        ),
        .testTarget(name: "PointwiseCoreTests", dependencies: ["PointwiseCore"]),
        .testTarget(name: "ScreenCoreTests", dependencies: ["ScreenCore"]),
        // What the test targets share: running a child process (the binary, python3) to completion.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "LessonKitTests", dependencies: ["LessonKit", "BundledLessons", "TestSupport"]),
        // Snapshots/ holds the expected screens as text, read by path (not bundled as resources).
        .testTarget(
            name: "ExplainerTests",
            dependencies: ["Explainer", "LessonKit", "BundledLessons", "TestSupport"],
            exclude: ["Snapshots"]
        ),
        // The terminal edge's pure parts: key decoding, the autoplay schedule, colour support.
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "ScreenCore", "CMappedFile"]),
        // Drives the built `pointwise` binary as a user would: exit codes, output, tmux sessions.
        .testTarget(name: "PointwiseCLITests", dependencies: ["pointwise", "TestSupport"]),
    ]
)
