import LessonKit

/// The picture view's own words, in English and Traditional Chinese.
struct PictureLabels: Sendable {
    let viewName: String
    let keyHints: String
    let shortKeyHints: String
    /// "x1–12 of 192" for a page of channels.
    let shownChannels: @Sendable (_ first: String, _ last: String, _ total: Int) -> String
    /// "out3 of 16" for a page of one channel.
    let shownChannel: @Sendable (_ name: String, _ total: Int) -> String
    /// Each cell shows the average of `n × n` pixels.
    let averaged: @Sendable (_ factor: Int) -> String
    /// Each pixel is drawn `n` times larger.
    let magnified: @Sendable (_ factor: Int) -> String
    /// A layer too big to compute whole at once: the output is shown at every n-th pixel.
    let sampled: @Sendable (_ stride: Int) -> String
    /// Under the kernels: which rows and columns are shown.
    let kernelWindow: @Sendable (_ kernels: String, _ channels: String) -> String
    /// The idea of the view, at the introduction (in place of the formula).
    let idea: @Sendable (_ inChannels: Int, _ outChannels: Int) -> String
    /// What the colours mean, under the panels.
    let colorKey: @Sendable (_ style: PictureStyle) -> String

    static func forLanguage(_ language: InterfaceLanguage) -> PictureLabels { all[language] }

    private static let all = ByLanguage { PictureLabels(catalogue: $0) }

    /// The picture view's labels in `language`, from the catalogue.
    init(catalogue language: InterfaceLanguage) {
        func text(_ key: TextKey, _ arguments: [String: String] = [:]) -> String { Catalogue.text(key, language, arguments) }
        viewName = text(.pictureName)
        keyHints = text(.pictureKeys)
        shortKeyHints = text(.pictureShortKeys)
        shownChannels = { Catalogue.text(.pictureShownChannels, language, ["first": $0, "last": $1, "total": String($2)]) }
        shownChannel = { Catalogue.text(.pictureShownChannel, language, ["name": $0, "total": String($1)]) }
        averaged = { Catalogue.text(.pictureAveraged, language, ["factor": String($0)]) }
        magnified = {
            $0 > 1 ? Catalogue.text(.pictureMagnified, language, ["factor": String($0)]) : Catalogue.text(.pictureActualSize, language)
        }
        sampled = { Catalogue.text(.pictureSampled, language, ["stride": String($0)]) }
        kernelWindow = { "\($0) × \($1)" }
        idea = { Catalogue.text(.pictureIdea, language, ["in_channels": String($0), "out_channels": String($1)]) }
        colorKey = { style in
            switch style {
            case .color: Catalogue.text(.pictureColoursColor, language)
            case .shades: Catalogue.text(.pictureColoursShades, language)
            case .ascii: Catalogue.text(.pictureColoursASCII, language)
            }
        }
    }
}
