import Explainer
import LessonKit

/// Where the explainer keeps each lesson's progress: `$XDG_STATE_HOME/pointwise`, or
/// `~/.local/state/pointwise`, one file per lesson named by a hash of the lesson's key.
///
/// Progress is a convenience: a file that is missing is simply a first visit, and one that
/// cannot be read or is corrupt is reported in one line and ignored. Nothing here ever stops
/// the lesson from opening.
struct ProgressStore {
    let directory: String

    /// The store for this environment, or nil when neither XDG_STATE_HOME nor HOME is set.
    init?(environment: [String: String]) {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            directory = state + "/pointwise"
        } else if let home = environment["HOME"], !home.isEmpty {
            directory = home + "/.local/state/pointwise"
        } else {
            return nil
        }
    }

    /// The progress file for a lesson key.
    func path(for key: String) -> String {
        directory + "/" + ContentHash.fnv1a(Array(key.utf8)) + ".progress"
    }

    /// The saved record for a lesson key: nil and no message when there is none; nil and a
    /// one-line message (in the catalogue's words) when the file cannot be read or is corrupt.
    func load(key: String) -> (record: ProgressRecord?, problem: CatalogueText?) {
        let file = path(for: key)
        guard FileIO.exists(file) else { return (nil, nil) }
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(path: file, limit: 1 << 20)
        } catch {
            return (nil, CatalogueText(.progressIgnored, nested: ["reason": error.text]))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return (nil, CatalogueText(.progressNotText, ["path": file]))
        }
        switch ProgressRecord.decode(text) {
        case .success(let record): return (record, nil)
        case .failure(let problem): return (nil, CatalogueText(.progressIgnoredIn, ["path": file], nested: ["reason": problem.text]))
        }
    }

    /// Saves a record; returns a one-line message when it could not be written.
    func save(_ record: ProgressRecord) -> CatalogueText? {
        do {
            try FileWriting.makeDirectories(directory)
            try FileWriting.writeAtomically(Array(record.encoded.utf8), to: path(for: record.lesson))
            return nil
        } catch {
            return CatalogueText(.progressNotSaved, ["path": directory], nested: ["reason": error.text])
        }
    }
}
