import BundledLessons
import LessonKit
import TestSupport
import Testing

/// The title a lesson list shows, read from the front matter alone: the same as the whole
/// lesson's title wherever it gives one.
@Suite("A lesson's written title, for lists")
struct WrittenTitleTests {
    @Test("every bundled lesson's written title is its title", arguments: BundledLessonFiles.all.map(\.name))
    func bundled(name: String) throws {
        let file = try #require(BundledLessonFiles.named(name))
        let lesson = try #require(file.read().lesson)
        #expect(LessonReader.writtenTitle(bytes: file.bytes) == lesson.title)
    }

    @Test("a title with escape sequences is made inert as the lesson's title is")
    func inert() throws {
        let text = "---\ntitle: \"\\u001B[2Jhi \\u202Eevil\"\n" + LessonFixtures.frontMatter().dropFirst(4)
        let lesson = try #require(LessonReader.read(text: String(text)).lesson)
        #expect(LessonReader.writtenTitle(bytes: Array(text.utf8)) == lesson.title)
        #expect(lesson.title.hasPrefix("^[[2Jhi <U+202E>evil"))
    }

    @Test("no written title, a title past the limits or a broken front matter gives none")
    func none() {
        let numbers = String(LessonFixtures.frontMatter().dropFirst(4))
        #expect(LessonReader.writtenTitle(bytes: Array(LessonFixtures.frontMatter().utf8)) == nil)
        let long = "---\ntitle: " + String(repeating: "t", count: LessonLimits.maximumTitleLength + 1) + "\n" + numbers
        #expect(LessonReader.writtenTitle(bytes: Array(long.utf8)) == nil)
        #expect(LessonReader.writtenTitle(bytes: Array("---\ntitle: [1, 2\n---\n".utf8)) == nil)
        #expect(LessonReader.writtenTitle(bytes: [0xFF, 0xFE]) == nil)
    }
}
