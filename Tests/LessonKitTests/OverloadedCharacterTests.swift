import LessonKit
import Testing

private let bound = LessonLimits.maximumScalarsPerCharacter

/// `count` combining acute accents.
private func marks(_ count: Int) -> String { String(repeating: "\u{301}", count: count) }

/// The check for a character carrying too many scalars, against a count made one character at a
/// time, on texts near the bound: the quick scan must never miss one or invent one.
@Suite("A character with too many scalars is found wherever it is")
struct OverloadedCharacterTests {
    /// The first character with more scalars than the bound, counted the slow, plain way.
    static func expected(_ text: String) -> Int? {
        text.enumerated().first { $0.element.unicodeScalars.count > LessonLimits.maximumScalarsPerCharacter }?.offset
    }

    @Test(
        "texts with and without an overloaded character",
        arguments: [
            "plain English text\r\nwith CR LF",
            "e" + marks(bound - 1) + " has exactly the bound",
            "e" + marks(bound) + " is one over",
            "before " + "e" + marks(bound + 5),
            String(repeating: "逐點卷積", count: 40) + "，沒有組合符號",
            String(repeating: "逐點", count: 30) + "e" + marks(bound),
            marks(bound + 1) + " marks with no base",
            String(repeating: "👩‍👩‍👧‍👦", count: 20),
            "\r\n" + marks(bound) + " after CR LF",
        ])
    func matchesTheSlowCount(text: String) {
        #expect(LessonLimits.overloadedCharacter(in: text) == Self.expected(text))
    }

    @Test("the offset counts characters, after a long run of wide text")
    func offsetAfterChinese() {
        let text = String(repeating: "卷", count: 50) + "a" + marks(bound)
        #expect(LessonLimits.overloadedCharacter(in: text) == 50)
    }
}
