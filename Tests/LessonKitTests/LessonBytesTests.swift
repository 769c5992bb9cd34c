import PointwiseCore
import Synchronization
import Testing

@testable import LessonKit

/// A lesson read where its bytes are held (a file mapping, in the program) reads exactly as from
/// an array, keeps the bytes for its messages' source lines while its result lives, and gives
/// them back once when the result is gone: a mapping never given back would stay mapped for the
/// whole session, one more at every reload.
@Suite("Lesson bytes held elsewhere")
struct LessonBytesTests {
    private static let lesson = "---\ninput:\n  - [[1.5, 2], [3, -4.25]]\nweights:\n  - [2]\n---\n"

    /// How many times adopted bytes were given back.
    private final class Releases: Sendable {
        let count = Mutex(0)
        var now: Int { count.withLock { $0 } }
    }

    /// Bytes in memory the test owns, counted in `releases` when they are given back.
    private static func adopted(_ text: String, releases: Releases) -> LessonBytes {
        let bytes = Array(text.utf8)
        let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = memory.initialize(from: bytes)
        return LessonBytes(adopting: UnsafeBufferPointer(memory)) { buffer in
            releases.count.withLock { $0 += 1 }
            buffer.deallocate()
        }
    }

    @Test("a lesson read from adopted bytes has the same values and diagnostics as one read from an array")
    func sameAsArray() throws {
        let releases = Releases()
        let fromArray = LessonReader.read(bytes: Array(Self.lesson.utf8))
        let adopted = LessonReader.read(file: Self.adopted(Self.lesson, releases: releases))
        let expected = try #require(fromArray.lesson)
        let lesson = try #require(adopted.lesson)
        #expect(lesson.convolution.input.units == [150, 200, 300, -425])
        #expect(lesson.convolution.input.scale == 2)
        #expect(lesson == expected)
        let broken = Self.lesson.replacingOccurrences(of: "-4.25", with: "-4,25")
        let arrayErrors = LessonReader.read(bytes: Array(broken.utf8)).diagnostics
        let adoptedErrors = LessonReader.read(file: Self.adopted(broken, releases: releases)).diagnostics
        #expect(!adoptedErrors.isEmpty)
        #expect(adoptedErrors == arrayErrors)
    }

    @Test("the result keeps the bytes for its source lines and gives them back once when it is gone")
    func releasedOnceWithTheResult() {
        let releases = Releases()
        var result: LessonReader.Result? = LessonReader.read(file: Self.adopted(Self.lesson, releases: releases))
        #expect(releases.now == 0)
        #expect(result?.source == Self.lesson)
        result = nil
        #expect(result == nil)
        #expect(releases.now == 1)
    }
}
