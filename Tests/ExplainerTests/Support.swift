import BundledLessons
import Explainer
import LessonKit
import PointwiseCore
import Testing

/// The source note's example as a lesson with only the built-in texts.
func sourceNoteLesson(language: String = "en", bias: [Int]? = nil, relu: Bool = false) throws -> Lesson {
    let input: [[[Int]]] = [
        [[1, 2, 0], [0, 1, 3], [2, 0, 1]],
        [[0, 1, 1], [2, 0, 1], [1, 1, 0]],
        [[3, 0, 2], [1, 2, 0], [0, 1, 2]],
    ]
    let weights = [[1, -1, 0], [0, 2, 1]]
    let kernels = try KernelBank(
        weights: Tensor([weights.map { $0.map { ExactDecimal($0) } }]),
        bias: bias.map { try Tensor([[$0.map { ExactDecimal($0) }]]) },
        activation: relu ? .relu : .none)
    let convolution = try PointwiseConvolution(input: Tensor(input.map { $0.map { $0.map { ExactDecimal($0) } } }), kernels: kernels)
    return Lesson(title: "1×1 convolution: 3 channels → 2", language: language, convolution: convolution, sections: [:])
}

/// Expects a screen drawn at `width`×`height` to be exactly that size, with no line wider and no
/// half of a wide character (every continuation cell follows a wide one); `name` labels failures.
func expectDrawnWithin(_ screen: Screen, width: Int, height: Int, name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(screen.width == width && screen.height == height, sourceLocation: sourceLocation)
    for line in screen.lines() {
        #expect(TextWidth.columns(of: line) <= width, "\(name) \(width)×\(height): \(line)", sourceLocation: sourceLocation)
    }
    for row in 0..<height {
        for column in 0..<width where screen.cell(row: row, column: column)?.isContinuation == true {
            let left = screen.cell(row: row, column: column - 1)
            #expect(
                left.map { TextWidth.columns(of: Character($0.character.isEmpty ? " " : $0.character)) == 2 } == true,
                sourceLocation: sourceLocation)
        }
    }
}

/// A state after pressing keys, as the help names them.
func state(_ lesson: Lesson, keys: [Key] = [], symbols: Symbols = .unicode) -> ExplainerState {
    var state = ExplainerState(lesson: lesson, symbols: symbols)
    for key in keys { state.update(.key(key)) }
    return state
}

/// The screen as text, for snapshots and for reading in failures.
func text(_ state: ExplainerState, _ width: Int, _ height: Int) -> String {
    ExplainerRenderer.render(state, width: width, height: height).lines().joined(separator: "\n")
}

/// A bundled lesson, read the way the program reads it.
func bundledLesson(_ name: String) throws -> Lesson {
    let file = try #require(BundledLessonFiles.named(name))
    return try #require(file.read().lesson)
}

/// Every bundled lesson's name.
let bundledLessonNames = BundledLessonFiles.all.map(\.name)
