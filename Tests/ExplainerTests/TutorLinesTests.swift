import Foundation
import LessonKit
import PointwiseCore
import Testing

@testable import Explainer

/// The words of a text, as a reader sees them: English split at spaces; Chinese, which wraps
/// between characters, as its characters with the spaces left out.
private func words(_ text: String, chinese: Bool) -> [String] {
    chinese ? text.filter { $0 != " " }.map(String.init) : text.split(separator: " ").map(String.init)
}

@Suite("The tutor's lines at the last step: wrapped, never cut mid-word")
struct TutorLinesTests {
    /// The last step of the default lesson with the next lesson offered, as the program sets it up.
    private func lastStep(language: String) throws -> ExplainerState {
        var state = state(try bundledLesson(language == "en" ? "intro" : "intro.zh-TW"), keys: [.character("G")])
        state.lessonArgument = "intro"
        state.lessonChoices = [
            LessonChoice(argument: "intro", title: "The default lesson", isRecentFile: false),
            LessonChoice(argument: "expand", title: "Channel expansion: 2 channels → 4", isRecentFile: false),
        ]
        state.tutor.message = nil
        return state
    }

    @Test(
        "at every width from 40 to 130, in English and Chinese, the rows above the status line read the tutor's words in order, whole, or end in an ellipsis",
        arguments: ["en", "zh-TW"])
    func wrapped(language: String) throws {
        let state = try lastStep(language: language)
        let chinese = language != "en"
        let labels = TutorLabels.forLanguage(language == "en" ? .english : .traditionalChinese)
        let learned = labels.learned
        let next = labels.next("expand", "Channel expansion: 2 channels → 4")
        for height in [20, 24, 40] {
            for width in stride(from: 40, through: 130, by: height == 24 ? 1 : 5) {
                guard ExplainerRenderer.plan(state, width: width, height: height) != nil else { continue }
                let screen = ExplainerRenderer.render(state, width: width, height: height)
                let lines = screen.lines()
                expectDrawnWithin(screen, width: width, height: height, name: "intro \(language)")
                // The tutor's rows: from the first starting "Learned:" or "Next:" to the status line.
                let prefixes = language == "en" ? ["Learned:", "Next:"] : ["學到了", "下一課"]
                let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
                let start = try #require(
                    trimmed.indices.first { index in prefixes.contains { trimmed[index].hasPrefix($0) } },
                    "\(width)×\(height): no tutor line:\n\(lines.joined(separator: "\n"))")
                let rows = trimmed[start..<(height - 1)]
                let shown = rows.joined(separator: chinese ? "" : " ")
                #expect(
                    shown.contains(prefixes[1]),
                    "\(width)×\(height): the offer of the next lesson is missing:\n\(lines.joined(separator: "\n"))")
                // Every word shown is the tutor's, whole, in order; a shortened part ends in "…".
                for part in [learned, next] {
                    let expected = words(part, chinese: chinese)
                    guard let first = expected.first, let start = words(shown, chinese: chinese).firstIndex(of: first) else { continue }
                    let seen = Array(words(shown, chinese: chinese)[start...].prefix(expected.count))
                    for (index, word) in seen.enumerated() where word != expected[index] {
                        let cut = word.hasSuffix("…") && expected[index].hasPrefix(String(word.dropLast()))
                        #expect(
                            cut,
                            "\(width)×\(height): '\(word)' is not the tutor's word '\(expected[index])':\n\(lines.joined(separator: "\n"))")
                        break
                    }
                }
                #expect(
                    shown.hasSuffix(String(next.suffix(6))) || shown.hasSuffix("…"),
                    "\(width)×\(height): the offer is cut without a mark:\n\(lines.joined(separator: "\n"))")
            }
        }
    }

    @Test("at 80×24 the last step shows both tutor lines whole, and the lesson's text pages instead of hiding under them")
    func wholeAt80x24() throws {
        let state = try lastStep(language: "en")
        let lines = ExplainerRenderer.render(state, width: 80, height: 24).lines()
        let tutor = lines[18..<23].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(tutor.contains("Learned: only the depth changes, not H×W; each output mixes one pixel's channels; and it is cheap."))
        #expect(tutor.contains("Next: expand — Channel expansion: 2 channels → 4. Press o to open it (or another lesson)."))
        // The end text has more lines than the rows left: its last row says there is more.
        #expect(lines.contains { $0.hasSuffix("▾ ^D") })
    }
}
