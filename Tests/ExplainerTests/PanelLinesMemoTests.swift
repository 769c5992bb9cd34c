import LessonKit
import PointwiseCore
import ScreenCore
import Testing

@testable import Explainer

/// Panel lines remembered between frames, as built (`PanelLinesMemo`) and as drawn
/// (`DrawnLinesMemo`): every frame is the one built from nothing, whatever frames came before it,
/// so the screen stays a function of the state and the size.
@Suite("Panel lines remembered between frames")
struct PanelLinesMemoTests {
    /// The keys that move the learner's place and the windows: terms, pixels, pages of channels
    /// and kernels, the grid window, first and last step.
    private static let moves: [Key] = [
        .right, .right, .character("l"), .left, .character("h"), .character("n"), .character("p"), .character("]"),
        .character("["), .character("}"), .character("{"), .character("L"), .character("H"), .character("J"),
        .character("K"), .character("g"), .character("G"), .right, .right, .right,
    ]

    /// A reproducible walk of `count` key presses (a linear congruential generator, so a failure
    /// repeats).
    private static func keys(count: Int, seed: UInt64) -> [Key] {
        var value = seed
        return (0..<count).map { _ in
            value = value &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return moves[Int((value >> 33) % UInt64(moves.count))]
        }
    }

    /// After every key, the frame drawn with the lines remembered from the frames before is the
    /// frame drawn with none remembered: same characters, styles and click targets.
    private static func expectSameFrames(_ lesson: Lesson, width: Int, height: Int, keys: [Key], name: String) {
        var state = ExplainerState(lesson: lesson, symbols: .unicode)
        for (index, key) in keys.enumerated() {
            state.update(.key(key))
            let remembered = ExplainerRenderer.render(state, width: width, height: height)
            forgetPanels()
            let fresh = ExplainerRenderer.render(state, width: width, height: height)
            guard remembered == fresh else {
                Issue.record(
                    "\(name) \(width)×\(height), after key \(index + 1) (\(key)):\n\(remembered.lines().joined(separator: "\n"))\n---\n\(fresh.lines().joined(separator: "\n"))"
                )
                return
            }
        }
    }

    @Test(
        "bundled lessons, whole and windowed, at every layout size", arguments: ["intro", "bias-relu", "inception", "mobilenet", "expand"])
    func bundled(_ name: String) throws {
        let lesson = try bundledLesson(name)
        for (width, height) in layoutSizes {
            let keys = Self.keys(count: 120, seed: UInt64(width * height))
            Self.expectSameFrames(lesson, width: width, height: height, keys: keys, name: name)
        }
    }

    @Test("a lesson with bias and ReLU whose grids wrap into rows, stepped through every term")
    func everyTerm() throws {
        // 5 channels → 3 on 4×4: small enough to fit whole at 80×24, with the grids in rows of
        // grids at some sizes; every step, so each pixel's first and last term, the bias and
        // the step into a new row of pixels are all drawn after a remembered frame.
        let lesson = try generatedLesson(channels: 5, kernels: 3, side: 4)
        let steps = Array(repeating: Key.right, count: 4 * 4 * 3 * 6 + 2)
        for (width, height) in [(80, 24), (60, 20), (120, 40)] {
            Self.expectSameFrames(lesson, width: width, height: height, keys: steps, name: "5→3 on 4×4")
        }
    }

    /// The terminal draws frames without a click map, and a click draws its own frame with one;
    /// lines remembered by either kind of frame must not lend the other their regions.
    @Test("a frame drawn only to be shown has the full frame's cells and no click map; a click map drawn after it is whole")
    func framesWithoutClickMaps() throws {
        for name in ["inception", "intro"] {
            let lesson = try bundledLesson(name)
            var state = ExplainerState(lesson: lesson, symbols: .unicode)
            for (index, key) in Self.keys(count: 60, seed: 7).enumerated() {
                state.update(.key(key))
                let shown = ExplainerRenderer.render(state, width: 120, height: 40, recordingHits: false)
                let clicked = ExplainerRenderer.render(state, width: 120, height: 40)
                forgetPanels()
                let fresh = ExplainerRenderer.render(state, width: 120, height: 40)
                #expect(shown.hitMap.regions.isEmpty, "\(name), key \(index + 1)")
                #expect(shown.cells == fresh.cells, "\(name), key \(index + 1) (\(key))")
                #expect(clicked == fresh, "\(name), key \(index + 1) (\(key))")
                #expect(!fresh.hitMap.regions.isEmpty)
            }
        }
    }

    @Test("an edited weight is drawn with its new value, not the remembered one")
    func editedNumbers() throws {
        let lesson = try sourceNoteLesson()
        var state = ExplainerState(lesson: lesson, symbols: .unicode)
        for key in [Key.right, .right] { state.update(.key(key)) }
        let before = ExplainerRenderer.render(state, width: 80, height: 24).lines().joined(separator: "\n")
        let weightsBefore = state.walk.convolution.kernels.weights
        // Edit mode, Tab to the weights, Enter and 7 over the selected weight, Enter, Esc.
        for key in [Key.character("e"), .tab, .enter, .character("7"), .enter, .escape] { state.update(.key(key)) }
        let after = ExplainerRenderer.render(state, width: 80, height: 24)
        forgetPanels()
        let fresh = ExplainerRenderer.render(state, width: 80, height: 24)
        #expect(after == fresh)
        #expect(after.lines().joined(separator: "\n") != before)
        let weights = state.walk.convolution.kernels.weights
        #expect(weights != weightsBefore)
        #expect(weights.units.contains(7 * Int64(pow10(weights.scale))))
    }
}

/// Forgets the panels' remembered lines, built and drawn, and the formula's remembered columns,
/// so the next frame makes them afresh.
private func forgetPanels() {
    PanelLinesMemo.shared.removeAll()
    DrawnLinesMemo.shared.removeAll()
    FormulaColumns.shared.removeAll()
}

private func pow10(_ exponent: Int) -> Int { (0..<exponent).reduce(1) { value, _ in value * 10 } }
