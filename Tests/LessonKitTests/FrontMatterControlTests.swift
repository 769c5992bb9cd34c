import LessonKit
import Testing

/// The front matter's own scan refuses exactly the control characters, by the one inert-text
/// policy: C0 controls but the tab, DEL and the C1 controls. Other unsafe characters (bidi
/// marks, separators, invisibles) are legal YAML and are only shown inert later.
@Suite("The front matter's scan judges control characters by the inert-text policy")
struct FrontMatterControlTests {
    /// Scalars YAML refuses, named here on their own (not taken from the program's table).
    static let controls: [UInt32] = [0x01, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9B, 0x9F]

    @Test("each control character is refused where it stands, named by its code point", arguments: controls)
    func refused(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let (_, diagnostics) = FrontMatterFixture.parse("a: \"x\"\nb: 中\(Character(scalar))y\n")
        let hex = String(value, radix: 16, uppercase: true)
        let code = String(repeating: "0", count: 4 - hex.count) + hex
        #expect(diagnostics.map(\.message) == ["control character U+\(code) is not allowed in the front matter"])
        #expect(diagnostics.map(\.location) == [SourceLocation(line: 3, column: 5)])
    }

    @Test(
        "tabs, line breaks and the other unsafe characters are not control errors",
        arguments: [0x09, 0xA0, 0x200E, 0x202E, 0x2028, 0x2060, 0xFEFF, 0xE0041] as [UInt32])
    func allowed(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let (_, diagnostics) = FrontMatterFixture.parse("a: \"x\(Character(scalar))y\"\r\nb: 1\n")
        #expect(diagnostics.isEmpty, "U+\(String(value, radix: 16)): \(diagnostics.map(\.message))")
    }
}
