import LessonKit
import Testing

@testable import Explainer

/// Layouts count a panel's indicator lines without making their texts; the count must be the
/// number of lines drawn, or a panel would be a row short or long.
@Suite("Indicator lines counted as they are drawn")
struct IndicatorCountTests {
    @Test("the count is the number of lines, for every mix of hidden parts, width, language and style")
    func countMatchesLines() {
        let dimensions: [ScrollIndicator.Dimension] = [.channels, .rows, .columns, .kernels]
        var checked = 0
        for total in [1, 3, 9, 28, 192, 4096] {
            for start in [0, 1, max(0, total - 2)] {
                let indicators = dimensions.enumerated().map { index, dimension in
                    // Some whole, some windowed at the start, the middle or the end.
                    ScrollIndicator(
                        dimension: dimension,
                        span: index % 2 == 0 ? .whole(total) : Span(start: min(start, total - 1), count: 1, total: total))
                }
                for width in [1, 8, 20, 40, 79, 200] {
                    for language in InterfaceLanguage.allCases {
                        for symbols in [Symbols.unicode, Symbols.ascii] {
                            let lines = ScrollIndicator.lines(indicators, width: width, language: language, symbols: symbols)
                            #expect(
                                ScrollIndicator.lineCount(indicators, width: width, language: language, symbols: symbols) == lines.count,
                                "total \(total), start \(start), width \(width), \(language)")
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked == 6 * 3 * 6 * InterfaceLanguage.allCases.count * 2)
    }
}
