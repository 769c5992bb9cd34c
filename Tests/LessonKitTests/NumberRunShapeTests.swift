import PointwiseCore
import Testing

@testable import LessonKit

/// Lists of numbers read by the run scan, which tries each value in the shape of the one before
/// (`YAMLNumberRun.fixedShape`): whatever the mix of shapes, each value must be exactly the one
/// written, as the text alone says, and the scan must stop where the general reader would.
@Suite("Number runs of alike and unlike values")
struct NumberRunShapeTests {
    /// The units of a literal like `-0.125` or `3` at `scale` places, from its text alone.
    private static func units(_ text: String, scale: Int) -> Int64 {
        let negative = text.hasPrefix("-")
        let digits = negative || text.hasPrefix("+") ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        let magnitude = Int64(String(parts[0]) + fraction + String(repeating: "0", count: scale - fraction.count)) ?? -1
        return negative ? -magnitude : magnitude
    }

    /// Decimal places a literal needs: its fraction without trailing zeros.
    private static func places(_ text: String) -> Int {
        guard let point = text.firstIndex(of: ".") else { return 0 }
        var fraction = text[text.index(after: point)...]
        while fraction.last == "0" { fraction = fraction.dropLast() }
        return fraction.count
    }

    /// Random literals: mostly one digit before the point and 1…4 after, in runs of one shape,
    /// with trailing zeros, zeros, signs, integers and longer forms mixed in.
    private static func literals(count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix(seed: seed)
        var shape = 2
        return (0..<count).map { _ in
            if generator.next(20) == 0 { shape = 1 + generator.next(4) }
            let sign = ["", "-", "-", "+"][generator.next(4)]
            switch generator.next(12) {
            case 0: return sign + String(generator.next(100))
            case 1: return sign + String(10 + generator.next(90)) + "." + String(generator.next(10))
            case 2: return sign + "0." + String(repeating: "0", count: shape)
            case 3: return sign + String(generator.next(10)) + "." + String(repeating: "9", count: 5 + generator.next(3))
            default:
                let fraction = (0..<shape).map { _ in String(generator.next(10)) }.joined()
                return sign + String(generator.next(10)) + "." + fraction
            }
        }
    }

    @Test("a lesson's lists of mixed shapes read exactly, in lists on one line and one list per line", arguments: [1, 2, 3])
    func mixedShapesExact(seed: UInt64) throws {
        let values = Self.literals(count: 3 * 7 * 11, seed: seed)
        let scale = values.map(Self.places).max() ?? 0
        // Rows of 11 with uneven spacing, so the values sit at every alignment of the 8-byte loads.
        let rows = stride(from: 0, to: values.count, by: 11).map { start in
            "[" + values[start..<start + 11].enumerated().map { $0.offset % 3 == 0 ? " " + $0.element : $0.element }.joined(separator: ",")
                + "]"
        }
        let channels = stride(from: 0, to: rows.count, by: 7).map { "  - [" + rows[$0..<$0 + 7].joined(separator: ", ") + "]\n" }
        let text = "---\ntitle: \"shapes\"\ninput:\n" + channels.joined() + "weights:\n  - [1, 0.5, -2]\n---\n"
        let lesson = try #require(LessonReader.read(bytes: Array(text.utf8)).lesson)
        #expect(lesson.convolution.input.scale == scale)
        #expect(lesson.convolution.input.units == values.map { Self.units($0, scale: scale) })
    }

    @Test("a value longer than the shape before it, or followed by other bytes, is not cut short")
    func notCutShort() throws {
        let cases: [(text: String, units: [Int64]?, scale: Int)] = [
            ("[0.25, 0.251, 0.2]", [250, 251, 200], 3),
            ("[0.25, 0.25e1, 0.2]", [25, 250, 20], 2),
            ("[0.25, 0.2.5]", nil, 0),
            ("[0.25, 0.25x]", nil, 0),
            ("[1.5, 1.50, 1.05, 10.5, 1.5]", [150, 150, 105, 1050, 150], 2),
            ("[-0.5, +0.5, 0.5 , 0.5\t, 0.5]", [-5, 5, 5, 5, 5], 1),
        ]
        for (list, units, scale) in cases {
            let text = "---\ntitle: \"t\"\ninput: [[\(list)]]\nweights: [[1]]\n---\n"
            let lesson = LessonReader.read(bytes: Array(text.utf8)).lesson
            #expect(lesson?.convolution.input.units == units, "\(list)")
            if let lesson { #expect(lesson.convolution.input.scale == scale, "\(list)") }
        }
    }

    @Test("the shaped read gives what the general parser gives for every value of every shape")
    func sameAsGeneralParser() {
        var generator = SplitMix(seed: 7)
        for fractionDigits in 1...4 {
            var taken = 0
            for _ in 0..<2_000 {
                // The shape itself (its last digit sometimes 0), or one digit more or fewer, or
                // two digits before the point.
                let sign = ["", "-", "+"][generator.next(3)]
                let count = max(1, fractionDigits + [0, 0, 0, 1, -1][generator.next(5)])
                let whole = generator.next(6) == 0 ? String(10 + generator.next(90)) : String(generator.next(10))
                let literal = sign + whole + "." + (0..<count).map { _ in String(generator.next(10)) }.joined()
                let line = Array((literal + ", 0.5]\n").utf8)
                line.withUnsafeBufferPointer { buffer in
                    guard let base = buffer.baseAddress else { return }
                    let general = DecimalLiteral.parseCommon(buffer, from: 0, to: literal.utf8.count)
                    guard let shaped = YAMLNumberRun.fixedShape(base, from: 0, to: buffer.count - 1, fractionDigits: fractionDigits) else {
                        // Only values of another shape, or ending in 0, are left to the byte-wise read.
                        #expect(count != fractionDigits || whole.count == 2 || literal.hasSuffix("0"), "\(literal)")
                        return
                    }
                    taken += 1
                    #expect(shaped.end == literal.utf8.count, "\(literal)")
                    #expect(general?.units == shaped.units && general?.scale == fractionDigits, "\(literal)")
                }
            }
            #expect(taken > 500, "shape \(fractionDigits)")
        }
    }
}

/// SplitMix64: a small seeded generator, so the values are the same at every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
