import Testing

@testable import PointwiseCore

@Suite("Exact decimals")
struct ExactDecimalTests {
    @Test(
        "reads the ways a teacher writes numbers",
        arguments: [
            ("3", "3"), ("-0.25", "-0.25"), ("+1.5", "1.5"), (".5", "0.5"), ("5.", "5"),
            ("2e-3", "0.002"), ("1.5E2", "150"), ("-0", "0"), ("0.000", "0"), ("007", "7"), ("1.250", "1.25"),
        ])
    func parses(text: String, expected: String) {
        #expect(d(text).description == expected)
    }

    @Test(
        "rejects what is not a finite number",
        arguments: [
            ("inf", DecimalLiteral.Problem.notFinite), (".nan", .notFinite), ("-.inf", .notFinite),
            ("abc", .notANumber), ("1,000", .notANumber), ("0x10", .notANumber), ("", .notANumber),
            ("1e", .notANumber), ("--1", .notANumber), ("1e-30", .tooManyDigits), ("1e30", .tooManyDigits),
        ])
    func rejects(text: String, problem: DecimalLiteral.Problem) {
        #expect(DecimalLiteral.parse(text) == .failure(problem))
    }

    @Test("formats with a typographic or an ASCII minus")
    func formatsMinus() {
        #expect(DecimalFormatter.format(d("-1.5"), style: .unicode) == "\u{2212}1.5")
        #expect(DecimalFormatter.format(d("-1.5"), style: .ascii) == "-1.5")
        #expect(DecimalFormatter.format(d("-0.05"), style: .ascii) == "-0.05")
    }

    @Test("compares values written at different scales")
    func compares() {
        #expect(d("0.5") < d("1"))
        #expect(d("-2") < d("-1.99"))
        #expect(d("1.50") == d("1.5"))
    }
}
