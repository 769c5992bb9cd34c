import PointwiseCore
import Testing

/// A decimal from its written form, e.g. "-0.125".
private func decimal(_ text: String) throws -> ExactDecimal {
    let negative = text.hasPrefix("-")
    let body = negative ? String(text.dropFirst()) : text
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    let digits = parts.joined()
    let units = try #require(Int128(digits))
    return ExactDecimal(units: negative ? -units : units, scale: parts.count > 1 ? parts[1].count : 0)
}

@Suite("Numbers shortened to fit a cell")
struct FittedNumberTests {
    @Test("a value that fits is exactly the full form", arguments: ["0", "42", "-1.25", "0.3", "123456789"])
    func fits(text: String) throws {
        let value = try decimal(text)
        #expect(DecimalFormatter.format(value, style: .ascii, maxWidth: 10) == DecimalFormatter.format(value, style: .ascii))
    }

    @Test(
        "too wide: fewer decimals, then an integer, then scientific notation, always marked",
        arguments: [
            ("0.333333333333333333", 6, "~0.333"),
            ("-0.333333333333333333", 6, "~-0.33"),
            ("2.999999999999999999", 6, "~3"),
            ("123456.789", 8, "~123457"),
            ("9199999999999999999", 10, "~9.2e18"),
            ("9199999999999999999", 6, "~9e18"),
            ("-9199999999999999999", 10, "~-9.2e18"),
            ("1234567890123456", 8, "~1.23e15"),
            ("0.000000000000000001", 10, "~1e-18"),
            ("-0.000000000000000001", 7, "~-1e-18"),
            ("0.000000000123456789", 9, "~1.23e-10"),
            ("0.0000015", 6, "~2e-6"),
            ("99999999999", 6, "~1e11"),
            ("0.00099999", 7, "~0.001"),
        ])
    func shortened(text: String, width: Int, expected: String) throws {
        let shown = DecimalFormatter.format(try decimal(text), style: .ascii, maxWidth: width)
        #expect(shown == expected)
        #expect(shown.count <= width)
    }

    @Test("a tiny non-zero value is never shown as zero, and negative zero is plain 0")
    func zeroes() throws {
        for width in 4...20 {
            let shown = DecimalFormatter.format(try decimal("-0.000000000000000001"), style: .unicode, maxWidth: width)
            #expect(shown.count <= width)
            #expect(shown.hasPrefix("~−1e-18") || shown == "−0.000000000000000001" || shown.allSatisfy { $0 == "#" })
        }
        #expect(DecimalFormatter.format(try decimal("-0"), style: .unicode, maxWidth: 1) == "0")
        #expect(DecimalFormatter.format(try decimal("-0.000"), style: .unicode) == "0")
    }

    @Test("every width from 0 to 40 is respected, for values at the documented limits")
    func everyWidth() throws {
        let values = [
            "9199999999999999999", "-9199999999999999999", "0.000000000000000001", "-123456789.123456789",
            "0.999999999999999999", "-0.5", "5", "999999.999999",
        ]
        for text in values {
            let value = try decimal(text)
            let exact = DecimalFormatter.format(value, style: .unicode)
            for width in 0...40 {
                let shown = DecimalFormatter.format(value, style: .unicode, maxWidth: width)
                #expect(shown.count <= width, "\(text) at \(width): \(shown)")
                #expect(shown == exact || shown.hasPrefix("~") || shown.allSatisfy { $0 == "#" }, "\(text) at \(width): \(shown)")
            }
        }
    }
}
