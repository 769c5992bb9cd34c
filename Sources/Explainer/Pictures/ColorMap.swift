import PointwiseCore

/// The colour maps of the picture view: diverging for signed values, sequential for the rest.
///
/// - **Diverging** (values with both signs): blue for negative, white-grey for 0, orange-red for
///   positive. It is a straight line in CIELAB from a neutral grey (L* 97) to a blue
///   (L* 42, a* 4, b* −44) and to an orange-red (L* 42, a* 46, b* 42): the lightness falls the
///   same way on both sides, so `−v` and `v` are equally dark and only the hue tells the sign —
///   the blue–orange pairing that stays distinct for the common forms of colour blindness
///   (ColorBrewer's RdBu and PuOr are built the same way).
/// - **Sequential** (values ≥ 0): viridis (matplotlib's default), dark purple for 0 through
///   teal and green to yellow for the maximum; its lightness rises steadily, it is readable by
///   colour-blind viewers and in grey.
///
/// Both are tables of 256 colours (513 for diverging) computed once, so a frame only indexes.
public enum ColorMap {
    /// The diverging colour of `t` in −1…1 (−1 most negative, 0 neutral, 1 most positive).
    public static func diverging(_ t: Double) -> RGBColor {
        let clamped = t.isNaN ? 0 : min(1, max(-1, t))
        let index = Int((clamped * Double(divergingSteps)).rounded()) + divergingSteps
        return divergingTable[index]
    }

    /// The sequential colour of `t` in 0…1.
    public static func sequential(_ t: Double) -> RGBColor {
        let clamped = t.isNaN ? 0 : min(1, max(0, t))
        return sequentialTable[Int((clamped * 255).rounded())]
    }

    /// Steps on each side of 0 in the diverging table.
    static let divergingSteps = 256

    static let divergingTable: [RGBColor] = (-divergingSteps...divergingSteps).map { step in
        let t = Double(step) / Double(divergingSteps)
        let amount = abs(t)
        let end: (a: Double, b: Double) = t < 0 ? (4, -44) : (46, 42)
        return Lab(lightness: 97 - 55 * amount, a: end.a * amount, b: end.b * amount).rgb
    }

    /// viridis at nine evenly spaced points (matplotlib), interpolated linearly in sRGB.
    static let viridisAnchors: [(Double, Double, Double)] = [
        (0x44, 0x01, 0x54), (0x47, 0x2C, 0x7A), (0x3B, 0x51, 0x8B), (0x2C, 0x71, 0x8E), (0x21, 0x90, 0x8D),
        (0x27, 0xAD, 0x81), (0x5C, 0xC8, 0x63), (0xAA, 0xDC, 0x32), (0xFD, 0xE7, 0x25),
    ]

    static let sequentialTable: [RGBColor] = (0...255).map { step in
        let position = Double(step) / 255 * Double(viridisAnchors.count - 1)
        let lower = min(viridisAnchors.count - 2, Int(position))
        let fraction = position - Double(lower)
        let (a, b) = (viridisAnchors[lower], viridisAnchors[lower + 1])
        func mix(_ x: Double, _ y: Double) -> UInt8 { UInt8(min(255, max(0, (x + (y - x) * fraction).rounded()))) }
        return RGBColor(red: mix(a.0, b.0), green: mix(a.1, b.1), blue: mix(a.2, b.2))
    }
}

/// A colour in CIELAB (D65), converted to sRGB for the colour tables and their tests.
struct Lab: Equatable {
    var lightness: Double
    var a: Double
    var b: Double

    /// The sRGB colour, each channel clamped to 0…255.
    var rgb: RGBColor {
        let fy = (lightness + 16) / 116
        let fx = fy + a / 500
        let fz = fy - b / 200
        func inverse(_ t: Double) -> Double { t * t * t > 0.008856 ? t * t * t : (t - 16.0 / 116) / 7.787 }
        let x = 0.95047 * inverse(fx), y = inverse(fy), z = 1.08883 * inverse(fz)
        let linear = (3.2406 * x - 1.5372 * y - 0.4986 * z, -0.9689 * x + 1.8758 * y + 0.0415 * z, 0.0557 * x - 0.2040 * y + 1.0570 * z)
        func encode(_ c: Double) -> UInt8 {
            let v = c <= 0.0031308 ? 12.92 * c : 1.055 * Self.power(c, 1 / 2.4) - 0.055
            return UInt8(min(255, max(0, (v * 255).rounded())))
        }
        return RGBColor(red: encode(linear.0), green: encode(linear.1), blue: encode(linear.2))
    }

    /// The CIELAB colour of an sRGB colour.
    init(_ color: RGBColor) {
        func decode(_ value: UInt8) -> Double {
            let c = Double(value) / 255
            return c <= 0.04045 ? c / 12.92 : Self.power((c + 0.055) / 1.055, 2.4)
        }
        let (r, g, b) = (decode(color.red), decode(color.green), decode(color.blue))
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? Self.power(t, 1.0 / 3) : 7.787 * t + 16.0 / 116 }
        lightness = 116 * f(y) - 16
        a = 500 * (f(x) - f(y))
        self.b = 200 * (f(y) - f(z))
    }

    init(lightness: Double, a: Double, b: Double) {
        self.lightness = lightness
        self.a = a
        self.b = b
    }

    /// `base` to the power `exponent` for positive bases, without Foundation: exp(e·ln b).
    static func power(_ base: Double, _ exponent: Double) -> Double {
        guard base > 0 else { return 0 }
        return exponential(exponent * logarithm(base))
    }

    private static func logarithm(_ x: Double) -> Double {
        // x = m · 2^e with m in [1, 2): ln x = e·ln 2 + ln m, ln m by its atanh series.
        let exponent = Double(x.exponent)
        let mantissa = x.significand
        let s = (mantissa - 1) / (mantissa + 1)
        let square = s * s
        var term = s, sum = 0.0, k = 1.0
        for _ in 0..<30 {
            sum += term / k
            term *= square
            k += 2
        }
        return exponent * 0.6931471805599453 + 2 * sum
    }

    private static func exponential(_ x: Double) -> Double {
        // e^x = 2^n · e^r with |r| ≤ ln2/2, e^r by its Taylor series.
        let n = (x / 0.6931471805599453).rounded()
        let r = x - n * 0.6931471805599453
        var term = 1.0, sum = 1.0
        for k in 1..<20 {
            term *= r / Double(k)
            sum += term
        }
        return Double(sign: .plus, exponent: Int(n), significand: sum)
    }
}
