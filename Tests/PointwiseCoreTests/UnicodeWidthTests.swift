import Foundation
import Glibc
import PointwiseCore
import Testing

/// glibc's `wcwidth` in the C.UTF-8 locale, set for this thread only (other tests run in
/// parallel, and the process locale stays as it was).
private func glibcWidths() throws -> [Int32] {
    // Glibc's Swift module leaves wcwidth out (it needs _XOPEN_SOURCE): look the C function up.
    typealias WidthFunction = @convention(c) (wchar_t) -> Int32
    let symbol = try #require(dlsym(nil, "wcwidth"), "glibc has no wcwidth")
    let wcwidth = unsafeBitCast(symbol, to: WidthFunction.self)
    let locale = try #require(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil), "no C.UTF-8 locale")
    let previous = uselocale(locale)
    defer {
        uselocale(previous)
        freelocale(locale)
    }
    var widths = [Int32](repeating: -1, count: 0x110000)
    for value in 0..<0x110000 where !(0xD800...0xDFFF).contains(value) {
        widths[value] = wcwidth(wchar_t(value))
    }
    return widths
}

@Suite("Character widths agree with glibc and with how terminals draw clusters")
struct UnicodeWidthTests {
    @Test("every scalar glibc's wcwidth knows has the same width in our table, in C.UTF-8")
    func everyScalarAgreesWithWcwidth() throws {
        let widths = try glibcWidths()
        #expect(widths[0x41] == 1 && widths[0x4E00] == 2, "wcwidth is not answering for UTF-8")
        var disagreements: [String] = []
        var unknownToGlibc = 0
        for value in 0x20..<0x110000 where !(0xD800...0xDFFF).contains(value) && !(0x7F...0x9F).contains(value) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let expected = widths[value]
            if expected < 0 {
                // The one documented exception: scalars glibc's table does not know (unassigned
                // there, newer than its Unicode version, or noncharacters; U+2028/9 are controls
                // to it) get their width from Unicode 15.0's data. They must be one of those.
                unknownToGlibc += 1
                let isRecentOrUnassigned =
                    scalar.properties.isNoncharacterCodePoint
                    || (scalar.properties.age.map { $0.major >= 15 } ?? true)
                if !isRecentOrUnassigned, ![0x2028, 0x2029].contains(value) {
                    disagreements.append("U+\(String(value, radix: 16)) unknown to glibc yet assigned before 15.0")
                }
                continue
            }
            let ours = TextWidth.columns(of: scalar)
            if ours != Int(expected) {
                disagreements.append("U+\(String(value, radix: 16, uppercase: true)): ours \(ours), wcwidth \(expected)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) differ: \(disagreements.prefix(20))")
        #expect(unknownToGlibc > 0)
    }

    @Test(
        "clusters are measured as terminals draw them; where that differs from summing wcwidth, the difference is the documented one",
        arguments: [
            // (text, columns on screen, sum of wcwidth over its scalars)
            ("K\u{0600}L", 3, 3),  // a prepended mark keeps its column; L is not swallowed
            ("\u{06DD}1", 2, 2), ("\u{070F}x", 2, 2), ("\u{110BD}x", 2, 2),
            ("e\u{0301}", 1, 1), ("\u{1100}\u{1161}\u{11A8}", 2, 2), ("䷀", 2, 2), ("㉈", 2, 2),
            ("🇯🇵", 2, 2),  // a flag: two regional indicators, one picture
            ("👨\u{200D}👩\u{200D}👧", 2, 6),  // a ZWJ sequence: one picture, not three
            ("❤\u{FE0F}", 2, 1),  // emoji presentation asked for: two columns
            ("👍🏽", 2, 4),  // a skin-tone modifier joins its base
        ]
    )
    func clusters(text: String, columns: Int, wcswidthSum: Int) throws {
        let widths = try glibcWidths()
        let sum = text.unicodeScalars.reduce(0) { $0 + Int(widths[Int($1.value)]) }
        #expect(sum == wcswidthSum, "the documented wcwidth sum is wrong")
        #expect(TextWidth.columns(of: text) == columns)
    }

    @Test("the committed table is what the script generates from the pinned Unicode 15.0 data")
    func tableIsGenerated() throws {
        let script = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/generate-width-table.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, "--check"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("matches Unicode 15.0.0"))
    }
}
