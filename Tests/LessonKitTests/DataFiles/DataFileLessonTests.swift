import BundledLessons
import Foundation
import LessonKit
import PointwiseCore
import TestSupport
import Testing

/// Lessons whose tensors come from data files (`input: {file: …}`): shapes, layouts, rounding,
/// the note on screen, and refusals located at the `file:` value.
@Suite("Lessons with data files")
struct DataFileLessonTests {
    /// NumPy writes the same 3 kernels × 2 channels in each layout, and inputs in each shape.
    static let writer = #"""
        import numpy as np
        w = np.array([[1, -2], [3, 4], [-5, 6]], dtype=np.int32)    # [C_out=3, C_in=2]
        np.save("w2d.npy", w)
        np.save("torch.npy", w[:, :, None, None])                      # [C_out, C_in, 1, 1]
        np.save("keras.npy", np.ascontiguousarray(w.T[None, None]))    # [1, 1, C_in, C_out]
        np.save("kerasF.npy", np.asfortranarray(w.T[None, None]))
        x = np.arange(12, dtype=np.float32).reshape(2, 2, 3) / 4       # [C_in=2, H=2, W=3]: 0, 0.25, …
        np.save("x.npy", x)
        np.save("x4.npy", x[None])
        np.save("grey.npy", np.arange(6, dtype=np.uint8).reshape(2, 3))
        np.save("b.npy", np.array([0.125, 1.0, -0.375]))
        np.save("b2.npy", np.array([1, 2], dtype=np.int8))
        """#

    static func files() throws -> [String: [UInt8]] {
        let folder = try TemporaryFolder(prefix: "pointwise-data-")
        _ = try PythonRun.run(writer, in: folder.path)
        var files: [String: [UInt8]] = [:]
        for name in ["w2d", "torch", "keras", "kerasF", "x", "x4", "grey", "b", "b2"] {
            files[name + ".npy"] = try folder.bytes(name + ".npy")
        }
        return files
    }

    static func lesson(_ frontMatter: String) -> String { "---\n" + frontMatter + "\n---\n" }

    @Test("weights read the same from [C_out, C_in], PyTorch's and TF/Keras's layouts")
    func weightLayouts() throws {
        let source = DataFileSource.files(try Self.files())
        var banks: [Tensor] = []
        for name in ["w2d.npy", "torch.npy", "keras.npy", "kerasF.npy"] {
            let result = LessonReader.read(text: Self.lesson("input: {file: x.npy, decimals: 2}\nweights: {file: \(name)}"), files: source)
            let lesson = try #require(result.lesson, "\(name): \(result.diagnostics)")
            banks.append(lesson.convolution.kernels.weights)
        }
        let expected = try Tensor(channels: 1, height: 3, width: 2, scale: 0, units: [1, -2, 3, 4, -5, 6])
        #expect(banks.allSatisfy { $0 == expected })
    }

    @Test("an input reads from [C, H, W], [1, C, H, W] and [H, W], with its values exact")
    func inputShapes() throws {
        let source = DataFileSource.files(try Self.files())
        let threeD = try #require(
            LessonReader.read(text: Self.lesson("input: {file: x.npy, decimals: 2}\nweights: [[1, 1]]"), files: source).lesson)
        let fourD = try #require(
            LessonReader.read(text: Self.lesson("input: {file: x4.npy, decimals: 2}\nweights: [[1, 1]]"), files: source).lesson)
        #expect(threeD.convolution.input == fourD.convolution.input)
        #expect(threeD.convolution.input.value(channel: 1, row: 1, column: 2) == ExactDecimal(units: 275, scale: 2))
        // Quarters kept exactly with 2 places: not rounded, so the note says "exactly".
        #expect(threeD.dataFiles == [DataFileUse(key: "input", file: "x.npy", roundedTo: nil)])
        let grey = try #require(LessonReader.read(text: Self.lesson("input: {file: grey.npy}\nweights: [[2]]"), files: source).lesson)
        #expect(grey.convolution.shape == ConvolutionShape(height: 2, width: 3, inChannels: 1, outChannels: 1))
    }

    @Test("rounded values are said on screen and in print, in the lesson's language")
    func roundingIsSaid() throws {
        let source = DataFileSource.files(try Self.files())
        let text = Self.lesson("input: {file: x.npy, decimals: 1}\nweights: {file: w2d.npy}\nbias: {file: b.npy, decimals: 2}")
        let lesson = try #require(LessonReader.read(text: text, files: source).lesson)
        // 0.25 → 0.2 and 0.75 → 0.8 (ties to even); 0.125 → 0.12, −0.375 → −0.38.
        #expect(lesson.convolution.input.value(channel: 0, row: 0, column: 1) == ExactDecimal(units: 2, scale: 1))
        #expect(lesson.convolution.input.value(channel: 0, row: 1, column: 0) == ExactDecimal(units: 8, scale: 1))
        #expect(lesson.convolution.kernels.bias(kernel: 0) == ExactDecimal(units: 12, scale: 2))
        #expect(lesson.convolution.kernels.bias(kernel: 2) == ExactDecimal(units: -38, scale: 2))
        let note = try #require(Narration.dataFileNote(lesson))
        #expect(
            note
                == "Data files: input x.npy, weights w2d.npy, bias b.npy; input rounded half to even to 1 decimal place, weights exact, bias rounded half to even to 2 decimal places."
        )
        #expect(WalkthroughPrinter.text(lesson, style: .unicode).contains(note))
        let chinese = try #require(
            LessonReader.read(text: "---\nlanguage: zh-TW\ninput: {file: x.npy, decimals: 1}\nweights: [[1, 1]]\n---\n", files: source)
                .lesson)
        #expect(Narration.dataFileNote(chinese) == "資料檔：input x.npy；數值以四捨六入五成雙取到小數第 1 位。")
    }

    @Test("every refusal is an error at the file: value, and never quotes the file")
    func refusalsAreLocated() throws {
        var files = try Self.files()
        files["secret.npy"] = [0x93] + Array("NUMPY".utf8) + [9, 0] + Array(" SECRET-CONTENTS".utf8)
        files["text.txt"] = Array("SECRET-CONTENTS".utf8)
        let source = DataFileSource.files(files)
        let cases: [(String, String)] = [
            ("input: {file: missing.npy}\nweights: [[1]]", "no such file"),
            ("input: {file: x.npy}\nweights: [[1, 1]]", "not whole numbers"),
            ("input: {file: secret.npy}\nweights: [[1]]", "version"),
            ("input: {file: text.txt}\nweights: [[1]]", "neither a NumPy .npy file nor a PNG"),
            ("input: {file: b.npy, decimals: 3}\nweights: [[1]]", "an input is [C_in, H, W]"),
            ("input: {file: x.npy, decimals: 2}\nweights: {file: b2.npy}", "weights are [C_out, C_in]"),
            ("input: {file: x.npy, decimals: 2}\nweights: [[1, 1]]\nbias: {file: b2.npy}", "it has 2 values but there is 1 kernel"),
            ("input: {file: grey.npy}\nweights: {file: w2d.npy}", "2 weights per kernel but the input has 1 channel"),
            ("input: {file: x.npy, decimals: 2, scale: 255}\nweights: [[1, 1]]", "'scale' applies to PNG images only"),
        ]
        for (frontMatter, words) in cases {
            let result = LessonReader.read(text: Self.lesson(frontMatter), files: source)
            #expect(result.lesson == nil)
            let errors = result.diagnostics.filter(\.isError)
            #expect(errors.count == 1, "\(frontMatter): \(errors)")
            guard let error = errors.first else { continue }
            #expect(error.message.contains(words), "\(error.message)")
            #expect(!error.message.contains("SECRET") && !error.notes.joined().contains("SECRET"))
            // The file: value's place: line 2 (the first front-matter line) or 3, after "file: ".
            let line = frontMatter.split(separator: "\n", omittingEmptySubsequences: false)[error.location.line - 2]
            let column = line.index(line.startIndex, offsetBy: error.location.column - 1)
            #expect(line[..<column].hasSuffix("{file: "), "\(frontMatter) at \(error.location)")
        }
        // A lesson read without a folder cannot name files.
        let alone = LessonReader.read(text: Self.lesson("input: {file: x.npy}\nweights: [[1]]"))
        #expect(alone.diagnostics.first?.message.contains("not read from a folder") == true)
        // Unknown fields are reported with a suggestion.
        let typo = LessonReader.read(text: Self.lesson("input: {file: x.npy, decimal: 2}\nweights: [[1, 1]]"), files: source)
        #expect(
            typo.diagnostics.contains { $0.message.contains("unknown field 'decimal'") && $0.notes.contains("did you mean 'decimals'?") })
        #expect(typo.dataFiles == ["x.npy"])
    }

    @Test("the bundled digits lessons read their data files from the binary")
    func bundledDigits() throws {
        for name in ["digits", "digits.zh-TW"] {
            let file = try #require(BundledLessonFiles.named(name))
            let result = file.read()
            let lesson = try #require(result.lesson, "\(result.diagnostics)")
            #expect(lesson.convolution.shape == ConvolutionShape(height: 6, width: 6, inChannels: 8, outChannels: 4))
            #expect(lesson.dataFiles.map(\.file) == ["digits-input.npy", "digits-weights.npy", "digits-bias.npy"])
            #expect(lesson.dataFiles.allSatisfy { $0.roundedTo == 2 })
            // Without the bundle's files the same text is refused: the files really come from it.
            #expect(LessonReader.read(bytes: file.bytes).lesson == nil)
        }
    }
}
