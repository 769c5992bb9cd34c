import ScreenCore
import Testing

/// A layout's bands: stacked in order, never overlapping, never past the rectangle's edge.
@Suite struct RectTests {
    @Test(arguments: [[1, 0, 3, 2], [5, 5, 5], [0, 0], [2, 30, 1]])
    func verticalBandsStackInOrderAndStopAtTheBottom(heights: [Int]) {
        let area = Rect(row: 2, column: 3, width: 10, height: 12)
        let (bands, rest) = area.splitVertically(heights)
        // Worked out row by row: each band starts where the last ended, cut at the bottom (14).
        var top = 2
        for (band, wanted) in zip(bands, heights) {
            let height = min(wanted, 14 - top)
            #expect(band == Rect(row: top, column: 3, width: 10, height: height))
            top += height
        }
        #expect(rest == Rect(row: top, column: 3, width: 10, height: 14 - top))
    }

    @Test func horizontalBandsSitSideBySide() {
        let (bands, rest) = Rect(row: 1, column: 0, width: 8, height: 3).splitHorizontally([3, 4, 5])
        #expect(bands.map(\.column) == [0, 3, 7])
        #expect(bands.map(\.width) == [3, 4, 1])
        #expect(bands.allSatisfy { $0.row == 1 && $0.height == 3 })
        #expect(rest.width == 0 && rest.column == 8)
    }

    @Test func takingFromTheBottomLeavesTheTop() {
        var area = Rect(width: 20, height: 5)
        let status = area.takeBottom(1)
        #expect(status == Rect(row: 4, column: 0, width: 20, height: 1))
        #expect(area == Rect(row: 0, column: 0, width: 20, height: 4))
        #expect(area.takeBottom(9).height == 4)
        #expect(area.height == 0)
    }

    @Test func insetKeepsTheMarginsAndNeverGoesNegative() {
        let screen = Screen(width: 12, height: 4)
        let body = Rect(screen).inset(left: 1, right: 1)
        #expect((body.column, body.right, body.width) == (1, 11, 10))
        #expect(Rect(width: 1, height: 1).inset(left: 3, right: 3).width == 0)
        #expect(Rect(width: -5, height: -1) == Rect(width: 0, height: 0))
    }

    @Test func bandsFromTheBottomStackUpwardAndStopAtTheTop() {
        // A status line, then a tutor line above it, then more than is left.
        let (bands, rest) = Rect(row: 3, column: 2, width: 9, height: 4).split([1, 2, 5], from: .bottom)
        #expect(
            bands == [
                Rect(row: 6, column: 2, width: 9, height: 1), Rect(row: 4, column: 2, width: 9, height: 2),
                Rect(row: 3, column: 2, width: 9, height: 1),
            ])
        #expect(rest == Rect(row: 3, column: 2, width: 9, height: 0))
    }
}
