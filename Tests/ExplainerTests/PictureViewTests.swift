import BundledLessons
import Explainer
import Foundation
import LessonKit
import PointwiseCore
import Testing

@Suite("The picture view: colour maps, scales, pictures and the walk on them")
struct PictureViewTests {
    /// CIE L* of an sRGB colour, computed here independently of the colour map's own code.
    static func lightness(_ color: RGBColor) -> Double {
        func linear(_ value: UInt8) -> Double {
            let c = Double(value) / 255
            return c <= 0.04045 ? c / 12.92 : Foundation.pow((c + 0.055) / 1.055, 2.4)
        }
        let y = 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue)
        return y > 0.008856 ? 116 * Foundation.cbrt(y) - 16 : 903.3 * y
    }

    @Test("the diverging map is neutral at 0, symmetric in lightness, and darkens monotonically away from 0")
    func divergingMap() {
        let zero = ColorMap.diverging(0)
        #expect(zero.red == zero.green && zero.green == zero.blue, "0 is a neutral grey: \(zero)")
        var previous = Self.lightness(zero)
        for step in 1...100 {
            let t = Double(step) / 100
            let negative = ColorMap.diverging(-t), positive = ColorMap.diverging(t)
            let (lNegative, lPositive) = (Self.lightness(negative), Self.lightness(positive))
            #expect(abs(lNegative - lPositive) < 1.5, "−\(t) and \(t) are equally light: \(lNegative) vs \(lPositive)")
            #expect(lPositive < previous + 0.01, "lightness falls with |value| at \(t)")
            previous = min(lNegative, lPositive)
            // The sign is told by hue: blue below 0, orange-red above.
            #expect(negative.blue > negative.red, "negative values are blue at −\(t): \(negative)")
            #expect(positive.red > positive.blue, "positive values are orange-red at \(t): \(positive)")
        }
        #expect(Self.lightness(ColorMap.diverging(1)) < Self.lightness(zero) - 40, "the ends are far from 0")
    }

    @Test("the sequential map gets strictly lighter from 0 to the maximum (viridis)")
    func sequentialMap() {
        var previous = -1.0
        for step in 0...50 {
            let lightness = Self.lightness(ColorMap.sequential(Double(step) / 50))
            #expect(lightness > previous, "step \(step)")
            previous = lightness
        }
        #expect(ColorMap.sequential(0) == RGBColor(red: 0x44, green: 0x01, blue: 0x54))
        #expect(ColorMap.sequential(1) == RGBColor(red: 0xFD, green: 0xE7, blue: 0x25))
    }

    @Test("a signed scale is symmetric around 0; a non-negative one starts at 0; ramps put 0 in the middle")
    func scales() {
        let signed = ColorScale(minimum: -2, maximum: 5)
        #expect(signed.isSigned)
        #expect(signed.position(-5) == -1 && signed.position(5) == 1 && signed.position(0) == 0)
        #expect(signed.color(-3) != signed.color(3))
        #expect(Self.lightness(signed.color(-3)) - Self.lightness(signed.color(3)) < 1.5)
        #expect(signed.rampIndex(0, count: 5) == 2 && signed.rampIndex(-5, count: 5) == 0 && signed.rampIndex(5, count: 5) == 4)
        #expect(signed.rampIndex(0, count: 10) == 4 && signed.rampIndex(5, count: 10) == 9)
        let positive = ColorScale(minimum: 1, maximum: 4)
        #expect(!positive.isSigned)
        #expect(positive.position(0) == 0 && positive.position(4) == 1)
        #expect(positive.rampIndex(4, count: 10) == 9 && positive.rampIndex(0, count: 10) == 0)
        for index in 0..<9 {
            let low = positive.rampIndex(Double(index) * 0.5, count: 10), high = positive.rampIndex(Double(index + 1) * 0.5, count: 10)
            #expect(low <= high)
        }
        #expect(ColorScale(minimum: 0, maximum: 0).position(0) == 0)
    }

    @Test("the 256-colour reduction picks the nearest cube or grey entry")
    func palette() {
        #expect(RGBColor(red: 0, green: 0, blue: 0).paletteIndex == 16)
        #expect(RGBColor(red: 255, green: 255, blue: 255).paletteIndex == 231)
        #expect(RGBColor(red: 255, green: 0, blue: 0).paletteIndex == 196)
        #expect(RGBColor(red: 128, green: 128, blue: 128).paletteIndex == 244)
        #expect(RGBColor(red: 0x5F, green: 0x87, blue: 0xAF).paletteIndex == 16 + 36 * 1 + 6 * 2 + 3)
    }

    @Test("v opens the picture view and closes it again; other views' keys still work from it")
    func toggle() throws {
        var state = state(try bundledLesson("intro"))
        state.update(.key(.character("v")))
        #expect(state.view == .picture)
        #expect(text(state, 80, 24).contains("pictures"))
        state.update(.key(.character("v")))
        #expect(state.view == .grid)
        state.update(.key(.character("v")))
        state.update(.key(.character("m")))
        #expect(state.view == .matrix)
    }

    /// The shade under the first cell of a pixel, for the 3×3 source-note lesson drawn as shades.
    @Test("output pixels appear only once computed, and show the right value's shade")
    func outputFillsIn() throws {
        let lesson = try sourceNoteLesson()
        var state = state(lesson, keys: [.character("v")])
        let before = ExplainerRenderer.render(state, width: 100, height: 30)
        let outputs = lesson.convolution.fullOutput()
        let flat = outputs.flatMap { $0.flatMap { $0 } }
        let scale = ColorScale(minimum: flat.min()?.doubleValue ?? 0, maximum: flat.max()?.doubleValue ?? 0)
        // Step through all of the first pixel: out1(1,1) and out2(1,1) are computed, nothing else.
        for _ in 0..<6 { state.update(.key(.right)) }
        state.update(.key(.right))
        let after = ExplainerRenderer.render(state, width: 100, height: 30)
        let ramp = [" ", "░", "▒", "▓", "█"]
        let (beforeText, afterText) = (before.lines().joined(separator: "\n"), after.lines().joined(separator: "\n"))
        #expect(beforeText != afterText)
        // Find the label out1 and read the picture under it.
        let lines = after.lines()
        let labelRow = try #require(lines.firstIndex { $0.contains("out1") })
        let labelColumn = try #require(columnOf("out1", in: lines[labelRow]))
        let expected = ramp[scale.rampIndex(outputs[0][0][0].doubleValue, count: 5)]
        #expect(
            after.cell(row: labelRow + 1, column: labelColumn)?.character == expected
                || after.cell(row: labelRow + 1, column: labelColumn)?.character == "[")
        // A pixel further on is still blank.
        let lastRow = labelRow + 3
        #expect(after.cell(row: lastRow, column: labelColumn + 4)?.character == " ")
    }

    @Test("every size from 1×1 up draws within the screen, in each picture style", arguments: PictureStyle.allCases)
    func anySize(style: PictureStyle) throws {
        for name in ["intro", "inception", "inception.zh-TW"] {
            var state = state(
                try bundledLesson(name), keys: [.character("v"), .character("n"), .right], symbols: style == .ascii ? .ascii : .unicode)
            state.colorPictures = style == .color
            for (width, height) in [(1, 1), (10, 5), (39, 12), (40, 14), (60, 20), (80, 24), (100, 30), (120, 40), (200, 60)] {
                let screen = ExplainerRenderer.render(state, width: width, height: height)
                expectDrawnWithin(screen, width: width, height: height, name: name)
            }
        }
    }

    @Test("a channel bigger than its place is averaged, and the panel says so")
    func averaging() throws {
        let state = state(try bundledLesson("inception"), keys: [.character("v")])
        let screen = text(state, 120, 40)
        #expect(screen.contains("avg "), "the zoom is stated: \(screen)")
        #expect(screen.contains("of 192"))
    }

    @Test("the legend gives each tensor's smallest value, 0 and largest value exactly")
    func legend() throws {
        let lesson = try sourceNoteLesson()
        let screen = text(state(lesson, keys: [.character("v")]), 100, 30)
        // Input 0…3 (non-negative), weights −1…2 (signed: 0 inside the bar), output −2…5.
        let legendLine = try #require(screen.split(separator: "\n").first { $0.contains("−1 ") })
        #expect(legendLine.contains("0   ") || legendLine.contains("0 "))
        #expect(legendLine.contains(" 3 "))
        #expect(legendLine.contains(" 2 "))
        #expect(legendLine.contains("−2 ") && legendLine.contains(" 5 "))
    }

    private func columnOf(_ needle: String, in line: String) -> Int? {
        guard let range = line.range(of: needle) else { return nil }
        return TextWidth.columns(of: String(line[line.startIndex..<range.lowerBound]))
    }

    @Test("a layer past the budget is sampled on a grid, and the output panel says so")
    func sampling() throws {
        #expect(PictureData.sampleStride(for: ConvolutionShape(height: 28, width: 28, inChannels: 192, outChannels: 16)) == 1)
        // 64 · 256 multiply-adds a pixel: 56×56 sampled pixels fit in 64 million, 75×75 do not.
        #expect(PictureData.sampleStride(for: ConvolutionShape(height: 224, width: 224, inChannels: 64, outChannels: 256)) == 4)
        let lesson = try ScrollingTests.generated(channels: 16, side: 300, kernels: 64)
        var state = ExplainerState(lesson: lesson)
        state.update(.key(.character("v")))
        let data = try #require(state.pictures)
        #expect(data.sampleStride > 1)
        state.update(.key(.character("G")))
        let screen = text(state, 120, 40)
        #expect(screen.contains("sampled 1 px in \(data.sampleStride)×\(data.sampleStride)"), "\(screen)")
        // The legend's extremes are exact output values of sampled pixels.
        let convolution = lesson.convolution
        var low: ExactDecimal?, high: ExactDecimal?
        for kernel in 0..<64 {
            for row in stride(from: 0, to: 300, by: data.sampleStride) {
                for column in stride(from: 0, to: 300, by: data.sampleStride) {
                    let value = convolution.output(kernel: kernel, row: row, column: column)
                    if low.map({ value < $0 }) ?? true { low = value }
                    if high.map({ value > $0 }) ?? true { high = value }
                }
            }
        }
        let (lowest, highest) = (try #require(low), try #require(high))
        let highText = DecimalFormatter.format(highest, style: .unicode, maxWidth: 8)
        let lowText = DecimalFormatter.format(lowest, style: .unicode, maxWidth: 8)
        let legend = try #require(
            screen.split(separator: "\n").first {
                $0.hasSuffix(highText + " │") || $0.contains(" " + highText + " ") && $0.contains(lowText + " ")
            })
        #expect(legend.contains(lowText + " "), "\(legend)")
    }
}
