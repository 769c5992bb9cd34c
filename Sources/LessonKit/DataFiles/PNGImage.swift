import CPNGShim
import PointwiseCore

/// A PNG image decoded through libpng: its pixels as integer channels, top row first.
///
/// Grey images have one channel, grey+alpha two, RGB three (R, G, B), RGBA four; palette images
/// become RGB (RGBA when the palette has transparency) and greys of 1, 2 or 4 bits become 8-bit.
/// Channels are 0–255 for 8-bit images and 0–65535 for 16-bit ones. The size in the file's
/// header (IHDR) is checked against the limits before libpng decodes anything.
public struct PNGImage: Sendable {
    public let width: Int
    public let height: Int
    /// 1 grey, 2 grey+alpha, 3 RGB, 4 RGBA.
    public let channels: Int
    /// 8 or 16.
    public let bitDepth: Int
    /// Samples pixel by pixel, channel fastest (R, G, B, R, G, B, …), row by row.
    public let samples: [UInt16]

    /// The PNG signature every PNG file starts with.
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// True when the bytes start with the PNG signature.
    public static func looksLikePNG(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 8 && Array(bytes[0..<8]) == signature
    }

    /// The width and height in the IHDR chunk, which PNG requires to come first; nil when the
    /// bytes do not start with a well-formed IHDR.
    static func headerSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        guard bytes.count >= 33, looksLikePNG(bytes) else { return nil }
        func bigEndian(_ offset: Int) -> Int {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        guard bigEndian(8) == 13, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        return (bigEndian(16), bigEndian(20))
    }

    /// Decodes a PNG, refusing one over the size limits before decoding its pixels.
    public static func decode(_ bytes: [UInt8]) -> Result<PNGImage, DataFileProblem> {
        guard let size = headerSize(bytes) else {
            return .failure(DataFileProblem(CatalogueText(.pngNoIHDR), offset: 8))
        }
        let pixels = size.width.multipliedReportingOverflow(by: size.height)
        guard size.width <= DataFileLimits.maximumImageSide, size.height <= DataFileLimits.maximumImageSide,
            !pixels.overflow, pixels.partialValue <= DataFileLimits.maximumImagePixels
        else {
            return .failure(
                DataFileProblem(
                    CatalogueText(
                        .pngTooLarge,
                        [
                            "width": String(size.width), "height": String(size.height), "side": String(DataFileLimits.maximumImageSide),
                            "pixels": NumpyReader.grouped(DataFileLimits.maximumImagePixels),
                        ]),
                    notes: [CatalogueText(.pngTooLargeNote)]))
        }
        var result = pw_png_result()
        let status = bytes.withUnsafeBufferPointer { buffer in
            pw_png_decode(
                buffer.baseAddress, buffer.count, UInt32(DataFileLimits.maximumImageSide), UInt32(DataFileLimits.maximumImageSide),
                UInt64(DataFileLimits.maximumImagePixels), &result)
        }
        guard status == 0, let base = result.pixels else {
            let message = withUnsafeBytes(of: result.message) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            // libpng's words, shown inert: they may name a chunk type taken from the file.
            return .failure(DataFileProblem(CatalogueText(.pngLibpng, ["reason": InertText.escape(String(message.prefix(160)))])))
        }
        defer { pw_png_free(&result) }
        let channels = Int(result.channels)
        let count = Int(result.width) * Int(result.height) * channels
        let raw = UnsafeBufferPointer(start: base, count: result.pixels_size)
        var samples = [UInt16](repeating: 0, count: count)
        if result.bit_depth == 16 {
            for index in 0..<count { samples[index] = UInt16(raw[2 * index]) << 8 | UInt16(raw[2 * index + 1]) }
        } else {
            for index in 0..<count { samples[index] = UInt16(raw[index]) }
        }
        return .success(
            PNGImage(
                width: Int(result.width), height: Int(result.height), channels: channels,
                bitDepth: Int(result.bit_depth), samples: samples))
    }

    /// The image as a lesson input's values, channel by channel (C order `[channels, H, W]`):
    /// the integers as they are, or with `scale: s` each divided by `s` and rounded half to even
    /// to `decimals` places (which `scale` then needs unless every quotient is exact).
    func values(scale: Int?, decimals: Int?) -> Result<DataFileValues, DataFileProblem> {
        let planeSize = width * height
        var units = [Int64](repeating: 0, count: samples.count)
        var rounded = false
        let places = scale == nil ? 0 : (decimals ?? 0)
        var power: Int64 = 1
        for _ in 0..<places { power *= 10 }
        for pixel in 0..<planeSize {
            for channel in 0..<channels {
                let sample = Int64(samples[pixel * channels + channel])
                var value = sample
                if let scale {
                    // sample·10^places / scale, rounded half to even, in integers.
                    let numerator = sample * power
                    let divisor = Int64(scale)
                    var quotient = numerator / divisor
                    let remainder = numerator % divisor
                    if remainder != 0 {
                        guard decimals != nil else {
                            return .failure(
                                DataFileProblem(
                                    CatalogueText(.pngScaleNotWhole, ["scale": String(scale)]),
                                    notes: [CatalogueText(.pngScaleNotWholeNote)]))
                        }
                        rounded = true
                        if 2 * remainder > divisor || (2 * remainder == divisor && quotient & 1 == 1) { quotient += 1 }
                    }
                    value = quotient
                }
                units[channel * planeSize + pixel] = value
            }
        }
        let scale = DataFileValues.fewestPlaces(units, scale: places)
        if scale < places {
            var divisor: Int64 = 1
            for _ in scale..<places { divisor *= 10 }
            units = units.map { $0 / divisor }
        }
        return .success(DataFileValues(scale: scale, units: units, wereRounded: rounded))
    }
}
