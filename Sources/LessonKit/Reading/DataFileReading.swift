import PointwiseCore

/// The data files one reading of a lesson names and uses, gathered as the keys are read.
///
/// A class so the readers of `input`, `weights` and `bias` can each add to it while passing it
/// down; it lives only for one call of `LessonReader.read`.
final class DataFileReading {
    let source: DataFileSource
    /// Every `file:` name met, read or refused (for watching).
    private(set) var names: [String] = []
    /// The tensors read from files.
    private(set) var uses: [DataFileUse] = []

    init(source: DataFileSource) {
        self.source = source
    }

    /// Reads a `{file: …}` mapping into a tensor, recording the file.
    func read(_ mapping: YAMLMapping, target: DataFileTensorReader.Target, diagnostics: inout DiagnosticList) -> Tensor? {
        if let name = mapping["file"]?.scalar?.text, !name.isEmpty, !names.contains(name) { names.append(name) }
        guard let read = DataFileTensorReader.read(mapping, target: target, source: source, diagnostics: &diagnostics) else { return nil }
        uses.append(read.use)
        return read.tensor
    }
}
