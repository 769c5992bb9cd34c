/// The lessons shipped in `Lessons/`, compiled into the binary so `pointwise NAME` works anywhere.
///
/// SwiftPM embeds each file of `Lessons/` (through the `Lessons` link in this folder) as bytes;
/// the files stay the only source. A test checks that every lesson file is listed here.
public enum BundledLessonFiles {
    /// A lesson's name (its file name without `.md`) and its bytes.
    public struct File: Sendable {
        public let name: String
        public let bytes: [UInt8]
    }

    /// Every bundled lesson, in the order `pointwise list` shows them.
    public static let all: [File] = [
        File(name: "intro", bytes: PackageResources.intro_md),
        File(name: "intro.zh-TW", bytes: PackageResources.intro_zh_TW_md),
        File(name: "expand", bytes: PackageResources.expand_md),
        File(name: "bias-relu", bytes: PackageResources.bias_relu_md),
        File(name: "fully-connected", bytes: PackageResources.fully_connected_md),
        File(name: "inception", bytes: PackageResources.inception_md),
        File(name: "inception.zh-TW", bytes: PackageResources.inception_zh_TW_md),
        File(name: "mobilenet", bytes: PackageResources.mobilenet_md),
        File(name: "mobilenet.zh-TW", bytes: PackageResources.mobilenet_zh_TW_md),
    ]

    /// The lesson with this name, or nil.
    public static func named(_ name: String) -> File? {
        all.first { $0.name == name }
    }

    /// The lesson opened when none is named: Traditional Chinese when `LANG` (or `LC_ALL`,
    /// `LC_MESSAGES`) starts with `zh`, else English.
    public static func defaultName(environment: [String: String]) -> String {
        let locale = [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("zh") ? "intro.zh-TW" : "intro"
    }
}
