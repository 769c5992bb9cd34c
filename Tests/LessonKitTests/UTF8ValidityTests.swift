import LessonKit
import Testing

/// `UTF8Decoding.isValid` decides whether a lesson is read or refused, so it must agree with the
/// standard library's own decoder on every byte sequence: checked here against it.
struct UTF8ValidityTests {
    /// The standard library's answer, the independent one.
    private static func libraryAccepts(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    @Test func agreesOnEveryOneAndTwoByteSequence() {
        var disagreements: [[UInt8]] = []
        for first in 0...255 {
            let one = [UInt8(first)]
            if UTF8Decoding.isValid(one) != Self.libraryAccepts(one) { disagreements.append(one) }
            for second in 0...255 {
                let two = [UInt8(first), UInt8(second)]
                if UTF8Decoding.isValid(two) != Self.libraryAccepts(two) { disagreements.append(two) }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    @Test func agreesOnThreeAndFourByteSequencesAroundEveryBoundary() {
        // Continuation bytes just outside, at and inside every range table 3-7 uses.
        let trailing: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xF4, 0xFF]
        var disagreements: [[UInt8]] = []
        for lead in 0xC0...0xFF {
            for second in trailing {
                for third in trailing {
                    let three = [UInt8(lead), second, third]
                    if UTF8Decoding.isValid(three) != Self.libraryAccepts(three) { disagreements.append(three) }
                    for fourth in trailing {
                        let four = [UInt8(lead), second, third, fourth]
                        if UTF8Decoding.isValid(four) != Self.libraryAccepts(four) { disagreements.append(four) }
                    }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    @Test func findsABadByteAtEveryPlaceInALessonLikeText() {
        // ASCII runs longer and shorter than the eight bytes checked at a time, between wide characters.
        let text = Array("---\ntitle: \"3×3 → 2\"\ninput: [[[1, 2], [0.5, 3]]]\n# 通道 x\n---\nbody é\n".utf8)
        #expect(UTF8Decoding.isValid(text))
        for place in text.indices {
            for bad: UInt8 in [0xFF, 0xC0, 0x80] {
                var broken = text
                broken[place] = bad
                #expect(UTF8Decoding.isValid(broken) == Self.libraryAccepts(broken), "byte \(bad) at \(place)")
            }
            let cut = Array(text[..<place])
            #expect(UTF8Decoding.isValid(cut) == Self.libraryAccepts(cut), "cut at \(place)")
        }
    }
}
