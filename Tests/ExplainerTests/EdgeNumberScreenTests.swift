import Explainer
import LessonKit
import PointwiseCore
import Testing

/// Values at the documented limits: 19 integer digits, 18 decimal places, negative zero.
private let edgeLesson = """
    ---
    title: "Numbers at the edges"
    input:
      - [[9199999999999999999, -9199999999999999999], [-0, 1234567890123]]
      - [[1, -1], [0, 5]]
    weights:
      - [0.000000000000000001, 0.5]
      - [-0.123456789012345678, 1]
      - [1, -1]
    bias: [0.000000000000000001, -0.25, 0]
    activation: relu
    ---
    """

/// Every framed box on the screen, by its corners: top row, bottom row, left and right columns.
private func boxes(_ screen: Screen) -> [(top: Int, bottom: Int, left: Int, right: Int)] {
    var found: [(Int, Int, Int, Int)] = []
    for row in 0..<screen.height {
        for column in 0..<screen.width where screen.cell(row: row, column: column)?.character == "┌" {
            guard let right = (column + 1..<screen.width).first(where: { screen.cell(row: row, column: $0)?.character == "┐" }),
                let bottom = (row + 1..<screen.height).first(where: { screen.cell(row: $0, column: column)?.character == "└" })
            else { continue }
            found.append((row, bottom, column, right))
        }
    }
    return found
}

@Suite("Numbers at the edges on screen")
struct EdgeNumberScreenTests {
    @Test("at every step at 80×24, every panel's frame stays whole, shortened cells are marked, and the sum is exact")
    func everyStep() throws {
        let lesson = try #require(LessonReader.read(bytes: Array(edgeLesson.utf8)).lesson)
        var state = ExplainerState(lesson: lesson)
        #expect(DecimalFormatter.format(lesson.convolution.inputValue(inputChannel: 0, row: 1, column: 0), style: .unicode) == "0")
        for position in 0...state.walk.stepCount {
            state.walk.moveTo(position: position)
            let screen = ExplainerRenderer.render(state, width: 80, height: 24)
            let lines = screen.lines()
            let found = boxes(screen)
            #expect(found.count >= 2, "step \(position):\n\(lines.joined(separator: "\n"))")
            for box in found {
                for row in box.top + 1..<box.bottom {
                    let left = screen.cell(row: row, column: box.left)?.character
                    let right = screen.cell(row: row, column: box.right)?.character
                    #expect(
                        left == "│" && right == "│",
                        "step \(position), row \(row): a value crossed a frame\n\(lines.joined(separator: "\n"))")
                }
            }
            // Inside the panels, every number fits its cell; a shortened one says so.
            for box in found {
                for row in box.top + 1..<box.bottom {
                    let inside = lines[row].dropFirst(box.left + 1).prefix(box.right - box.left - 1)
                    // The current term's brackets may sit in the gap beside a full cell: they separate too.
                    for token in inside.split(whereSeparator: { $0 == " " || $0 == "[" || $0 == "]" })
                    where token.contains(where: \.isNumber) && !token.hasPrefix("x") && !token.hasPrefix("w") && !token.hasPrefix("out") {
                        // A partial sum's mark hangs into the gap after its cell: `2…` is the number 2.
                        let number = token.hasSuffix("…") ? token.dropLast() : token
                        #expect(number.count <= 10, "step \(position): '\(token)' is wider than a cell")
                        if token.count > 0, !token.contains("·"), token.contains("e") { #expect(token.hasPrefix("~")) }
                    }
                }
            }
            // Below the panels, the running sum is written in full (folded if need be).
            if let sum = state.walk.runningSum {
                let text = lines.joined(separator: "\n").replacingOccurrences(of: "\n   ", with: "").replacingOccurrences(
                    of: "\n", with: "")
                #expect(text.contains(DecimalFormatter.format(sum, style: .unicode)), "step \(position): the exact sum is not on screen")
            }
        }
    }
}
