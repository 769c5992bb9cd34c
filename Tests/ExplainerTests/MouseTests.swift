import Explainer
import LessonKit
import PointwiseCore
import Testing

/// The text drawn at a hit region, read back from the screen's cells.
private func text(of region: HitMap.Region, on screen: Screen) -> String {
    region.columns.map { screen.cell(row: region.row, column: $0)?.character ?? "" }.joined()
}

private func click(_ state: inout ExplainerState, at region: HitMap.Region, width: Int, height: Int) {
    state.update(
        .mouse(MouseEvent(kind: .click, row: region.row, column: region.columns.lowerBound, screenWidth: width, screenHeight: height)))
}

@Suite("The mouse: pure hit testing and what clicks and the wheel do")
struct MouseTests {
    static let sizes = [(80, 24), (120, 40)]

    @Test(
        "every input, output and kernel row of the intro lesson maps back from where its text is drawn",
        arguments: sizes, [0, 7, 30])
    func hitTestingIntro(size: (Int, Int), position: Int) throws {
        let (width, height) = size
        var state = ExplainerState(lesson: try bundledLesson("intro"))
        state.walk.moveTo(position: position)
        let screen = ExplainerRenderer.render(state, width: width, height: height)
        let shape = state.walk.shape
        let convolution = state.walk.convolution
        func number(_ value: ExactDecimal) -> String { DecimalFormatter.format(value, style: .unicode) }
        var targets: [(HitTarget, Set<String>)] = []
        for channel in 0..<shape.inChannels {
            for row in 0..<shape.height {
                for column in 0..<shape.width {
                    targets.append(
                        (
                            .input(channel: channel, row: row, column: column),
                            [number(convolution.input.value(channel: channel, row: row, column: column))]
                        ))
                }
            }
        }
        for kernel in 0..<shape.outChannels {
            targets.append((.kernelRow(kernel: kernel), ["w\(kernel + 1)"]))
            for inputChannel in 0..<shape.inChannels {
                targets.append(
                    (
                        .weight(kernel: kernel, inputChannel: inputChannel),
                        [number(convolution.kernels.weight(kernel: kernel, inputChannel: inputChannel))]
                    ))
            }
            for row in 0..<shape.height {
                for column in 0..<shape.width {
                    var shown: Set<String> = ["·", number(convolution.output(kernel: kernel, row: row, column: column))]
                    // The sum being added up carries the partial mark, `2…`.
                    if let sum = state.walk.runningSum { shown.formUnion([number(sum), number(sum) + "…"]) }
                    targets.append((.output(kernel: kernel, row: row, column: column), shown))
                }
            }
        }
        for (target, shown) in targets {
            let region = try #require(screen.hitMap.region(of: target), "\(target) is not on the \(width)×\(height) screen")
            // The text there is the number itself, so the map points at the drawn cell ...
            #expect(shown.contains(text(of: region, on: screen)), "\(target) at \(region)")
            // ... and every column of it maps back to the target.
            for column in region.columns {
                #expect(ExplainerRenderer.target(at: region.row, column: column, state: state, width: width, height: height) == target)
            }
        }
        // Input cells sit in reading order: a channel's grid left of the next, rows top to bottom.
        for channel in 0..<shape.inChannels {
            for row in 0..<shape.height {
                for column in 1..<shape.width {
                    let left = try #require(screen.hitMap.region(of: .input(channel: channel, row: row, column: column - 1)))
                    let right = try #require(screen.hitMap.region(of: .input(channel: channel, row: row, column: column)))
                    #expect(left.row == right.row && left.columns.upperBound < right.columns.lowerBound)
                }
            }
        }
        // Frames, titles and text are not numbers.
        #expect(ExplainerRenderer.target(at: 0, column: 1, state: state, width: width, height: height) == nil)
        #expect(ExplainerRenderer.target(at: height - 1, column: 2, state: state, width: width, height: height) == nil)
    }

    @Test("a lesson with a distinct number in every cell: each number's position on screen maps to its cell")
    func distinctNumbers() throws {
        let input = try Tensor(
            (0..<2).map { channel in
                (0..<3).map { row in
                    (0..<3).map { column in
                        ExactDecimal(100 + channel * 100 + row * 10 + column)
                    }
                }
            })
        let kernels = try KernelBank(weights: Tensor([[[ExactDecimal(7), ExactDecimal(8)]]]))
        let lesson = Lesson(
            title: "distinct", language: "en",
            convolution: try PointwiseConvolution(input: input, kernels: kernels), sections: [:])
        let state = ExplainerState(lesson: lesson)
        let screen = ExplainerRenderer.render(state, width: 80, height: 24)
        let lines = screen.lines()
        for channel in 0..<2 {
            for row in 0..<3 {
                for column in 0..<3 {
                    let label = String(100 + channel * 100 + row * 10 + column)
                    let line = try #require(lines.firstIndex { $0.contains(label) })
                    let offset = try #require(lines[line].range(of: label)).lowerBound
                    let screenColumn = lines[line].distance(from: lines[line].startIndex, to: offset)
                    #expect(
                        ExplainerRenderer.target(at: line, column: screenColumn, state: state, width: 80, height: 24)
                            == .input(channel: channel, row: row, column: column))
                }
            }
        }
    }

    @Test("a click on a pixel goes to its first term; on a weight to that term; on a kernel row to its first term")
    func clicks() throws {
        let (width, height) = (80, 24)
        var state = ExplainerState(lesson: try sourceNoteLesson())
        var screen = ExplainerRenderer.render(state, width: width, height: height)
        click(&state, at: try #require(screen.hitMap.region(of: .input(channel: 2, row: 1, column: 2))), width: width, height: height)
        #expect(state.walk.step?.row == 1 && state.walk.step?.column == 2)
        #expect(state.walk.step?.kernel == 0 && state.walk.step?.kind == .term(inputChannel: 0))

        screen = ExplainerRenderer.render(state, width: width, height: height)
        click(&state, at: try #require(screen.hitMap.region(of: .weight(kernel: 1, inputChannel: 2))), width: width, height: height)
        #expect(state.walk.position == state.walk.position(row: 1, column: 2, kernel: 1, inputChannel: 2))

        screen = ExplainerRenderer.render(state, width: width, height: height)
        click(&state, at: try #require(screen.hitMap.region(of: .kernelRow(kernel: 0))), width: width, height: height)
        #expect(state.walk.position == state.walk.position(row: 1, column: 2, kernel: 0, inputChannel: 0))

        screen = ExplainerRenderer.render(state, width: width, height: height)
        click(&state, at: try #require(screen.hitMap.region(of: .output(kernel: 1, row: 0, column: 1))), width: width, height: height)
        #expect(state.walk.position == state.walk.position(row: 0, column: 1, kernel: 1, inputChannel: 0))

        // A click on nothing (the title) changes nothing.
        let before = state.walk.position
        state.update(.mouse(MouseEvent(kind: .click, row: 0, column: 3, screenWidth: width, screenHeight: height)))
        #expect(state.walk.position == before)
    }

    @Test("the wheel steps forward and back like l and h, and stops for a prediction")
    func wheel() throws {
        var state = ExplainerState(lesson: try sourceNoteLesson())
        let down = MouseEvent(kind: .wheelDown, row: 5, column: 5, screenWidth: 80, screenHeight: 24)
        let up = MouseEvent(kind: .wheelUp, row: 5, column: 5, screenWidth: 80, screenHeight: 24)
        state.update(.mouse(down))
        state.update(.mouse(down))
        #expect(state.walk.position == 2)
        state.update(.mouse(up))
        #expect(state.walk.position == 1)
        state.update(.key(.character("P")))
        // out2(1, 1) starts at step 4: the wheel stops on step 3 and asks.
        state.update(.mouse(down))
        state.update(.mouse(down))
        #expect(state.tutor.interaction == nil)
        state.update(.mouse(down))
        #expect(state.walk.position == 3)
        guard case .predicting = state.tutor.interaction else { Issue.record("no question"); return }
    }

    @Test("in edit mode a click selects the cell to edit, and the grid marks it with attributes and '>'")
    func editSelection() throws {
        let (width, height) = (80, 24)
        var state = ExplainerState(lesson: try sourceNoteLesson())
        state.update(.key(.character("e")))
        var screen = ExplainerRenderer.render(state, width: width, height: height)
        let weight = try #require(screen.hitMap.region(of: .weight(kernel: 1, inputChannel: 0)))
        click(&state, at: weight, width: width, height: height)
        #expect(state.tutor.interaction == .editing(CellEditor(cell: .weight(kernel: 1, inputChannel: 0))))
        #expect(state.walk.position == 0)

        screen = ExplainerRenderer.render(state, width: width, height: height)
        let marked = try #require(screen.hitMap.region(of: .weight(kernel: 1, inputChannel: 0)))
        let style = try #require(screen.cell(row: marked.row, column: marked.columns.lowerBound)?.style)
        #expect(style.reverse && style.underline && style.bold)
        #expect(screen.cell(row: marked.row, column: marked.columns.lowerBound - 1)?.character == ">")

        // Typing a value then changes that weight, and an output with it.
        for key: Key in [.enter, .character("5"), .enter] { state.update(.key(key)) }
        #expect(state.walk.convolution.kernels.weight(kernel: 1, inputChannel: 0) == ExactDecimal(5))

        // An output cannot be edited: a click there keeps the selection.
        let output = try #require(screen.hitMap.region(of: .output(kernel: 0, row: 0, column: 0)))
        click(&state, at: output, width: width, height: height)
        #expect(state.tutor.interaction == .editing(CellEditor(cell: .weight(kernel: 1, inputChannel: 0))))
    }

    @Test("with the help open a click closes it")
    func clickClosesHelp() throws {
        var state = ExplainerState(lesson: try sourceNoteLesson())
        state.update(.key(.character("?")))
        state.update(.mouse(MouseEvent(kind: .click, row: 5, column: 5, screenWidth: 80, screenHeight: 24)))
        #expect(!state.isShowingHelp)
        #expect(state.walk.position == 0)
    }

    @Test("every kind of grid number is read back from the hit map as itself, and no two share a tag")
    func tagsRoundTrip() {
        let targets: [HitTarget] = [
            .input(channel: 2, row: 5, column: 7), .input(channel: 7, row: 5, column: 2), .output(kernel: 2, row: 5, column: 7),
            .kernelRow(kernel: 3), .weight(kernel: 3, inputChannel: 0), .weight(kernel: 0, inputChannel: 3), .bias(kernel: 3),
        ]
        var map = HitMap()
        for (row, target) in targets.enumerated() { map.record(target.tag, row: row, columns: 4..<9) }
        for (row, target) in targets.enumerated() {
            #expect(map.target(row: row, column: 6) == target)
            #expect(map.region(of: target)?.row == row)
        }
        #expect(Set(targets.map(\.tag)).count == targets.count)
        #expect(HitTarget(tag: HitTag(kind: 99, 1, 2, 3)) == nil)
    }
}
