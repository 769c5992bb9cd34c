import BundledLessons

/// The lessons the benchmarks run: the source note's 3×3×3→2, the bundled Inception bottleneck
/// 28×28×192→16, and a 224×224×64→256 layer, the size of an early ResNet block at full resolution.
enum BenchLessons {
    struct Entry {
        let label: String
        /// What `pointwise` is given: a bundled lesson's name or a file path.
        let argument: String
        let bytes: [UInt8]
        /// Bytes of the tensors' units: input plus weights, 8 bytes a value.
        let tensorBytes: Int
    }

    /// The largest lesson, written to a file for the child processes.
    static let largeText = """
        ---
        title: "224×224×64 → 256"
        input: {generate: random, seed: 1, channels: 64, height: 224, width: 224, range: [-1, 1], decimals: 2}
        weights: {generate: random, seed: 2, kernels: 256, channels: 64, range: [-0.5, 0.5], decimals: 2}
        ---

        """

    static func all(largePath: String) -> [Entry] {
        [
            Entry(label: "3×3×3 → 2 (intro)", argument: "intro",
                  bytes: BundledLessonFiles.named("intro")?.bytes ?? [], tensorBytes: (27 + 6) * 8),
            Entry(label: "28×28×192 → 16 (inception)", argument: "inception",
                  bytes: BundledLessonFiles.named("inception")?.bytes ?? [], tensorBytes: (28 * 28 * 192 + 192 * 16) * 8),
            Entry(label: "224×224×64 → 256", argument: largePath,
                  bytes: Array(largeText.utf8), tensorBytes: (224 * 224 * 64 + 64 * 256) * 8),
        ]
    }
}
