import BundledLessons
import LessonKit
import PointwiseCore
import Testing

@Suite("Which section is shown at which step")
struct SectionRuleTests {
    /// Every section a bundled lesson writes, shown at some step: the whole walk is visited.
    @Test("every section a bundled lesson writes is shown at least once", arguments: BundledLessonFiles.all.map(\.name))
    func everySectionShown(name: String) throws {
        let file = try #require(BundledLessonFiles.named(name))
        let lesson = try #require(file.read().lesson)
        var walk = Walk(lesson.convolution)
        var shown = Set(Narration.sections(at: walk))
        // Every section can only first appear within the first two pixels or at the last step.
        let limit = min(walk.stepCount, 2 * walk.stepsPerPixel + 1)
        for position in 1...limit {
            walk.moveTo(position: position)
            shown.formUnion(Narration.sections(at: walk))
        }
        walk.last()
        shown.formUnion(Narration.sections(at: walk))
        let written = Set(lesson.sections.keys)
        #expect(written.isSubset(of: shown), "\(name): never shown: \(written.subtracting(shown))")
    }

    /// The same property walking every step of a small lesson, so the shortcut above is sound.
    @Test("walking every step agrees with walking the first two pixels and the last step")
    func shortcutIsSound() throws {
        for name in ["intro", "bias-relu", "mobilenet", "expand", "fully-connected"] {
            let file = try #require(BundledLessonFiles.named(name))
            let lesson = try #require(file.read().lesson)
            var walk = Walk(lesson.convolution)
            var all = Set<SectionKind>([.introduction])
            for position in 1...walk.stepCount {
                walk.moveTo(position: position)
                all.formUnion(Narration.sections(at: walk))
            }
            let neverShown = Set(SectionKind.allCases.filter { SectionRules.reasonNeverShown($0, in: lesson.convolution) != nil })
            #expect(all == Set(SectionKind.allCases).subtracting(neverShown), "\(name)")
        }
    }

    @Test("at the ReLU step of bias-relu the activation text is shown, then the value's or pixel's text")
    func activationShown() throws {
        let file = try #require(BundledLessonFiles.named("bias-relu"))
        let lesson = try #require(file.read().lesson)
        // 3 terms, bias, ReLU per value; kernel 1 at pixel (1, 2) ends at step 5 + 5 + 5 = 15.
        var walk = Walk(lesson.convolution, position: 15)
        #expect(Narration.sections(at: walk) == [.activation, .output])
        let text = Narration.text(lesson, at: walk, style: .ascii)
        #expect(text.hasPrefix("ReLU(-1.5) = 0. A negative sum would be cut to 0 here"))
        // The built-in output text for a layer with bias and ReLU says so; it never says "added together." alone.
        #expect(
            text.contains(
                "out1(1, 2) = 0: the pixel's 3 values, each weighted by kernel 1, added together, plus the bias, then passed through ReLU.")
        )
        walk.moveTo(position: 10)
        #expect(Narration.sections(at: walk) == [.activation, .pixel])
        walk.moveTo(position: 9)
        #expect(Narration.sections(at: walk) == [.bias])
        walk.last()
        #expect(Narration.sections(at: walk) == [.activation, .end])
    }

    @Test("check warns at the heading about every section that can never be shown")
    func deadSectionsWarned() throws {
        let text = """
            ---
            input: [[[1, 2]]]
            weights: [[3]]
            ---
            ## term
            t
            ## output
            o
            ## bias
            b
            ## pixel
            p
            """
        let result = LessonReader.read(text: text)
        #expect(result.lesson != nil)
        let warnings = result.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.map(\.location.line) == [5, 7, 9])
        #expect(warnings[0].message.hasPrefix("section 'term' is never shown: with 1 input channel"))
        #expect(warnings[1].message.hasPrefix("section 'output' is never shown: with 1 kernel"))
        #expect(warnings[2].message == "section 'bias' is never shown: the lesson has no 'bias'")
        #expect(warnings.allSatisfy { $0.location.column == 4 })
    }
}
