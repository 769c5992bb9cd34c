import ScreenCore

/// Deterministic pseudo-random frames for the drawing tests: rows of narrow and wide characters,
/// marks and long clusters in a few styles, with gaps.
enum RandomFrames {
    /// The pieces frames are made of: narrow and wide characters, marks, long clusters, numbers.
    static let pieces = [
        "a", "b", " ", "漢", "字", "é", "e\u{0301}\u{0302}", "👍🏽", "x" + String(repeating: "\u{0301}", count: 9), "12.5", "−0.42", "│",
    ]

    /// A frame whose cells take their styles from `styles`, drawn with `seed`'s sequence.
    static func frame(seed: inout UInt64, width: Int, height: Int, styles: [CellStyle]) -> Screen {
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var screen = Screen(width: width, height: height)
        for row in 0..<height {
            var column = next(3)
            while column < width {
                column = screen.write(pieces[next(pieces.count)], row: row, column: column, style: styles[next(styles.count)]) + next(2)
            }
        }
        return screen
    }
}
