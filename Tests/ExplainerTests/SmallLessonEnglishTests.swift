import LessonKit
import PointwiseCore
import Testing

@testable import Explainer

/// A lesson from its front matter alone, so every text on screen is the built-in one.
private func lesson(_ frontMatter: String) throws -> Lesson {
    try #require(LessonReader.read(text: "---\n" + frontMatter + "\n---\n").lesson)
}

/// The screen's words in reading order, one space between them, so a phrase is found wherever it wraps.
private func flat(_ screen: String) -> String {
    screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
}

@Suite("English that reads right on lessons of one kernel, one channel, one pixel")
struct SmallLessonEnglishTests {
    @Test("one kernel: the general formula is that kernel's, without a range i = 1…1")
    func oneKernelFormula() throws {
        let screen = text(state(try lesson("input: [[[1, 2]], [[3, 4]]]\nweights: [[0.5, -1]]")), 80, 24)
        #expect(screen.contains("out1 = w11·x1 + w12·x2"))
        #expect(!screen.contains("i = 1…1"))
        #expect(!screen.contains("ᵢ"))
    }

    @Test("the general formula's ellipsis always stands for a term: four channels are written out, five are not")
    func formulaEllipsis() throws {
        let four = text(state(try lesson("input: [[[1]], [[2]], [[3]], [[4]]]\nweights: [[1, 1, 1, 1], [2, 2, 2, 2]]")), 80, 24)
        #expect(four.contains("outᵢ = wᵢ1·x1 + wᵢ2·x2 + wᵢ3·x3 + wᵢ4·x4   (i = 1…2)"))
        let five = text(
            state(try lesson("input: [[[1]], [[2]], [[3]], [[4]], [[5]]]\nweights: [[1, 1, 1, 1, 1], [2, 2, 2, 2, 2]]")), 80, 24)
        #expect(five.contains("outᵢ = wᵢ1·x1 + wᵢ2·x2 + wᵢ3·x3 + … + wᵢ5·x5   (i = 1…2)"))
    }

    @Test("one channel, one pixel: singular nouns, the only step, one value weighted (not 'each … added together')")
    func singular() throws {
        let one = try lesson("input: [[[5]]]\nweights: [[2]]")
        #expect(one.title == "1×1 convolution: 1 channel → 1")
        let intro = flat(text(state(one), 80, 24))
        #expect(intro.contains("with 1 channel into one with 1 channel"))
        #expect(intro.contains("that pixel's 1 channel value, with one kernel of 1 weight per output channel"))
        #expect(intro.contains("Press → to take the only step"))
        let end = flat(text(state(one, keys: [.right]), 80, 24))
        #expect(end.contains("The 1 multiplication is done"))
        #expect(end.contains("using 1 parameter."))
        let biased = try lesson("input: [[[1, 2, 3]]]\nweights: [[2], [3]]\nbias: [1, 0]")
        let output = flat(text(state(biased, keys: [.right, .right]), 80, 24))
        #expect(output.contains("out1(1, 1) = 3: the pixel's 1 value, weighted by kernel 1, plus the bias."))
        let pixel = flat(text(state(biased, keys: [.right, .right, .right, .right]), 80, 24))
        #expect(pixel.contains("its 1 channel value became 2 output values"))
    }

    @Test("the printout's summary counts agree with their nouns: 1 step, 2 steps, 1 parameter")
    func printSummary() throws {
        let one = WalkthroughPrinter.text(try lesson("input: [[[5]]]\nweights: [[2]]"), style: .unicode)
        #expect(one.contains("input 1×1×1 → output 1×1×1, 1 step, 1 multiplication, 1 parameter\n"))
        let two = WalkthroughPrinter.text(try lesson("input: [[[5, 6]]]\nweights: [[2]]"), style: .unicode)
        #expect(two.contains("input 1×2×1 → output 1×2×1, 2 steps, 2 multiplications, 1 parameter\n"))
    }

    @Test(
        "the status line keeps two columns between the key hints and the step, at every width",
        arguments: [ExplainerView.grid, .cost, .matrix])
    func statusGap(view: ExplainerView) throws {
        var state = state(try sourceNoteLesson())
        state.view = view
        for width in 40...140 {
            let screen = ExplainerRenderer.render(state, width: width, height: 40)
            let status = screen.lines()[39]
            guard let step = status.range(of: "introduction") else { continue }  // too small for the view
            let before = status[..<step.lowerBound]
            guard before.contains(where: { $0 != " " }) else { continue }
            #expect(before.hasSuffix("  "), "\(width): '\(status)'")
        }
    }

    @Test(
        "a coordinate is never split across lines, at any width",
        arguments: ["Pixel (12, 34) is done, and so is out3(1, 2, 3) now.", "位置 (12, 34) 完成。"])
    func coordinates(text: String) {
        for width in 16...40 {
            for line in TextWrapper.wrap(text, width: width) {
                let opened = line.filter { $0 == "(" }.count
                let closed = line.filter { $0 == ")" }.count
                #expect(opened == closed, "\(width): '\(line)'")
            }
        }
    }
}
