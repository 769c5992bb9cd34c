import Testing

@testable import PointwiseCore

/// Decimals written into bytes agree with a plain digit-string rule written independently here.
@Suite("Decimals written straight into bytes")
struct DecimalBytesTests {
    /// The reference: the digits of the magnitude from the standard library, the point inserted,
    /// the fraction's trailing zeros removed.
    static func reference(units: Int128, scale: Int, unicode: Bool) -> String {
        var digits = String(units.magnitude)
        if scale > 0 {
            if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
            while digits.hasSuffix("0") { digits.removeLast() }
            if digits.hasSuffix(".") { digits.removeLast() }
        }
        if digits == "0" { return "0" }
        return units < 0 ? (unicode ? "\u{2212}" : "-") + digits : digits
    }

    @Test("random values of every scale, 64-bit and wider, in both styles")
    func randomValues() {
        var generator = SplitMix64(seed: 14)
        for index in 0..<20_000 {
            let bits = generator.next()
            let scale = Int(generator.next() % 20)
            var units: Int128
            switch index % 4 {
            case 0: units = Int128(Int64(bitPattern: bits) % 1000)
            case 1: units = Int128(Int64(bitPattern: bits))
            case 2: units = Int128(Int64(bitPattern: bits)) * Int128(Int64(bitPattern: generator.next()))
            default: units = Int128(Int64(bitPattern: bits) % 100) * 1000
            }
            for unicode in [false, true] {
                let expected = Self.reference(units: units, scale: scale, unicode: unicode)
                let written = OutputBuffer.text { $0.append(decimalUnits: units, scale: scale, style: unicode ? .unicode : .ascii) }
                #expect(written == expected, "units \(units) scale \(scale)")
                #expect(DecimalBytes.characterCount(units: units, scale: scale) == expected.count)
                // The screen's formatter writes into the string's own storage: the same text.
                let formatted = DecimalFormatter.format(ExactDecimal(units: units, scale: scale), style: unicode ? .unicode : .ascii)
                #expect(formatted == expected, "format: units \(units) scale \(scale)")
            }
        }
    }

    @Test("edge values: zero at any scale, negative zero, the 64-bit extremes")
    func edges() {
        let cases: [(Int128, Int, String)] = [
            (0, 0, "0"), (0, 5, "0"), (-0, 3, "0"), (1, 18, "0.000000000000000001"),
            (-150, 2, "-1.5"), (Int128(Int64.max), 0, "9223372036854775807"),
            (Int128(Int64.min), 2, "-92233720368547758.08"), (Int128(UInt64.max) + 1, 1, "1844674407370955161.6"),
        ]
        for (units, scale, expected) in cases {
            #expect(OutputBuffer.text { $0.append(decimalUnits: units, scale: scale, style: .ascii) } == expected)
        }
        #expect(OutputBuffer.text { $0.append(decimalUnits: Int64(-5), scale: 1, style: .unicode) } == "\u{2212}0.5")
        #expect(OutputBuffer.text { $0.append(factorUnits: -25, scale: 1, style: .ascii) } == "(-2.5)")
        #expect(
            OutputBuffer.text {
                $0.append(-42); $0.append(7)
            } == "-427")
    }

    @Test("the buffer drains in pieces once past its threshold and keeps every byte in order")
    func draining() {
        final class Collected { var bytes: [UInt8] = []; var drains = 0 }
        let collected = Collected()
        var buffer = OutputBuffer(threshold: 100) {
            collected.bytes += $0; collected.drains += 1
        }
        var expected = ""
        for index in 0..<1000 {
            buffer.append(index)
            buffer.append(",")
            buffer.flushIfFull()
            expected += "\(index),"
        }
        buffer.flush()
        #expect(String(decoding: collected.bytes, as: UTF8.self) == expected)
        #expect(collected.drains > 10)
    }
}
