import LessonKit
import Testing

@testable import Explainer

/// The lesson text kept for saving an edited copy.
@Suite("The source text kept for saving")
struct SourceTextTests {
    @Test("bytes that are a mapping of the file are copied: a later change to the file does not reach the text")
    func mappedBytesAreCopied() {
        let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 12)
        _ = memory.initialize(from: Array("weights: [1]".utf8))
        // Stands for a mapping: memory the program does not own, which a writer may change.
        let mapped = LessonBytes(adopting: UnsafeBufferPointer(memory), release: { _ in })
        let text = SourceText(bytes: mapped)
        memory[10] = UInt8(ascii: "7")
        #expect(text.text == "weights: [1]")
        memory.deallocate()
        #expect(text.text == "weights: [1]")
    }

    @Test("bytes of the program's own are kept as they are, not copied")
    func ownBytesAreShared() {
        let own = LessonBytes(Array("title: x".utf8))
        #expect(own.ownCopy === own)
        #expect(SourceText(bytes: own).text == "title: x")
    }

    @Test("bytes that are not UTF-8 give no text, so a save says there is none")
    func invalidUTF8() {
        var state = TutorState()
        state.source = SourceText(bytes: LessonBytes([0x61, 0xFF, 0x62]))
        #expect(state.sourceText == nil)
        state.sourceText = "x: 1"
        #expect(state.source == SourceText("x: 1"))
        #expect(state.source != SourceText("x: 2"))
    }
}
