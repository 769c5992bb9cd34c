import LessonKit
import PointwiseCore
import Testing

@testable import Explainer

/// The sizes every layout test looks at: small, the classic terminal, and big screens.
let layoutSizes = [(60, 20), (80, 24), (100, 30), (120, 40), (200, 60)]

/// A lesson of `channels` → `kernels` on a `side`×`side` map, two-decimal values, bias and ReLU.
func generatedLesson(channels: Int, kernels: Int, side: Int, language: String = "en") throws -> Lesson {
    func value(_ seed: Int) -> ExactDecimal {
        // −0.95 … 0.95 in steps of 0.05, spread so neighbours differ.
        ExactDecimal(units: Int128(((seed * 37) % 39 - 19) * 5), scale: 2)
    }
    let input = (0..<channels).map { channel in
        (0..<side).map { row in (0..<side).map { column in value(channel * 64 + row * 8 + column) } }
    }
    let weights = (0..<kernels).map { kernel in (0..<channels).map { channel in value(1000 + kernel * 8 + channel) } }
    let bias = (0..<kernels).map { value(2000 + $0) }
    let bank = try KernelBank(weights: Tensor([weights]), bias: try Tensor([[bias]]), activation: .relu)
    let convolution = try PointwiseConvolution(input: Tensor(input), kernels: bank)
    return Lesson(title: "\(channels) channels → \(kernels)", language: language, convolution: convolution, sections: [:])
}

/// The numbers a screen shows, from its hit map: which input, weight and output cells are drawn.
struct VisibleNumbers {
    var inputs = Set<HitTarget>()
    var weights = Set<HitTarget>()
    var outputs = Set<HitTarget>()

    init(_ screen: Screen) {
        for region in screen.hitMap.regions {
            guard let target = HitTarget(tag: region.tag) else { continue }
            switch target {
            case .input: inputs.insert(target)
            case .weight, .bias: weights.insert(target)
            case .output: outputs.insert(target)
            case .kernelRow: break
            }
        }
    }
}

/// Expects every value of the lesson on screen, or every part that is hidden to be named on it
/// (`channels 3–4 of 5`, `rows 1–2 of 8`, `columns …`, `kernels …`).
func expectWholeOrAnnounced(_ state: ExplainerState, width: Int, height: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let screen = ExplainerRenderer.render(state, width: width, height: height)
    let text = screen.lines().joined(separator: "\n")
    let shape = state.walk.shape
    let label = "\(shape.inChannels)→\(shape.outChannels) \(shape.height)×\(shape.width) at \(width)×\(height)"
    guard let plan = ExplainerRenderer.plan(state, width: width, height: height) else {
        #expect(
            text.contains("The terminal is") || text.contains("終端機目前"), "\(label): neither drawn nor too small\n\(text)",
            sourceLocation: sourceLocation)
        return
    }
    let visible = VisibleNumbers(screen)
    let biasCount = state.walk.convolution.kernels.bias == nil ? 0 : shape.outChannels
    let whole =
        visible.inputs.count == shape.inChannels * shape.height * shape.width
        && visible.weights.count == shape.outChannels * shape.inChannels + biasCount
        && visible.outputs.count == shape.outChannels * shape.height * shape.width
    #expect(
        whole == !plan.frame.isWindowed, "\(label): whole \(whole), windowed \(plan.frame.isWindowed)\n\(text)",
        sourceLocation: sourceLocation)
    guard !whole else { return }
    func range(_ values: [Int]) -> String {
        let first = (values.min() ?? 0) + 1
        let last = (values.max() ?? 0) + 1
        return first == last ? "\(first)" : "\(first)–\(last)"
    }
    var channels: [Int] = [], rows: [Int] = [], columns: [Int] = [], kernelRows: [Int] = [], weightColumns: [Int] = [], outputs: [Int] = []
    for target in visible.inputs {
        if case .input(let channel, let row, let column) = target { channels.append(channel); rows.append(row); columns.append(column) }
    }
    for target in visible.weights {
        if case .weight(let kernel, let channel) = target { kernelRows.append(kernel); weightColumns.append(channel) }
    }
    for target in visible.outputs { if case .output(let kernel, _, _) = target { outputs.append(kernel) } }
    var expected: [String] = []
    let chinese = state.lesson.interfaceLanguage == .traditionalChinese
    func phrase(_ english: String, _ chineseNoun: String, _ values: [Int], _ total: Int) -> String {
        chinese ? "\(chineseNoun) \(range(values))（共 \(total)）" : "\(english) \(range(values)) of \(total)"
    }
    if Set(channels).count < shape.inChannels { expected.append(phrase("channels", "通道", channels, shape.inChannels)) }
    if Set(weightColumns).count < shape.inChannels { expected.append(phrase("channels", "通道", weightColumns, shape.inChannels)) }
    if Set(outputs).count < shape.outChannels { expected.append(phrase("channels", "通道", outputs, shape.outChannels)) }
    if Set(kernelRows).count < shape.outChannels { expected.append(phrase("kernels", "核", kernelRows, shape.outChannels)) }
    if Set(rows).count < shape.height { expected.append(phrase("rows", "列", rows, shape.height)) }
    if Set(columns).count < shape.width { expected.append(phrase("columns", "欄", columns, shape.width)) }
    for phrase in expected {
        #expect(text.contains(phrase), "\(label): \(phrase) is hidden but not said\n\(text)", sourceLocation: sourceLocation)
    }
    for word in ["outputs ", " r ", " c ", " ch ", " k "] {
        #expect(!text.contains(word + "1"), "\(label): another word for a hidden part: \(word)\n\(text)", sourceLocation: sourceLocation)
    }
}

@Suite("Layout: whole lessons, the text's measure, pages and the exact minimum")
struct LayoutTests {
    @Test("a 4×4×5 → 3 lesson with two-decimal values, bias and ReLU fits whole at 100×30")
    func fourByFourFitsWhole() throws {
        let state = state(try generatedLesson(channels: 5, kernels: 3, side: 4), keys: [.character("n"), .right, .right])
        let screen = ExplainerRenderer.render(state, width: 100, height: 30)
        let visible = VisibleNumbers(screen)
        #expect(visible.inputs.count == 80 && visible.weights.count == 18 && visible.outputs.count == 48, "\(text(state, 100, 30))")
        #expect(!text(state, 100, 30).contains("of 5 ▸"))
    }

    @Test(
        "for every generated lesson up to 8 channels, 8 kernels and 8×8, at every size, everything is shown or every hidden part is said",
        arguments: 1...8)
    func wholeOrAnnounced(side: Int) throws {
        for channels in 1...8 {
            for kernels in 1...8 {
                let lesson = try generatedLesson(channels: channels, kernels: kernels, side: side)
                let moved = state(lesson, keys: [.character("n"), .character("n"), .right, .right])
                for (width, height) in layoutSizes {
                    expectWholeOrAnnounced(moved, width: width, height: height)
                }
            }
        }
    }

    @Test("every bundled lesson, at every size, shows everything or says what it hides", arguments: bundledLessonNames)
    func bundledWholeOrAnnounced(name: String) throws {
        let lesson = try bundledLesson(name)
        for keys in [[Key](), [.character("n"), .right], [.character("G")]] {
            for (width, height) in layoutSizes {
                expectWholeOrAnnounced(state(lesson, keys: keys), width: width, height: height)
            }
        }
    }

    @Test(
        "the too-small message names a size that works, and one column or one row less does not",
        arguments: bundledLessonNames)
    func exactMinimum(name: String) throws {
        let lesson = try bundledLesson(name)
        for keys in [[Key](), [.character("n"), .right]] {
            let state = state(lesson, keys: keys)
            for (width, height) in [(30, 10), (50, 12), (70, 16), (120, 8), (41, 40)] {
                let needed = ExplainerRenderer.minimumSize(state, width: width, height: height)
                let message = text(state, width, height)
                guard message.contains("The terminal is") || message.contains("終端機目前") else { continue }
                #expect(message.contains("\(needed.width)×\(needed.height)"), "\(name) \(width)×\(height): \(message)")
                let tooSmall = { (w: Int, h: Int) in
                    let screen = text(state, w, h)
                    return screen.contains("The terminal is") || screen.contains("終端機目前")
                }
                #expect(!tooSmall(needed.width, needed.height), "\(name): \(needed.width)×\(needed.height) is named but does not fit")
                #expect(
                    tooSmall(needed.width - 1, needed.height), "\(name): one column less than \(needed.width)×\(needed.height) fits too")
                #expect(tooSmall(needed.width, needed.height - 1), "\(name): one row less than \(needed.width)×\(needed.height) fits too")
            }
        }
    }

    @Test("the exact minimum holds for generated lessons too", arguments: [(1, 1, 1), (3, 2, 3), (5, 3, 4), (8, 8, 8), (2, 7, 6)])
    func exactMinimumGenerated(channels: Int, kernels: Int, side: Int) throws {
        let state = state(try generatedLesson(channels: channels, kernels: kernels, side: side), keys: [.character("n")])
        let needed = ExplainerRenderer.minimumSize(state, width: 20, height: 8)
        #expect(text(state, 20, 8).contains("\(needed.width)×\(needed.height)"))
        #expect(ExplainerRenderer.plan(state, width: needed.width, height: needed.height) != nil)
        #expect(ExplainerRenderer.plan(state, width: needed.width - 1, height: needed.height) == nil)
        #expect(ExplainerRenderer.plan(state, width: needed.width, height: needed.height - 1) == nil)
    }

    @Test("on big screens the panels grow and the text keeps a readable measure", arguments: [(120, 40), (200, 60)])
    func bigScreens(width: Int, height: Int) throws {
        let state = state(try bundledLesson("intro"), keys: [.character("n")] + Array(repeating: Key.right, count: 5))
        let plan = try #require(ExplainerRenderer.plan(state, width: width, height: height))
        #expect(plan.frame.spacing > 2 || width < 122)
        #expect(plan.textMeasure <= 100)
        let small = try #require(ExplainerRenderer.plan(state, width: 80, height: 24))
        #expect(plan.layout.neededWidth >= small.layout.neededWidth)
        let lines = ExplainerRenderer.render(state, width: width, height: height).lines()
        let textLine = try #require(lines.first { $0.contains("is finished") })
        #expect(TextWidth.columns(of: textLine.trimmingCharacters(in: .whitespaces)) <= 100)
    }

    @Test("text that does not fit turns pages with Ctrl-D and Ctrl-U (PgDn and PgUp), and moving starts it over")
    func textPages() throws {
        let lesson = try generatedLesson(channels: 5, kernels: 3, side: 4)
        var state = state(lesson, keys: [.character("n"), .right, .right])
        let first = text(state, 100, 30)
        #expect(first.contains("▾ ^D"))
        #expect(!first.split(separator: "\n").contains { $0.hasSuffix("…") }, "text is paged, not cut")
        state.update(.key(.control("d")))
        state.fitScrolling(width: 100, height: 30)
        let second = text(state, 100, 30)
        #expect(second != first && second.contains("▴ ^U"))
        for _ in 0..<5 { state.update(.key(.pageDown)); state.fitScrolling(width: 100, height: 30) }
        state.update(.key(.pageUp))
        state.fitScrolling(width: 100, height: 30)
        #expect(text(state, 100, 30) == first, "one page back from the last page is the first when there are two")
        state.update(.key(.control("d")))
        state.update(.key(.right))
        #expect(state.textPage == 0)
    }

    @Test(
        "the help fits every screen the lesson fits, its closing line always on screen, and pages with j k",
        arguments: ["intro", "intro.zh-TW", "inception"])
    func helpFits(name: String) throws {
        let lesson = try bundledLesson(name)
        var state = state(lesson, keys: [.character("?")])
        let needed = ExplainerRenderer.minimumSize(state, width: 20, height: 8)
        for (width, height) in [(needed.width, needed.height)] + layoutSizes {
            guard ExplainerRenderer.plan(state, width: width, height: height) != nil else { continue }
            state.helpPage = 0
            var seen = Set<String>()
            for _ in 0..<8 {
                let screen = text(state, width, height)
                expectDrawnWithin(ExplainerRenderer.render(state, width: width, height: height), width: width, height: height, name: name)
                #expect(
                    screen.contains("q closes") || screen.contains("any key closes") || screen.contains("q 關閉") || screen.contains("按任意鍵"),
                    "\(name) \(width)×\(height)\n\(screen)")
                for line in state.labels.helpLines where screen.contains(line.action.prefix(10)) { seen.insert(line.action) }
                state.update(.key(.character("j")))
                state.fitScrolling(width: width, height: height)
            }
            #expect(seen.count == state.labels.helpLines.count, "\(name) \(width)×\(height): some keys are never shown")
            #expect(state.isShowingHelp)
        }
    }

    @Test("editing a weight to −0.25 keeps the input grid's cells")
    func editKeepsLayout() throws {
        var state = state(try bundledLesson("intro"), keys: [.character("n")])
        let before = text(state, 80, 24).split(separator: "\n").dropFirst(2).prefix(4).joined(separator: "\n")
        state.update(.key(.character("e")))
        state.update(.key(.tab))
        for key in "-0.25" { state.update(.key(.character(key))) }
        state.update(.key(.enter))
        state.update(.key(.escape))
        let after = text(state, 80, 24)
        #expect(after.contains("−0.25"))
        // The input's second row of every channel is drawn exactly as before: same cells, same gaps.
        let inputRow = try #require(before.split(separator: "\n").first { $0.contains("0 1 3") })
        let cells = try #require(inputRow.split(separator: "│").first { $0.contains("0 1 3") })
        #expect(after.contains(String(cells)), "the input grid changed:\n\(before)\n---\n\(after)")
    }

    @Test("layout snapshots of every bundled lesson at 60×20, 80×24, 100×30, 120×40 and 200×60", arguments: bundledLessonNames)
    func bundledSnapshots(name: String) throws {
        let state = state(try bundledLesson(name), keys: [.character("n"), .right])
        let screens = layoutSizes.map { "── \($0.0)×\($0.1) ──\n" + text(state, $0.0, $0.1) }
        expectSnapshot(screens.joined(separator: "\n"), named: "layout-\(name)")
    }

    @Test(
        "layout snapshots of generated lessons at every size",
        arguments: [(1, 1, 1), (2, 3, 2), (5, 3, 4), (8, 8, 8), (8, 1, 3), (1, 8, 5)])
    func generatedSnapshots(channels: Int, kernels: Int, side: Int) throws {
        let state = state(try generatedLesson(channels: channels, kernels: kernels, side: side), keys: [.character("n"), .right])
        let screens = layoutSizes.map { "── \($0.0)×\($0.1) ──\n" + text(state, $0.0, $0.1) }
        expectSnapshot(screens.joined(separator: "\n"), named: "layout-generated-\(channels)-\(kernels)-\(side)")
    }
}
