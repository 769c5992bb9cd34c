import BundledLessons
import Explainer
import LessonKit
import Testing

@Suite("The picture view of every bundled lesson, as text")
struct PictureSnapshotTests {
    /// The ways the picture view can be drawn, named as the snapshot files are.
    enum Mode: String, CaseIterable {
        /// 24-bit colour (`render --ansi` with `COLORTERM=truecolor`).
        case truecolor
        /// The 256-colour palette (`render --ansi`, and the terminal with 256 colours).
        case palette = "256"
        /// Shade characters, plain text (`NO_COLOR`, plain `render`).
        case shades
        /// The ASCII ramp (`--ascii`).
        case ascii
    }

    /// A term in the second pixel, so the output has started to fill in.
    static func screen(_ lesson: Lesson, mode: Mode, width: Int, height: Int) -> String {
        var state = ExplainerState(lesson: lesson, symbols: mode == .ascii ? .ascii : .unicode)
        state.colorPictures = mode == .truecolor || mode == .palette
        for key: Key in [.character("v"), .character("n"), .character("n"), .right] { state.update(.key(key)) }
        let screen = ExplainerRenderer.render(state, width: width, height: height)
        switch mode {
        case .truecolor: return screen.ansiLines(colors: true, trueColor: true).joined(separator: "\n") + "\n"
        case .palette: return screen.ansiLines(colors: true).joined(separator: "\n") + "\n"
        case .shades, .ascii: return screen.lines().joined(separator: "\n") + "\n"
        }
    }

    @Test("at 80×24 and 120×40 in each colour mode", arguments: bundledLessonNames, [(80, 24), (120, 40)])
    func snapshots(name: String, size: (Int, Int)) throws {
        let lesson = try bundledLesson(name)
        for mode in Mode.allCases {
            expectSnapshot(
                Self.screen(lesson, mode: mode, width: size.0, height: size.1),
                named: "pictures-\(name)-\(size.0)x\(size.1)-\(mode.rawValue)")
        }
    }
}
