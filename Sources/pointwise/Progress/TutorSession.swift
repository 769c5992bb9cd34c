import Explainer
import LessonKit

/// The explainer's tutor at the edge: the lesson's text for saving copies, progress loaded at
/// the start (offered as "resume at step k?") and saved on the way out.
struct TutorSession {
    let store: ProgressStore?
    /// The absolute path of a lesson file, or the bundled lesson's name.
    let key: String
    let contentHash: String
    /// A one-line note for standard error after the session (a corrupt progress file, say).
    var notes: [String] = []

    /// Prepares the state: source text, a suggested file name, and unless `fresh`, the resume offer.
    ///
    /// `source` is the lesson as it was read for the state, so the text kept for saving and the
    /// fingerprint are of the very bytes on screen (and the file is not opened a second time).
    init(state: inout ExplainerState, argument name: String, source: LessonLoading.Source, fresh: Bool, environment: [String: String]) {
        key = source.isBundled ? "bundled:" + name : FileWriting.absolutePath(name)
        let base = source.isBundled ? name : String(name.split(separator: "/").last ?? Substring(name))
        let stem = base.hasSuffix(".md") ? String(base.dropLast(3)) : base
        state.tutor.suggestedSavePath = source.isBundled ? stem + "-copy.md" : String(name.dropLast(base.count)) + stem + "-copy.md"
        let text = SourceText(bytes: source.bytes)
        state.tutor.source = text
        contentHash = text.withBytes { ContentHash.fingerprint($0) }
        store = ProgressStore(environment: environment)
        guard !fresh, let store else { return }
        let (record, problem) = store.load(key: key)
        if let problem {
            // Standard error speaks the locale's language; the screen the lesson's.
            notes.append(problem.text(FileIO.commandLineLanguage))
            state.tutor.message = problem.text(state.lesson.interfaceLanguage)
        }
        guard let record else { return }
        // A record saved before fingerprints were XXH64 holds the file's FNV-1a: compared as such.
        let recordedHash =
            record.contentHash.hasPrefix(ContentHash.fingerprintPrefix) ? contentHash : text.withBytes { ContentHash.fnv1a($0) }
        if let point = record.resumePoint(
            lesson: key, contentHash: recordedHash, stepCount: state.walk.stepCount, outputShape: state.walk.convolution.shape)
        {
            state.offerResume(point)
        }
    }

    /// Saves the step and the score on the way out; a failure becomes a note.
    mutating func finish(_ state: ExplainerState) {
        guard let store else { return }
        let record = ProgressRecord(
            lesson: key, contentHash: contentHash, stepCount: state.walk.stepCount,
            position: state.walk.position, answers: state.tutor.quiz.answers)
        if let problem = store.save(record) { notes.append(problem.text(FileIO.commandLineLanguage)) }
    }

    /// Carries out a save effect: refuses to replace an existing file unless the request allows it.
    static func save(_ request: SaveRequest, language: InterfaceLanguage) -> SaveResult {
        do {
            // A FIFO, a device, a directory or a link is refused before any "replace it?" question.
            _ = try FileWriting.permissions(forTarget: request.path)
            if !request.overwrite, FileIO.exists(request.path) { return .exists(request) }
            try FileWriting.writeAtomically(Array(request.contents.utf8), to: request.path)
            return .saved(path: request.path)
        } catch {
            return .failed(path: request.path, reason: error.text.text(language))
        }
    }
}
