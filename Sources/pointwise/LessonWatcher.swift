import Explainer
import Glibc
import LessonKit

/// Watches a lesson file while the explainer runs, so a teacher's save shows up on screen.
///
/// It polls `stat` (device, inode, size, modification and change times) rather than using
/// inotify: portable, cheap at four times a second, and it follows editors that save by writing
/// a new file and renaming it over the old one (a new inode). A change is read once `stat` has
/// given the same answer on two polls in a row, so a file caught halfway through a save is not
/// reported as broken; a save shows up within two polls (about half a second). The file is only
/// ever opened for reading. The data files the lesson names (`file:`) are watched the same way:
/// saving a new `.npy` or PNG next to the lesson reloads it too. Why polling: docs/DECISIONS.md,
/// "Polling the lesson file".
struct LessonWatcher {
    /// Milliseconds between polls.
    static let pollMilliseconds = 250

    /// What `stat` says about the path: enough to notice any save.
    enum FileState: Equatable {
        case missing
        case present(
            device: UInt64, inode: UInt64, size: Int64, modified: Int64, modifiedNanoseconds: Int, changed: Int64, changedNanoseconds: Int)

        init(path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else {
                self = .missing
                return
            }
            self = .present(
                device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size),
                modified: Int64(status.st_mtim.tv_sec), modifiedNanoseconds: Int(status.st_mtim.tv_nsec),
                changed: Int64(status.st_ctim.tv_sec), changedNanoseconds: Int(status.st_ctim.tv_nsec))
        }
    }

    /// The path as the user gave it.
    let path: String
    /// The lesson's data files, as paths next to the lesson (`folder/name`).
    private var dataPaths: [String] = []
    /// What the last event (or the first read) was about: the lesson, then each data file.
    private var reported: [FileState]
    /// A new state seen on the last poll, waiting for one more poll to settle.
    private var candidate: [FileState]?

    /// Starts watching; call before the first read, so a save in between is not missed.
    init(path: String) {
        self.path = path
        reported = [FileState(path: path)]
    }

    /// Also watches the data files a lesson names (`file:` values as written), from now on.
    mutating func watchDataFiles(_ names: [String]) {
        let folder = FolderDataFiles(lessonPath: path)
        let paths = names.compactMap { try? folder.path(for: $0).get() }
        guard paths != dataPaths else { return }
        dataPaths = paths
        reported = [reported[0]] + paths.map(FileState.init(path:))
        candidate = nil
    }

    private var states: [FileState] { [FileState(path: path)] + dataPaths.map(FileState.init(path:)) }

    /// Looks at the files once: an event when one has changed (and settled) since the last one.
    mutating func poll() -> LessonFileEvent? {
        let now = states
        guard now != reported else {
            candidate = nil
            return nil
        }
        guard now == candidate else {
            candidate = now
            return nil
        }
        reported = now
        candidate = nil
        guard now[0] != .missing else { return .problem(.missing(path: path)) }
        do {
            let bytes = try FileIO.readLesson(path: path, limit: LessonLimits.maximumFileBytes)
            let result = LessonLoading.read(bytes, path: path, files: FolderDataFiles(lessonPath: path).source)
            watchDataFiles(result.dataFiles)
            return LessonFileEvent(path: path, result: result)
        } catch {
            // Gone between the stat and the open: the next poll sees it missing.
            if FileState(path: path) == .missing {
                reported[0] = .missing
                return .problem(.missing(path: path))
            }
            return .problem(.unreadable(path: path, reason: error.text))
        }
    }
}
