import BundledLessons
import Foundation
import LessonKit
import PointwiseCore
import Testing

/// The folder `Lessons/` of this package, found from this file's path.
private let lessonsFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Lessons")

@Suite("The bundled lessons")
struct BundledLessonTests {
    @Test("every lesson file in Lessons/ is built in, and every built-in lesson is a file there")
    func listedExactlyOnce() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: lessonsFolder.path)
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix("README") }
            .map { String($0.dropLast(3)) }
        #expect(Set(files) == Set(BundledLessonFiles.all.map(\.name)))
        for file in BundledLessonFiles.all {
            let onDisk = try Data(contentsOf: lessonsFolder.appendingPathComponent(file.name + ".md"))
            #expect(Array(onDisk) == file.bytes, "\(file.name) is embedded from Lessons/")
        }
    }

    @Test("every bundled lesson reads without errors or warnings", arguments: BundledLessonFiles.all.map(\.name))
    func valid(name: String) throws {
        let file = try #require(BundledLessonFiles.named(name))
        let result = file.read()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.lesson != nil)
    }

    @Test("on paper no bundled lesson's text tells its reader to press a key", arguments: BundledLessonFiles.all.map(\.name))
    func paperTextHasNoKeys(name: String) throws {
        let file = try #require(BundledLessonFiles.named(name))
        let lesson = try #require(file.read().lesson)
        for section in SectionKind.allCases {
            let onScreen = lesson.template(for: section).fill { _ in "" }
            let onPaper = lesson.template(for: section).forPaper.fill { _ in "" }
            for instruction in ["Press ", "press ", "按 "] {
                #expect(!onPaper.contains(instruction), "\(name) \(section): \(onPaper)")
            }
            // The screen keeps them: only the paper leaves them out.
            #expect(onPaper.count <= onScreen.count)
        }
    }

    @Test("the source note's example comes in English and Traditional Chinese with the same numbers")
    func sourceNoteInTwoLanguages() throws {
        let englishFile = try #require(BundledLessonFiles.named("intro"))
        let chineseFile = try #require(BundledLessonFiles.named("intro.zh-TW"))
        let english = try #require(LessonReader.read(bytes: englishFile.bytes).lesson)
        let chinese = try #require(LessonReader.read(bytes: chineseFile.bytes).lesson)
        #expect(english.convolution == chinese.convolution)
        #expect(english.convolution.shape == ConvolutionShape(height: 3, width: 3, inChannels: 3, outChannels: 2))
        #expect(english.interfaceLanguage == .english)
        #expect(chinese.interfaceLanguage == .traditionalChinese)
        #expect(Set(chinese.sections.keys) == Set(SectionKind.allCases).subtracting([.bias, .activation]))
    }

    @Test("the default lesson follows the locale")
    func defaultLesson() {
        #expect(BundledLessonFiles.defaultName(environment: ["LANG": "zh_TW.UTF-8"]) == "intro.zh-TW")
        #expect(BundledLessonFiles.defaultName(environment: ["LANG": "en_US.UTF-8"]) == "intro")
        #expect(BundledLessonFiles.defaultName(environment: [:]) == "intro")
        #expect(BundledLessonFiles.defaultName(environment: ["LC_ALL": "C.UTF-8", "LANG": "zh_TW.UTF-8"]) == "intro")
    }

    @Test("the complete example in Lessons/README.md is a valid lesson")
    func guideExample() throws {
        let guide = try String(contentsOf: lessonsFolder.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(guide.firstRange(of: "```markdown\n"))
        let end = try #require(guide[start.upperBound...].firstRange(of: "\n```\n"))
        let example = String(guide[start.upperBound..<end.lowerBound]) + "\n"
        let result = LessonReader.read(text: example)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let lesson = try #require(result.lesson)
        #expect(lesson.sections.count == SectionKind.allCases.count)
        // out1(1, 1) = relu(1 + 0.5·1 − 1·0) = 1.5
        #expect(lesson.convolution.output(kernel: 0, row: 0, column: 0).description == "1.5")
    }
}
