import BundledLessons
import Explainer
import LessonKit
import PointwiseCore

/// The lessons the in-app list (`o`) offers: the bundled ones in the current language, and lesson
/// files opened before (remembered in the progress folder, most recent first).
enum RecentLessons {
    /// How many recent files are remembered.
    static let limit = 8

    /// The recent-files list in a store's folder.
    static func path(in store: ProgressStore) -> String { store.directory + "/recent-lessons" }

    /// The absolute paths remembered, most recent first, those that no longer exist left out.
    static func load(from store: ProgressStore?) -> [String] {
        guard let store, FileIO.exists(path(in: store)),
            let bytes = try? FileIO.read(path: path(in: store), limit: 1 << 16),
            let text = String(validating: bytes, as: UTF8.self)
        else { return [] }
        return text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("/") && FileIO.exists($0) }
    }

    /// Puts a lesson file first in the list; a failure to write is not worth a message.
    static func remember(_ absolutePath: String, in store: ProgressStore?) {
        guard let store, absolutePath.hasPrefix("/"), !absolutePath.contains("\n") else { return }
        let paths = [absolutePath] + load(from: store).filter { $0 != absolutePath }
        let text = paths.prefix(limit).joined(separator: "\n") + "\n"
        try? FileWriting.makeDirectories(store.directory)
        try? FileWriting.writeAtomically(Array(text.utf8), to: path(in: store))
    }

    /// The list in every interface language, so that a lesson whose language changes on reload
    /// finds its list (and the offer of the next lesson) in the new language.
    static func choicesByLanguage(recent: [String]) -> [InterfaceLanguage: [LessonChoice]] {
        // Each recent file is read once, whatever the number of languages.
        let recentChoices = recent.map { path in LessonChoice(argument: path, title: recentTitle(path), isRecentFile: true) }
        return Dictionary(uniqueKeysWithValues: InterfaceLanguage.allCases.map { ($0, choices(language: $0, recent: recentChoices)) })
    }

    /// A recent file's title for the list: the front matter's `title:` line where it has one, so
    /// a lesson of megabytes of numbers is not read whole at every start; else the title the
    /// whole reading gives, or "?" when it cannot be read.
    static func recentTitle(_ path: String) -> String {
        guard let source = try? LessonLoading.source(for: path) else { return "?" }
        let title = LessonReader.titleLine(file: source.bytes) ?? source.read().lesson?.title ?? "?"
        return InertText.escapeLines(title)
    }

    /// The list for a lesson in `language`: each bundled lesson once, in its translation for that
    /// language where one exists (`intro.zh-TW` for Chinese), then the recent files.
    static func choices(language: InterfaceLanguage, recent: [LessonChoice]) -> [LessonChoice] {
        let names = BundledLessonFiles.all.map(\.name)
        let suffix = ".zh-TW"
        var choices: [LessonChoice] = []
        for name in names where !name.hasSuffix(suffix) {
            let translated = name + suffix
            let chosen = language == .traditionalChinese && names.contains(translated) ? translated : name
            // A bundled lesson is known to be valid (CI checks every one): its written title is
            // its title, without reading its sections and tensors.
            guard let bytes = BundledLessonFiles.named(chosen)?.bytes,
                let title = LessonReader.writtenTitle(bytes: bytes) ?? (try? LessonLoading.source(for: chosen))?.read().lesson?.title
            else { continue }
            choices.append(LessonChoice(argument: chosen, title: title, isRecentFile: false))
        }
        return choices + recent
    }
}
