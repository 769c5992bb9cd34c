import LessonKit
import PointwiseCore

extension ExplainerState {
    /// `e`: select a cell of the input or the weights, starting at the current term's.
    mutating func startEditing() {
        isPlaying = false
        tutor.interaction = .editing(CellEditor(cell: CellEditor.startingCell(walk: walk)))
    }

    /// A key in edit mode: move the selection, type a value, apply it, or leave.
    mutating func edit(_ key: Key, editor: CellEditor) {
        var editor = editor
        if var line = editor.line {
            switch line.apply(key) {
            case .editing:
                editor.line = line
            case .cancelled:
                editor.line = nil
            case .submitted(let text):
                editor.line = nil
                applyEdit(text, to: editor.cell)
            }
            tutor.interaction = .editing(editor)
            return
        }
        let shape = walk.shape
        switch key {
        case .left, .character("h"): editor.move(rows: 0, columns: -1, shape: shape)
        case .right, .character("l"): editor.move(rows: 0, columns: 1, shape: shape)
        case .up, .character("k"): editor.move(rows: -1, columns: 0, shape: shape)
        case .down, .character("j"): editor.move(rows: 1, columns: 0, shape: shape)
        case .tab: editor.switchPanel(walk: walk)
        case .enter: editor.line = InputLine(kind: .number)
        case .character(let character) where character.isASCII && (character.isNumber || "-+.".contains(character)):
            var line = InputLine(kind: .number)
            _ = line.apply(key)
            editor.line = line
        case .escape, .character("e"), .character("q"), .control("c"):
            tutor.interaction = nil
            return
        default: break
        }
        tutor.interaction = .editing(editor)
    }

    /// The current value of an editable cell.
    func value(of cell: EditableCell) -> ExactDecimal {
        switch cell {
        case .input(let channel, let row, let column): walk.convolution.input.value(channel: channel, row: row, column: column)
        case .weight(let kernel, let inputChannel): walk.convolution.kernels.weight(kernel: kernel, inputChannel: inputChannel)
        }
    }

    /// A cell's name as the screen writes it: `x2(1, 3)` or `w12`.
    func name(of cell: EditableCell) -> String {
        switch cell {
        case .input(let channel, let row, let column): "\(Names.input(channel))(\(row + 1), \(column + 1))"
        case .weight(let kernel, let inputChannel): Names.weight(kernel: kernel, inputChannel: inputChannel)
        }
    }

    /// Puts a typed value into the lesson and recomputes everything, or says why not.
    ///
    /// The convolution computes on demand, so rebuilding it is cheap; the shape is unchanged, so
    /// the walk keeps its position.
    mutating func applyEdit(_ text: String, to cell: EditableCell) {
        guard case .success(let value) = DecimalLiteral.parse(text) else {
            tutor.message = tutorLabels.notANumber(text)
            return
        }
        let convolution = walk.convolution
        var input = convolution.input
        var weights = convolution.kernels.weights
        switch cell {
        case .input(let channel, let row, let column):
            guard let replaced = input.replacing(channel: channel, row: row, column: column, with: value) else {
                tutor.message = tutorLabels.tooLarge
                return
            }
            input = replaced
        case .weight(let kernel, let inputChannel):
            guard let replaced = weights.replacing(channel: 0, row: kernel, column: inputChannel, with: value) else {
                tutor.message = tutorLabels.tooLarge
                return
            }
            weights = replaced
        }
        guard let kernels = try? KernelBank(weights: weights, bias: convolution.kernels.bias, activation: convolution.kernels.activation),
            let rebuilt = try? PointwiseConvolution(input: input, kernels: kernels)
        else {
            tutor.message = tutorLabels.tooLarge
            return
        }
        if tutor.unedited == nil { tutor.unedited = lesson }
        lesson = Lesson(
            title: lesson.title, language: lesson.language, convolution: rebuilt, sections: lesson.sections,
            cost: lesson.cost, questions: lesson.questions)
        walk = Walk(rebuilt, position: walk.position)
        tutor.isEdited = true
        tutor.message = tutorLabels.edited(name(of: cell), DecimalFormatter.format(value, style: symbols.numberStyle))
    }
}

extension ExplainerState {
    /// `u`: puts the file's numbers back, undoing every edit not saved; the walk stays where it is.
    mutating func revertEdits() {
        guard tutor.isEdited, let original = tutor.unedited else {
            tutor.message = tutorLabels.nothingToRevert
            return
        }
        lesson = original
        walk = Walk(original.convolution, position: walk.position)
        tutor.isEdited = false
        tutor.unedited = nil
        tutor.message = tutorLabels.reverted
    }

    /// `q`, Esc or Ctrl-C: quits at once, or first asks when edits would be lost.
    mutating func requestQuit() -> Effect? {
        guard tutor.isEdited else { return .quit }
        isPlaying = false
        tutor.interaction = .confirmingQuit
        return nil
    }

    /// A key at the quit question: `s` saves a copy then quits, `d` quits without saving, `c`,
    /// Esc or any other key goes back to the lesson with the edits kept.
    mutating func answerQuit(_ key: Key) -> Effect? {
        tutor.interaction = nil
        switch key {
        case .character("s"), .character("S"):
            startSaving()
            tutor.quitsAfterSave = tutor.interaction != nil
            return nil
        case .character("d"), .character("D"):
            return .quit
        default:
            tutor.message = tutorLabels.quitCancelled
            return nil
        }
    }
}
