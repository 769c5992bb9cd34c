import Foundation
import PointwiseCore
import TestSupport
import Testing

@testable import LessonKit

/// PNGs of every colour type and bit depth, written pixel by pixel by a small Python writer
/// (zlib and struct only), must decode through libpng to exactly the pixels written.
@Suite("Reading PNG images")
struct PNGReaderTests {
    /// Writes each image and prints, per file, the channels expected after decoding, as NumPy
    /// arrays `[channels, H, W]` turned into lists; and the same scaled by 255 to 3 places.
    static let writer = #"""
        import json, struct, zlib
        from fractions import Fraction
        import numpy as np
        rng = np.random.default_rng(11)

        def chunk(kind, data):
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

        def pack_row(samples, depth):
            if depth >= 8:
                return b"".join(int(v).to_bytes(depth // 8, "big") for v in samples)
            bits = "".join(format(int(v), f"0{depth}b") for v in samples)
            bits += "0" * (-len(bits) % 8)
            return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))

        def write(name, color_type, depth, samples, palette=None, trns=None):
            height, width = samples.shape[0], samples.shape[1]
            raw = b"".join(b"\x00" + pack_row(samples[r].reshape(-1), depth) for r in range(height))
            data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, depth, color_type, 0, 0, 0))
            if palette is not None:
                data += chunk(b"PLTE", bytes(palette.reshape(-1).astype(np.uint8)))
            if trns is not None:
                data += chunk(b"tRNS", bytes(trns.astype(np.uint8)))
            data += chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
            open(name, "wb").write(data)

        out = []
        H, W = 3, 5
        for color_type, channels in [(0, 1), (4, 2), (2, 3), (6, 4)]:
            for depth in [8, 16]:
                pixels = rng.integers(0, 2 ** depth, (H, W, channels))
                name = f"type{color_type}-{depth}.png"
                write(name, color_type, depth, pixels)
                out.append({"name": name, "depth": depth, "channels": pixels.transpose(2, 0, 1).tolist()})
        for depth in [1, 2, 4]:
            pixels = rng.integers(0, 2 ** depth, (H, W, 1))
            name = f"grey-{depth}.png"
            write(name, 0, depth, pixels)
            expanded = pixels * (255 // (2 ** depth - 1))   # libpng replicates the bits: 1 → 255, 3 → 255
            out.append({"name": name, "depth": 8, "channels": expanded.transpose(2, 0, 1).tolist()})
        for depth in [2, 8]:
            palette = rng.integers(0, 256, (2 ** depth if depth < 8 else 20, 3))
            indices = rng.integers(0, len(palette), (H, W, 1))
            write(f"palette-{depth}.png", 3, depth, indices, palette=palette)
            out.append({"name": f"palette-{depth}.png", "depth": 8, "channels": palette[indices[:, :, 0]].transpose(2, 0, 1).tolist()})
            trns = rng.integers(0, 256, len(palette))
            write(f"palette-alpha-{depth}.png", 3, depth, indices, palette=palette, trns=trns)
            rgba = np.concatenate([palette, trns[:, None]], axis=1)[indices[:, :, 0]]
            out.append({"name": f"palette-alpha-{depth}.png", "depth": 8, "channels": rgba.transpose(2, 0, 1).tolist()})
        for item in out:
            if item["depth"] == 8:
                item["scaled"] = [[["0" if v == 0 else format(float(round(Fraction(v * 1000, 255))) / 1000, ".3f").rstrip("0").rstrip(".")
                                    for v in row] for row in channel] for channel in item["channels"]]
        print(json.dumps(out))
        """#

    struct Expected: Decodable {
        let name: String
        let depth: Int
        let channels: [[[Int]]]
        let scaled: [[[String]]]?
    }

    @Test("grey, grey+alpha, RGB, RGBA and palette images, 1 to 16 bits, decode to the pixels written")
    func everyColourType() throws {
        let folder = try TemporaryFolder(prefix: "pointwise-data-")
        let expected = try JSONDecoder().decode([Expected].self, from: Data(try PythonRun.run(Self.writer, in: folder.path).utf8))
        #expect(expected.count == 15)
        var files: [String: [UInt8]] = [:]
        for image in expected {
            let bytes = try folder.bytes(image.name)
            files[image.name] = bytes
            let decoded = try PNGImage.decode(bytes).get()
            #expect(decoded.channels == image.channels.count, "\(image.name)")
            #expect(decoded.bitDepth == image.depth, "\(image.name)")
            let values = try decoded.values(scale: nil, decimals: nil).get()
            #expect(values.scale == 0)
            #expect(values.units == image.channels.flatMap { $0.flatMap { $0.map(Int64.init) } }, "\(image.name)")
        }
        // Through a lesson, with scale: 255 and decimals: 3, against exact fractions in Python.
        let source = DataFileSource.files(files)
        for image in expected {
            let weights = "[[" + Array(repeating: "1", count: image.channels.count).joined(separator: ", ") + "]]"
            let text = "---\ninput: {file: \(image.name), scale: 255, decimals: 3}\nweights: \(weights)\n---\n"
            let result = LessonReader.read(text: text, files: source)
            let lesson = try #require(result.lesson, "\(image.name): \(result.diagnostics)")
            guard let scaled = image.scaled else { continue }
            let input = lesson.convolution.input
            var read: [String] = []
            for channel in 0..<input.channels {
                for row in 0..<input.height {
                    for column in 0..<input.width { read.append(input.value(channel: channel, row: row, column: column).description) }
                }
            }
            #expect(read == scaled.flatMap { $0.flatMap { $0 } }, "\(image.name)")
            // A 1-bit grey image is all 0 and 255: divided by 255, nothing needs rounding.
            #expect(lesson.dataFiles.first?.roundedTo == (image.name == "grey-1.png" ? nil : 3), "\(image.name)")
        }
    }

    @Test("an image above the size limit is refused with its size before decoding")
    func oversized() {
        // A signature and an IHDR claiming 5000×3000, and nothing else: never handed to libpng.
        var bytes = PNGImage.signature + [0, 0, 0, 13] + Array("IHDR".utf8)
        bytes += [0, 0, 0x13, 0x88, 0, 0, 0x0B, 0xB8, 8, 2, 0, 0, 0, 0, 0, 0, 0]
        guard case .failure(let problem) = PNGImage.decode(bytes) else {
            Issue.record("a 5000×3000 image was accepted")
            return
        }
        #expect(problem.message.hasPrefix("the image is 5000×3000 pixels; at most 4096 on a side and 4,194,304 pixels"))
        var square = PNGImage.signature + [0, 0, 0, 13] + Array("IHDR".utf8)
        square += [0, 0, 0x0B, 0xB8, 0, 0, 0x0B, 0xB8, 8, 2, 0, 0, 0, 0, 0, 0, 0]  // 3000×3000: too many pixels
        if case .failure(let problem) = PNGImage.decode(square) {
            #expect(problem.message.contains("3000×3000"))
        } else {
            Issue.record("a 3000×3000 image was accepted")
        }
    }

    @Test("truncated, corrupted and headerless PNGs are refused with libpng's reason, without crashing")
    func broken() throws {
        let folder = try TemporaryFolder(prefix: "pointwise-data-")
        _ = try PythonRun.run(Self.writer, in: folder.path)
        let good = try folder.bytes("type2-8.png")
        func problem(_ bytes: [UInt8]) -> String? {
            if case .failure(let problem) = PNGImage.decode(bytes) { return problem.message }
            return nil
        }
        #expect(problem(good) == nil)
        #expect(problem(Array(good.prefix(good.count - 20)))?.hasPrefix("libpng cannot decode it") == true)
        var badCRC = good
        badCRC[29] ^= 0xFF  // inside IHDR's CRC
        #expect(problem(badCRC)?.hasPrefix("libpng cannot decode it") == true)
        var badData = good
        for index in 45..<min(good.count - 12, 60) { badData[index] = 0xAB }  // inside IDAT's zlib stream
        #expect(problem(badData) != nil)
        #expect(problem(Array(good.prefix(12)))?.contains("no IHDR chunk") == true)
        // Every prefix of a valid file is refused cleanly (libpng's longjmp stays inside C).
        for length in stride(from: 0, to: good.count, by: 3) {
            #expect(problem(Array(good.prefix(length))) != nil)
        }
    }
}
