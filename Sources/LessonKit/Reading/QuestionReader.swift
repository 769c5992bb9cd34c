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
            diagnostics.append(
                .error(
                    CatalogueText(.checkQuestionsList, nested: ["kind": node.kindText]), at: node.location,
                    notes: [CatalogueText(.checkQuestionsExample)]))
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
                diagnostics.append(
                    .warning(
                        CatalogueText(
                            .checkQuestionTwice,
                            [
                                "row": String(question.row + 1), "column": String(question.column + 1),
                                "kernel": String(question.kernel + 1), "line": String(earlier.line),
                            ]),
                        at: item.location))
                continue
            }
            firstPlace[place] = item.location
            questions.append(question)
        }
        return ok ? questions : nil
    }

    private static func readOne(_ node: YAMLNode, height: Int?, width: Int?, kernels: Int?, diagnostics: inout DiagnosticList) -> Question?
    {
        guard
            let mapping = MappingKeys.mapping(
                of: node, subject: CatalogueText(.checkSubjectQuestion), example: CatalogueText(.checkQuestionExample),
                diagnostics: &diagnostics)
        else { return nil }
        var ok = MappingKeys.reportUnknown(in: mapping, known: fields, listing: .checkQuestionKnows, diagnostics: &diagnostics) {
            CatalogueText(.checkUnknownQuestionField, ["key": $0])
        }
        let pixel = readPixel(mapping, height: height, width: width, diagnostics: &diagnostics)
        let kernel = readKernel(mapping, kernels: kernels, diagnostics: &diagnostics)
        var hint: String?
        if let node = mapping["hint"] {
            if let scalar = node.scalar, !scalar.isEmpty {
                hint = InertText.escape(scalar.text)
            } else {
                diagnostics.append(.error(CatalogueText(.checkHintText), at: node.location))
                ok = false
            }
        }
        guard ok, let pixel, let kernel else { return nil }
        return Question(row: pixel.row, column: pixel.column, kernel: kernel, hint: hint)
    }

    private static func readPixel(_ mapping: YAMLMapping, height: Int?, width: Int?, diagnostics: inout DiagnosticList) -> (
        row: Int, column: Int
    )? {
        guard let node = mapping["pixel"] else {
            diagnostics.append(.error(CatalogueText(.checkQuestionNeedsPixel), at: mapping.location))
            return nil
        }
        guard let items = node.sequence?.items, items.count == 2,
            let row = wholeNumber(items[0]), let column = wholeNumber(items[1])
        else {
            diagnostics.append(
                .error(
                    CatalogueText(.checkPixelForm), at: node.location, notes: [CatalogueText(.checkPixelExample)]))
            return nil
        }
        if let height, let width, !(1...height).contains(row) || !(1...width).contains(column) {
            let offender = (1...height).contains(row) ? items[1] : items[0]
            diagnostics.append(
                .error(
                    CatalogueText(.checkPixelOutside, ["row": String(row), "column": String(column), "size": "\(height)×\(width)"]),
                    at: offender.location,
                    notes: [CatalogueText(.checkPixelRange, ["height": String(height), "width": String(width)])]))
            return nil
        }
        guard row >= 1, column >= 1 else {
            diagnostics.append(
                .error(CatalogueText(.checkPixelFromOne, ["row": String(row), "column": String(column)]), at: node.location))
            return nil
        }
        return (row - 1, column - 1)
    }

    private static func readKernel(_ mapping: YAMLMapping, kernels: Int?, diagnostics: inout DiagnosticList) -> Int? {
        guard let node = mapping["kernel"] else {
            diagnostics.append(.error(CatalogueText(.checkQuestionNeedsKernel), at: mapping.location))
            return nil
        }
        guard let kernel = wholeNumber(node) else {
            diagnostics.append(.error(CatalogueText(.checkKernelWhole), at: node.location))
            return nil
        }
        if let kernels, !(1...kernels).contains(kernel) {
            diagnostics.append(
                .error(
                    CatalogueText(
                        .checkKernelMissing, ["kernel": String(kernel)],
                        nested: ["kernels": CatalogueText(.checkKernelCount, ["count": String(kernels)])]),
                    at: node.location, notes: [CatalogueText(.checkKernelRange, ["count": String(kernels)])]))
            return nil
        }
        guard kernel >= 1 else {
            diagnostics.append(.error(CatalogueText(.checkKernelFromOne, ["kernel": String(kernel)]), at: node.location))
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
