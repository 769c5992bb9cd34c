import LessonKit

/// The lessons shipped in `Lessons/`, compiled into the binary so `pointwise NAME` works anywhere.
///
/// SwiftPM embeds each file of `Lessons/` (through the `Lessons` link in this folder) as bytes;
/// the files stay the only source. The data files bundled lessons name (`file: digits-input.npy`)
/// are embedded the same way and listed in `dataFiles`, so a bundled lesson reads them from the
/// binary, never from the disk. A test checks that every file of `Lessons/` is listed here.
public enum BundledLessonFiles {
    /// A lesson's name (its file name without `.md`) and its bytes.
    public struct File: Sendable {
        public let name: String
        public let bytes: [UInt8]

        /// Reads the lesson, with the bundled data files as the only files it may name.
        public func read() -> LessonReader.Result {
            LessonReader.read(bytes: bytes, files: BundledLessonFiles.dataFileSource)
        }
    }

    /// The data files of `Lessons/` (`.npy`, `.png`) by file name, embedded like the lessons.
    public static let dataFiles: [String: [UInt8]] = [
        "digits-input.npy": PackageResources.digits_input_npy,
        "digits-weights.npy": PackageResources.digits_weights_npy,
        "digits-bias.npy": PackageResources.digits_bias_npy,
        "digits-image.npy": PackageResources.digits_image_npy,
        "rgb-picture.png": PackageResources.rgb_picture_png,
    ]

    /// Where bundled lessons read their `file:` names: the embedded data files only.
    public static let dataFileSource = DataFileSource.files(dataFiles)

    /// Every bundled lesson, in the order `pointwise list` shows them.
    public static let all: [File] = [
        File(name: "intro", bytes: PackageResources.intro_md),
        File(name: "intro.zh-TW", bytes: PackageResources.intro_zh_TW_md),
        File(name: "expand", bytes: PackageResources.expand_md),
        File(name: "expand.zh-TW", bytes: PackageResources.expand_zh_TW_md),
        File(name: "bias-relu", bytes: PackageResources.bias_relu_md),
        File(name: "bias-relu.zh-TW", bytes: PackageResources.bias_relu_zh_TW_md),
        File(name: "fully-connected", bytes: PackageResources.fully_connected_md),
        File(name: "fully-connected.zh-TW", bytes: PackageResources.fully_connected_zh_TW_md),
        File(name: "inception", bytes: PackageResources.inception_md),
        File(name: "inception.zh-TW", bytes: PackageResources.inception_zh_TW_md),
        File(name: "mobilenet", bytes: PackageResources.mobilenet_md),
        File(name: "mobilenet.zh-TW", bytes: PackageResources.mobilenet_zh_TW_md),
        File(name: "digits", bytes: PackageResources.digits_md),
        File(name: "digits.zh-TW", bytes: PackageResources.digits_zh_TW_md),
        File(name: "rgb-to-grey", bytes: PackageResources.rgb_to_grey_md),
        File(name: "rgb-to-grey.zh-TW", bytes: PackageResources.rgb_to_grey_zh_TW_md),
    ]

    /// The lesson with this name, or nil.
    public static func named(_ name: String) -> File? {
        all.first { $0.name == name }
    }

    /// The lesson opened when none is named: Traditional Chinese when `LANG` (or `LC_ALL`,
    /// `LC_MESSAGES`) starts with `zh`, else English.
    public static func defaultName(environment: [String: String]) -> String {
        let locale =
            [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("zh") ? "intro.zh-TW" : "intro"
    }
}
