import PointwiseCore

/// Reads the optional `questions` key: output values the learner is asked to predict.
///
///     questions:
///       - {pixel: [2, 3], kernel: 1, hint: "Three products, then add them."}
///
/// Each question names a pixel `[row, column]` and a kernel, counted from 1 as the teacher counts,
/// and may carry a hint. The whole list is checked up front with every problem located (gtypist's
/// counter-example: it finds a bad label only when a learner reaches it).
enum QuestionReader {
    /// The fields of one question.
    static let fields = ["pixel", "kernel", "hint"]

    /// The questions, or nil when any is wrong (every problem is reported).
    ///
    /// `height`, `width` and `kernels` are the lesson's shape when it is known; positions are
    /// checked against it then, and only for form otherwise.
    static func read(_ node: YAMLNode, height: Int?, width: Int?, kernels: Int?, diagnostics: inout DiagnosticList) -> [Question]? {
        guard let sequence = node.sequence else {
            diagnostics.append(.error(
                "'questions' must be a list, not \(node.kindDescription)", at: node.location,
                notes: ["for example: questions: [{pixel: [1, 2], kernel: 1, hint: \"add the three products\"}]"]))
            return nil
        }
        var questions: [Question] = []
        var firstPlace: [Question: SourceLocation] = [:]
        var ok = true
        for item in sequence.items {
            guard let question = readOne(item, height: height, width: width, kernels: kernels, diagnostics: &diagnostics) else {
                ok = false
                continue
            }
            let place = Question(row: question.row, column: question.column, kernel: question.kernel)
            if let earlier = firstPlace[place] {
                diagnostics.append(.warning(
                    "pixel (\(question.row + 1), \(question.column + 1)), kernel \(question.kernel + 1) is already asked at line \(earlier.line); it is asked once",
                    at: item.location))
                continue
            }
            firstPlace[place] = item.location
            questions.append(question)
        }
        return ok ? questions : nil
    }

    private static func readOne(_ node: YAMLNode, height: Int?, width: Int?, kernels: Int?, diagnostics: inout DiagnosticList) -> Question? {
        guard let mapping = MappingKeys.mapping(
            of: node, subject: "a question", example: "for example: {pixel: [1, 2], kernel: 1}", diagnostics: &diagnostics)
        else { return nil }
        var ok = MappingKeys.reportUnknown(in: mapping, known: fields, listing: "a question knows: ", diagnostics: &diagnostics) {
            "unknown field '\($0)' in a question"
        }
        let pixel = readPixel(mapping, height: height, width: width, diagnostics: &diagnostics)
        let kernel = readKernel(mapping, kernels: kernels, diagnostics: &diagnostics)
        var hint: String?
        if let node = mapping["hint"] {
            if let scalar = node.scalar, !scalar.isEmpty {
                hint = VisibleEscapes.escape(scalar.text)
            } else {
                diagnostics.append(.error("'hint' must be one piece of text", at: node.location))
                ok = false
            }
        }
        guard ok, let pixel, let kernel else { return nil }
        return Question(row: pixel.row, column: pixel.column, kernel: kernel, hint: hint)
    }

    private static func readPixel(_ mapping: YAMLMapping, height: Int?, width: Int?, diagnostics: inout DiagnosticList) -> (row: Int, column: Int)? {
        guard let node = mapping["pixel"] else {
            diagnostics.append(.error("a question needs a 'pixel': [row, column]", at: mapping.location))
            return nil
        }
        guard let items = node.sequence?.items, items.count == 2,
              let row = wholeNumber(items[0]), let column = wholeNumber(items[1]) else {
            diagnostics.append(.error(
                "'pixel' must be [row, column], two whole numbers counted from 1", at: node.location,
                notes: ["for example: pixel: [2, 3] is row 2, column 3"]))
            return nil
        }
        if let height, let width, !(1...height).contains(row) || !(1...width).contains(column) {
            let offender = (1...height).contains(row) ? items[1] : items[0]
            diagnostics.append(.error(
                "pixel (\(row), \(column)) is outside the \(height)×\(width) map", at: offender.location,
                notes: ["rows go from 1 to \(height) and columns from 1 to \(width)"]))
            return nil
        }
        guard row >= 1, column >= 1 else {
            diagnostics.append(.error("pixel (\(row), \(column)): rows and columns count from 1", at: node.location))
            return nil
        }
        return (row - 1, column - 1)
    }

    private static func readKernel(_ mapping: YAMLMapping, kernels: Int?, diagnostics: inout DiagnosticList) -> Int? {
        guard let node = mapping["kernel"] else {
            diagnostics.append(.error("a question needs a 'kernel': the output channel asked for, from 1", at: mapping.location))
            return nil
        }
        guard let kernel = wholeNumber(node) else {
            diagnostics.append(.error("'kernel' must be a whole number counted from 1", at: node.location))
            return nil
        }
        if let kernels, !(1...kernels).contains(kernel) {
            diagnostics.append(.error(
                "kernel \(kernel) does not exist: the lesson has \(kernels) kernel\(kernels == 1 ? "" : "s")", at: node.location,
                notes: ["kernels go from 1 to \(kernels)"]))
            return nil
        }
        guard kernel >= 1 else {
            diagnostics.append(.error("kernel \(kernel): kernels count from 1", at: node.location))
            return nil
        }
        return kernel - 1
    }

    /// An unquoted whole number, or nil.
    private static func wholeNumber(_ node: YAMLNode) -> Int? {
        guard let scalar = node.scalar, !scalar.isQuoted, scalar.text.count <= 9 else { return nil }
        return Int(scalar.text.hasPrefix("+") ? String(scalar.text.dropFirst()) : scalar.text)
    }
}
