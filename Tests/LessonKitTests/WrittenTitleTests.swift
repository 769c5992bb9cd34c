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

    // MARK: The title line alone, for recent files

    @Test("every bundled lesson's title line gives its title", arguments: BundledLessonFiles.all.map(\.name))
    func bundledLine(name: String) throws {
        let file = try #require(BundledLessonFiles.named(name))
        let lesson = try #require(file.read().lesson)
        #expect(LessonReader.titleLine(bytes: file.bytes) == lesson.title)
    }

    @Test(
        "a title line gives what the whole reading gives, after the numbers too",
        arguments: [
            "title: Mixing channels", "title: \"a: b, with \\\"quotes\\\"\"", "title: 'It''s one by one'", "title: plain # and a comment",
            "title:   spaced out   ", "title: \"\\u001B[2Jhi \\u202Eevil\"", "title: 通道的線性組合",
        ])
    func sameAsReading(line: String) throws {
        let numbers = String(LessonFixtures.frontMatter().dropFirst(4))
        for text in ["---\n" + line + "\n" + numbers, "---\n" + numbers.dropLast(4) + line + "\n---\n"] {
            let lesson = try #require(LessonReader.read(text: text).lesson, "\(text)")
            #expect(LessonReader.titleLine(bytes: Array(text.utf8)) == lesson.title)
        }
    }

    @Test("a title that goes on below its line, or an indented one, is left to the whole reading")
    func leftToReading() throws {
        let numbers = String(LessonFixtures.frontMatter().dropFirst(4))
        // Not "Mixing": whatever the whole reading makes of the lines below, the title line alone cannot say.
        for goesOn in ["---\ntitle: Mixing\n  channels\n" + numbers, "---\ntitle: \"Mixing\n  channels\"\n" + numbers] {
            #expect(LessonReader.titleLine(bytes: Array(goesOn.utf8)) == nil)
        }
        let folded = "---\ntitle: >\n  Mixing\n  channels\n" + numbers
        #expect(LessonReader.titleLine(bytes: Array(folded.utf8)) == nil)
        #expect(LessonReader.titleLine(bytes: Array(LessonFixtures.frontMatter().utf8)) == nil)
        let long = "---\ntitle: " + String(repeating: "t", count: LessonLimits.maximumTitleLength + 1) + "\n" + numbers
        #expect(LessonReader.titleLine(bytes: Array(long.utf8)) == nil)
        #expect(LessonReader.titleLine(bytes: Array("---\ntitle: [1, 2\n---\n".utf8)) == nil)
        #expect(LessonReader.titleLine(bytes: Array("---\ntitles: no\n---\n".utf8)) == nil)
        #expect(LessonReader.titleLine(bytes: [0xFF, 0xFE]) == nil)
        // In the body, not the front matter: not a title.
        #expect(LessonReader.titleLine(bytes: Array((LessonFixtures.frontMatter() + "title: body\n").utf8)) == nil)
    }
}
