import LessonKit
import PointwiseCore

/// The screen's own words, in the lesson's language (English and Traditional Chinese).
public struct Labels: Sendable {
    public let input: String
    public let kernels: String
    public let output: String
    public let step: @Sendable (Int, Int) -> String
    public let introduction: String
    public let pixel: @Sendable (Int, Int) -> String
    /// The current pixel by its 1-based row and column, for the status line.
    public let pixelAt: @Sendable (Int, Int) -> String
    public let runningSum: String
    /// What follows a label before its value: `: ` in English, the full-width `：` in Chinese.
    public let colon: String
    public let playing: String
    public let keyHints: String
    /// The key hints with the cost and matrix views, when the line has room for them.
    public let wideKeyHints: String
    /// The key hints when the full line does not fit.
    public let shortKeyHints: String
    public let helpTitle: String
    public let helpLines: [(keys: String, action: String)]
    public let helpClose: String
    /// The help's last line when it is shown a page at a time.
    public let helpPaging: String
    public let tooSmall: @Sendable (Int, Int, Int, Int) -> String

    public static func forLanguage(_ language: InterfaceLanguage) -> Labels { all[language] }

    private static let all = ByLanguage { Labels(catalogue: $0) }

    /// The labels of `language`, read from the catalogue and the key table.
    init(catalogue language: InterfaceLanguage) {
        func text(_ key: TextKey) -> String { Catalogue.text(key, language) }
        input = text(.screenInput)
        kernels = text(.screenKernels)
        output = text(.screenOutput)
        step = { Catalogue.text(.screenStep, language, ["step": GroupedDigits.format($0), "steps": GroupedDigits.format($1)]) }
        introduction = text(.screenIntroduction)
        pixel = { Catalogue.text(.screenPixel, language, ["pixel": String($0), "pixels": String($1)]) }
        pixelAt = { Catalogue.text(.screenPixelAt, language, ["row": String($0), "column": String($1)]) }
        runningSum = text(.screenRunningSum)
        colon = text(.screenColon)
        playing = text(.screenPlaying)
        keyHints = KeyTable.statusHints(language, .normal)
        wideKeyHints = KeyTable.statusHints(language, .wide)
        shortKeyHints = KeyTable.statusHints(language, .short)
        helpTitle = text(.helpTitle)
        helpLines = KeyTable.helpLines(language)
        helpClose = text(.helpClose)
        helpPaging = text(.helpPaging)
        tooSmall = {
            Catalogue.text(
                .screenTooSmall, language,
                [
                    "need_width": String($0), "need_height": String($1), "width": String($2), "height": String($3),
                ])
        }
    }
}
