import Explainer
import Foundation
import LessonKit
import PointwiseCore
import Testing

/// A lesson read from text, for shapes no bundled lesson has.
func lesson(text: String) throws -> Lesson {
    let result = LessonReader.read(text: text)
    return try #require(result.lesson, "\(result.diagnostics)")
}

/// GoogLeNet's Inception bottleneck: 28×28×192 → 16, compared with a 5×5 to 32 channels.
func inceptionLesson(language: String = "en") throws -> Lesson {
    try lesson(
        text: """
            ---
            title: Inception bottleneck
            language: \(language)
            input: {generate: random, seed: 7, channels: 192, height: 28, width: 28, range: [-1, 1], decimals: 2}
            weights: {generate: random, seed: 16, kernels: 16, channels: 192, range: [-0.5, 0.5], decimals: 2}
            cost: {kernel: 5, bottleneck: 16, outChannels: 32}
            ---
            """)
}

@Suite("The cost view (c) and the matrix view (m)")
struct CostAndMatrixViewTests {
    static let c = Key.character("c")
    static let m = Key.character("m")

    @Test("c and m open their views and close them again; one view replaces the other")
    func toggles() throws {
        var state = state(try sourceNoteLesson())
        #expect(state.view == .grid)
        state.update(.key(Self.c))
        #expect(state.view == .cost)
        state.update(.key(Self.m))
        #expect(state.view == .matrix)
        state.update(.key(Self.m))
        #expect(state.view == .grid)
        state.update(.key(Self.c))
        state.update(.key(Self.c))
        #expect(state.view == .grid)
        #expect(Command(key: Self.c) == .toggleCostView)
        #expect(Command(key: Self.m) == .toggleMatrixView)
        #expect(KeyNames.key(named: "c") == Self.c && KeyNames.key(named: "m") == Self.m)
    }

    @Test(
        "every movement key moves the same walk in the matrix view as in the grid",
        arguments: [
            Key.right, .character("l"), .character(" "), .left, .character("h"), .character("n"), .character("p"),
            .character("G"), .character("g"), .end, .home, .down, .up,
        ])
    func movementKeys(key: Key) throws {
        let lesson = try sourceNoteLesson()
        let start: [Key] = [.character("n"), .character("n"), .right, .right]
        var grid = state(lesson, keys: start)
        var matrix = state(lesson, keys: start + [Self.m])
        grid.update(.key(key))
        matrix.update(.key(key))
        #expect(matrix.view == .matrix)
        #expect(matrix.walk == grid.walk)
    }

    @Test("autoplay and help work over the views")
    func autoplayAndHelp() throws {
        var state = state(try sourceNoteLesson(), keys: [Self.m, .character("a")])
        state.update(.tick)
        state.update(.tick)
        #expect(state.walk.position == 2)
        state.update(.key(.character("?")))
        #expect(state.isShowingHelp)
        let screen = text(state, 80, 24)
        #expect(screen.contains("matrix view: pixels × weights"))
        #expect(screen.contains("cost view: why 1×1 is cheap"))
        state.update(.key(.character("x")))
        #expect(!state.isShowingHelp && state.view == .matrix)
    }

    /// The bracketed entries of the matrix view, by matrix: left of `×`, between `×` and `=`,
    /// right of `=` (found on the row the signs are on).
    static func markedEntries(_ screen: [String]) -> (x: [String], w: [String], y: [String]) {
        var signs: (times: Int, equals: Int)?
        for line in screen {
            let characters = Array(line)
            if let times = characters.firstIndex(of: "×"), characters.indices.contains(times - 1), characters[times - 1] == " ",
                let equals = characters.firstIndex(of: "="), equals > times, characters[times + 1] == " "
            {
                signs = (times, equals)
            }
        }
        var result: (x: [String], w: [String], y: [String]) = ([], [], [])
        guard let signs else { return result }
        for line in screen where line.contains("│") {
            let characters = Array(line)
            var index = 0
            while index < characters.count {
                if characters[index] == "[", let close = characters[index...].firstIndex(of: "]") {
                    let entry = String(characters[(index + 1)..<close])
                    if index < signs.times {
                        result.x.append(entry)
                    } else if index < signs.equals {
                        result.w.append(entry)
                    } else {
                        result.y.append(entry)
                    }
                    index = close
                }
                index += 1
            }
        }
        return result
    }

    @Test(
        "at every step the matrix view marks the grid's term: x_j in X, w_ij in Wᵀ, the running sum in Y",
        arguments: ["intro", "bias-relu", "mobilenet"])
    func inStepWithTheGrid(name: String) throws {
        let lesson = try bundledLesson(name)
        var state = state(lesson, keys: [Self.m])
        let convolution = lesson.convolution
        func number(_ value: ExactDecimal) -> String { DecimalFormatter.format(value, style: .unicode) }
        while state.walk.position < state.walk.stepCount {
            state.update(.key(.right))
            let step = try #require(state.walk.step)
            let marked = Self.markedEntries(ExplainerRenderer.render(state, width: 100, height: 30).lines())
            let sum = try #require(state.walk.runningSum)
            // A sum still being added up carries the partial mark.
            #expect(marked.y == [number(sum) + (step.completesOutput ? "" : "…")], "step \(step.index): \(marked)")
            switch step.kind {
            case .term(let channel):
                #expect(
                    marked.x == [number(convolution.inputValue(inputChannel: channel, row: step.row, column: step.column))],
                    "step \(step.index)")
                #expect(marked.w == [number(convolution.kernels.weight(kernel: step.kernel, inputChannel: channel))], "step \(step.index)")
            case .bias:
                #expect(marked.x.isEmpty)
                #expect(marked.w == [number(try #require(convolution.kernels.bias(kernel: step.kernel)))], "step \(step.index)")
            case .activation:
                #expect(marked.x.isEmpty && marked.w.isEmpty)
            }
        }
    }

    @Test("highlights are attributes, not colour alone: the marked entries are reverse video")
    func attributes() throws {
        let state = state(try bundledLesson("intro"), keys: [.character("n"), .right, Self.m])
        let screen = ExplainerRenderer.render(state, width: 80, height: 24)
        var reversed: [String] = []
        for row in 0..<screen.height {
            var run = ""
            for column in 0..<screen.width {
                if let cell = screen.cell(row: row, column: column), cell.style.reverse {
                    run += cell.character
                } else if !run.isEmpty {
                    reversed.append(run)
                    run = ""
                }
            }
            if !run.isEmpty { reversed.append(run) }
        }
        // x2 = 0 at (1, 1) in X, w12 = −1 in Wᵀ, the partial running sum 1… in Y, and the term in the formula.
        #expect(Set(reversed.prefix(3)) == ["0", "−1", "1…"], "\(reversed)")
    }

    @Test("the cost view shows GoogLeNet's Inception figures and MobileNet's ratio", arguments: [(80, 24), (120, 40)])
    func inceptionFigures(size: (Int, Int)) throws {
        // Sentences wrap: compare with runs of spaces (and no-break spaces) made single.
        let screen = text(state(try inceptionLesson(), keys: [Self.c]), size.0, size.1)
            .replacingOccurrences(of: "\u{A0}", with: " ")
            .replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        #expect(screen.contains("120,422,400"))
        #expect(screen.contains("2,408,448 + 10,035,200 = 12,443,648"))
        #expect(screen.contains("9.68× fewer"))
        #expect(screen.contains("1/N + 1/k² = 1/32 + 1/25"))
        #expect(screen.contains("28×28×192"))
        #expect(screen.contains("additions") || screen.contains("add."))
    }

    @Test(
        "the cost view's numbers agree with the cost model for other shapes",
        arguments: ["intro", "expand", "bias-relu", "fully-connected", "mobilenet"])
    func otherShapes(name: String) throws {
        let lesson = try bundledLesson(name)
        let comparison = try #require(lesson.costComparison)
        let screen = text(state(lesson, keys: [Self.c]), 120, 40)
        for figures in [comparison.pointwise, comparison.direct, comparison.bottleneck, comparison.separable] {
            for count in [figures.multiplications, figures.additions, figures.parameters] {
                #expect(screen.contains(GroupedDigits.format(count)), "\(name): \(count)")
            }
        }
        #expect(comparison.pointwise.multiplications == LayerCost(lesson.convolution).multiplications)
    }

    @Test("a 224×224×64 → 256 lesson draws both views in time proportional to the screen")
    func bigLesson() throws {
        let big = try lesson(
            text: """
                ---
                input: {generate: random, seed: 1, channels: 64, height: 224, width: 224, range: [-1, 1], decimals: 2}
                weights: {generate: random, seed: 2, kernels: 256, channels: 64, range: [-1, 1], decimals: 2}
                ---
                """)
        var current = state(big, keys: [Self.m])
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for keys in [[Key.right], [.character("G")], [.left, .character("p")], [Self.c]] {
                for key in keys { current.update(.key(key)) }
                let lines = ExplainerRenderer.render(current, width: 120, height: 40).lines()
                #expect(lines.count == 40)
                #expect((lines.first ?? "").contains(current.view == .cost ? "cost" : "matrix"))
            }
        }
        #expect(elapsed < .seconds(2), "\(elapsed)")
        let end = text(state(big, keys: [.character("G"), Self.m]), 80, 24)
        #expect(end.contains("50176 / 50176"))
        #expect(end.contains("[") && end.contains("]"))
    }

    @Test(
        "never draws past its size, from 1×1 up; too small gives a message with both sizes",
        arguments: ["intro", "intro.zh-TW", "bias-relu", "mobilenet.zh-TW"])
    func anySize(name: String) throws {
        let lesson = try bundledLesson(name)
        let states = [
            state(lesson, keys: [Self.c]), state(lesson, keys: [Self.m]), state(lesson, keys: [.character("n"), .right, Self.m]),
            state(lesson, keys: [.character("G"), Self.c]), state(lesson, keys: [Self.m, .character("?")]),
        ]
        for width in [1, 2, 3, 5, 8, 13, 21, 34, 40, 55, 64, 72, 79, 80, 89, 100, 121, 144] {
            for height in [1, 2, 3, 5, 8, 11, 13, 16, 20, 24, 34, 45] {
                for state in states {
                    expectDrawnWithin(
                        ExplainerRenderer.render(state, width: width, height: height), width: width, height: height, name: name)
                }
            }
        }
    }

    @Test("the size the too-small message asks for is enough", arguments: [Key.character("c"), .character("m")])
    func neededSizeSuffices(view: Key) throws {
        for lesson in [try bundledLesson("intro"), try bundledLesson("mobilenet.zh-TW"), try inceptionLesson()] {
            let state = state(lesson, keys: [.character("n"), view])
            let message = ExplainerRenderer.render(state, width: 20, height: 6).lines().joined(separator: " ")
            let sizes = message.split(whereSeparator: { !$0.isNumber && $0 != "×" }).filter { $0.contains("×") }
            let needed = try #require(sizes.last?.split(separator: "×").compactMap { Int($0) })
            try #require(needed.count == 2)
            let fits = ExplainerRenderer.render(state, width: needed[0], height: needed[1]).lines().joined(separator: "\n")
            #expect(!fits.contains("The terminal is") && !fits.contains("終端機目前"), "\(needed): \(fits)")
        }
    }
}

@Suite("Screens of the cost and matrix views, as text")
struct CostAndMatrixSnapshotTests {
    /// The cost view at the lesson's end, and the matrix view at the start, a term and the end.
    static func frames(_ lesson: Lesson, width: Int, height: Int) -> String {
        var frames: [String] = []
        frames.append(text(state(lesson, keys: [.character("G"), .character("c")]), width, height))
        frames.append(text(state(lesson, keys: [.character("m")]), width, height))
        frames.append(text(state(lesson, keys: [.character("n"), .character("n"), .right, .character("m")]), width, height))
        frames.append(text(state(lesson, keys: [.character("G"), .character("m")]), width, height))
        return frames.joined(separator: "\n" + String(repeating: "=", count: width) + "\n") + "\n"
    }

    @Test(
        "the MobileNet lesson in English and Chinese, at 80×24 and 120×40", arguments: ["mobilenet", "mobilenet.zh-TW"],
        [(80, 24), (120, 40)])
    func mobileNet(name: String, size: (Int, Int)) throws {
        expectSnapshot(Self.frames(try bundledLesson(name), width: size.0, height: size.1), named: "views-\(name)-\(size.0)x\(size.1)")
    }

    @Test(
        "the Inception bottleneck, scrolled, in English and Chinese, at 80×24 and 120×40", arguments: ["en", "zh-TW"],
        [(80, 24), (120, 40)])
    func inception(language: String, size: (Int, Int)) throws {
        let lesson = try inceptionLesson(language: language)
        var frames = [text(state(lesson, keys: [.character("c")]), size.0, size.1)]
        frames.append(
            text(state(lesson, keys: [.character("n"), .character("n"), .right, .right, .right, .character("m")]), size.0, size.1))
        frames.append(text(state(lesson, keys: [.character("G"), .character("m")]), size.0, size.1))
        let joined = frames.joined(separator: "\n" + String(repeating: "=", count: size.0) + "\n") + "\n"
        expectSnapshot(joined, named: "views-inception-\(language)-\(size.0)x\(size.1)")
    }

    @Test("in ASCII", arguments: ["c", "m"])
    func ascii(key: String) throws {
        let state = state(try bundledLesson("bias-relu"), keys: [.character("n"), .right, .character(Character(key))], symbols: .ascii)
        expectSnapshot(text(state, 80, 24) + "\n", named: "views-bias-relu-\(key)-ascii")
    }
}
