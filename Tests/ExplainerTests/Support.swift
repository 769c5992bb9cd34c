import BundledLessons
import Testing
import Explainer
import LessonKit
import PointwiseCore

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
    return try #require(LessonReader.read(bytes: file.bytes).lesson)
}

/// Every bundled lesson's name.
let bundledLessonNames = BundledLessonFiles.all.map(\.name)
