import BundledLessons
import LessonKit
import PointwiseCore
import Testing

/// Every bundled lesson comes in English and Traditional Chinese, teaching the same steps.
///
/// A lesson `name` is English and `name.zh-TW` its Chinese sibling. Siblings have the same
/// numbers (input, weights, bias, activation), the same cost settings and questions, and write
/// the same sections, so a class can switch language without losing its place.
@Suite("Bundled lessons in both languages")
struct LessonSiblingTests {
    static let chineseSuffix = ".zh-TW"

    /// The English and Chinese names of every bundled topic.
    static var topics: [(english: String, chinese: String)] {
        let names = BundledLessonFiles.all.map(\.name)
        let bases = names.map { $0.hasSuffix(chineseSuffix) ? String($0.dropLast(chineseSuffix.count)) : $0 }
        var seen: Set<String> = []
        return bases.filter { seen.insert($0).inserted }.map { ($0, $0 + chineseSuffix) }
    }

    static func lesson(_ name: String) throws -> Lesson {
        let file = try #require(BundledLessonFiles.named(name), "\(name) is not bundled")
        return try #require(file.read().lesson, "\(name) does not read")
    }

    @Test("every bundled lesson has its sibling in the other language")
    func everyTopicHasBothLanguages() throws {
        let names = Set(BundledLessonFiles.all.map(\.name))
        for topic in Self.topics {
            #expect(names.contains(topic.english), "\(topic.chinese) has no English sibling \(topic.english)")
            #expect(names.contains(topic.chinese), "\(topic.english) has no Chinese sibling \(topic.chinese)")
        }
        #expect(Self.topics.count >= 6)
    }

    @Test("siblings are written in their languages")
    func languages() throws {
        for topic in Self.topics {
            #expect(try Self.lesson(topic.english).interfaceLanguage == .english, "\(topic.english)")
            #expect(try Self.lesson(topic.chinese).interfaceLanguage == .traditionalChinese, "\(topic.chinese)")
        }
    }

    @Test("siblings teach the same steps: same numbers, settings, questions and sections")
    func sameSteps() throws {
        for topic in Self.topics {
            let english = try Self.lesson(topic.english)
            let chinese = try Self.lesson(topic.chinese)
            let pair = "\(topic.english) and \(topic.chinese)"
            #expect(english.convolution == chinese.convolution, "\(pair) differ in their numbers")
            #expect(english.cost == chinese.cost, "\(pair) differ in their cost settings")
            #expect(
                english.questions.map { [$0.row, $0.column, $0.kernel] } == chinese.questions.map { [$0.row, $0.column, $0.kernel] },
                "\(pair) ask different questions")
            #expect(Set(english.sections.keys) == Set(chinese.sections.keys), "\(pair) write different sections")
            #expect(
                english.questions.map { $0.hint != nil } == chinese.questions.map { $0.hint != nil },
                "\(pair) differ in which questions have hints")
        }
    }
}
