import BundledLessons
import Glibc
import PointwiseCore

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

    /// A lesson with every number written out, two decimals, as a teacher gets by pasting a real
    /// layer (the format scripts/make-explicit-lesson.py writes; the numbers come from SplitMix64).
    static func explicitText(height: Int, width: Int, inChannels: Int, outChannels: Int) -> String {
        var generator = SplitMix64(seed: 14)
        func number() -> String {
            let units = Int(generator.next(below: 201)) - 100
            let magnitude = abs(units)
            let fraction = magnitude % 100
            return (units < 0 ? "-" : "") + "\(magnitude / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
        }
        var lines = ["---", "title: \"Explicit numbers: \(height)×\(width)×\(inChannels) → \(outChannels)\"", "language: en", "input:"]
        for _ in 0..<inChannels {
            let rows = (0..<height).map { _ in "[" + (0..<width).map { _ in number() }.joined(separator: ", ") + "]" }
            lines.append("  - [" + rows.joined(separator: ", ") + "]")
        }
        lines.append("weights:")
        for _ in 0..<outChannels {
            lines.append("  - [" + (0..<inChannels).map { _ in number() }.joined(separator: ", ") + "]")
        }
        lines.append("bias: [" + (0..<outChannels).map { _ in number() }.joined(separator: ", ") + "]")
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Explicit-number lessons written to files for the child processes: about 1 MB
    /// (28×28×192 → 16) and about 6.5 MB (56×56×300 → 16, near the front matter's limits).
    static func explicit(folder: String) -> [Entry] {
        [(28, 192), (56, 300)].map { side, channels in
            let text = explicitText(height: side, width: side, inChannels: channels, outChannels: 16)
            let path = "\(folder)/pointwise-bench-explicit-\(side)x\(side)x\(channels).md"
            if let file = fopen(path, "w") {
                fputs(text, file)
                fclose(file)
            }
            let megabytes = Double(text.utf8.count) / 1_000_000
            return Entry(
                label:
                    "\(side)×\(side)×\(channels) → 16, explicit, \(Int((megabytes * 10).rounded()) / 10).\(Int((megabytes * 10).rounded()) % 10) MB",
                argument: path, bytes: Array(text.utf8), tensorBytes: (side * side * channels + channels * 16 + 16) * 8)
        }
    }

    static func all(largePath: String) -> [Entry] {
        [
            Entry(
                label: "3×3×3 → 2 (intro)", argument: "intro",
                bytes: BundledLessonFiles.named("intro")?.bytes ?? [], tensorBytes: (27 + 6) * 8),
            Entry(
                label: "28×28×192 → 16 (inception)", argument: "inception",
                bytes: BundledLessonFiles.named("inception")?.bytes ?? [], tensorBytes: (28 * 28 * 192 + 192 * 16) * 8),
            Entry(
                label: "224×224×64 → 256", argument: largePath,
                bytes: Array(largeText.utf8), tensorBytes: (224 * 224 * 64 + 64 * 256) * 8),
        ]
    }
}
