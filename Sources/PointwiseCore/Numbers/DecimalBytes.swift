/// Exact decimals written straight into UTF-8 bytes: the one routine behind
/// `DecimalFormatter.format`, `print`, `print --json` and `export`.
///
/// `units × 10^-scale` is written in full with the fraction's trailing zeros removed (`1.50` at
/// scale 2 is `1.5`, `-0` is `0`), so callers may pass raw tensor units at the tensor's shared
/// scale without normalising them first. Magnitudes that fit 64 bits (every stored value, and
/// nearly every sum) take a path that allocates nothing.
public enum DecimalBytes {
    /// The bytes of the typographic minus `−` (U+2212).
    static let unicodeMinus: [UInt8] = [0xE2, 0x88, 0x92]

    /// Appends `units × 10^-scale` to `bytes`.
    @inline(__always)
    public static func append(units: Int128, scale: Int, style: DecimalFormatter.Style, to bytes: inout [UInt8]) {
        let magnitude = units.magnitude
        if magnitude <= UInt128(UInt64.max) {
            append(magnitude: UInt64(truncatingIfNeeded: magnitude), negative: units < 0, scale: scale, style: style, to: &bytes)
        } else {
            appendWide(magnitude: magnitude, negative: units < 0, scale: scale, style: style, to: &bytes)
        }
    }

    /// Appends `±magnitude × 10^-scale` to `bytes`.
    public static func append(magnitude: UInt64, negative: Bool, scale: Int, style: DecimalFormatter.Style, to bytes: inout [UInt8]) {
        let (magnitude, scale) = trimmed(magnitude, scale)
        if magnitude == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        if negative { appendMinus(style: style, to: &bytes) }
        // Written right to left into a small buffer on the stack, then appended in one piece.
        let length = digitsLength(magnitude, scale)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
            writeDigits(magnitude, scale: scale, into: buffer)
            bytes.append(contentsOf: UnsafeBufferPointer(buffer))
        }
    }

    /// The magnitude and scale with the fraction's trailing zeros removed (`150` at scale 2 is
    /// `15` at scale 1).
    @inline(__always)
    static func trimmed(_ magnitude: UInt64, _ scale: Int) -> (UInt64, Int) {
        var magnitude = magnitude
        var scale = max(0, scale)
        while scale > 0, magnitude % 10 == 0, magnitude != 0 {
            magnitude /= 10
            scale -= 1
        }
        return (magnitude, scale)
    }

    /// How many bytes a trimmed, non-zero magnitude takes without its sign: its digits, a
    /// leading `0` when it is below 1, and the point.
    @inline(__always)
    static func digitsLength(_ magnitude: UInt64, _ scale: Int) -> Int {
        scale == 0 ? DecimalDigits.count(magnitude) : max(DecimalDigits.count(magnitude), scale + 1) + 1
    }

    /// Writes a trimmed, non-zero magnitude right to left so that it fills `buffer` exactly
    /// (`digitsLength` bytes).
    @inline(__always)
    static func writeDigits(_ magnitude: UInt64, scale: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) {
        var index = buffer.count
        var rest = magnitude
        if scale > 0 {
            for _ in 0..<scale {
                index -= 1
                buffer[index] = UInt8(truncatingIfNeeded: rest % 10) &+ UInt8(ascii: "0")
                rest /= 10
            }
            index -= 1
            buffer[index] = UInt8(ascii: ".")
        }
        if rest > 0 {
            DecimalDigits.write(rest, endingBefore: index, in: buffer)
        } else {
            buffer[index - 1] = UInt8(ascii: "0")
        }
    }

    /// How many characters the value takes when written (the minus counts as one character in
    /// either style), for right-aligning columns without writing the value twice.
    public static func characterCount(units: Int128, scale: Int) -> Int {
        var magnitude = units.magnitude
        var scale = max(0, scale)
        while scale > 0, magnitude % 10 == 0, magnitude != 0 {
            magnitude /= 10
            scale -= 1
        }
        if magnitude == 0 { return 1 }
        let digits =
            magnitude <= UInt128(UInt64.max)
            ? DecimalDigits.count(UInt64(truncatingIfNeeded: magnitude)) : String(magnitude).utf8.count
        return (units < 0 ? 1 : 0) + (scale == 0 ? digits : max(digits, scale + 1) + 1)
    }

    @inline(__always)
    static func appendMinus(style: DecimalFormatter.Style, to bytes: inout [UInt8]) {
        switch style {
        case .ascii: bytes.append(UInt8(ascii: "-"))
        case .unicode: bytes.append(contentsOf: unicodeMinus)
        }
    }

    /// The rare path for sums beyond 64 bits: the digits come from the standard library.
    private static func appendWide(magnitude: UInt128, negative: Bool, scale: Int, style: DecimalFormatter.Style, to bytes: inout [UInt8]) {
        var magnitude = magnitude
        var scale = max(0, scale)
        while scale > 0, magnitude % 10 == 0 {
            magnitude /= 10
            scale -= 1
        }
        var digits = Array(String(magnitude).utf8)
        if negative { appendMinus(style: style, to: &bytes) }
        if scale > 0 {
            if digits.count <= scale {
                digits = Array(repeating: UInt8(ascii: "0"), count: scale - digits.count + 1) + digits
            }
            digits.insert(UInt8(ascii: "."), at: digits.count - scale)
        }
        bytes.append(contentsOf: digits)
    }
}

extension OutputBuffer {
    /// An exact decimal in full, e.g. `−0.125`, `42` (see `DecimalBytes`).
    @inline(__always)
    public mutating func append(decimalUnits units: Int128, scale: Int, style: DecimalFormatter.Style) {
        let magnitude = units.magnitude
        guard magnitude <= UInt128(UInt64.max) else {
            // The rare sum beyond 64 bits: formatted by the general path, then copied.
            var bytes: [UInt8] = []
            DecimalBytes.append(units: units, scale: scale, style: style, to: &bytes)
            return append(bytes: bytes)
        }
        append(magnitude: UInt64(truncatingIfNeeded: magnitude), negative: units < 0, scale: scale, style: style)
    }

    /// A stored value: 64-bit units at its tensor's scale.
    @inline(__always)
    public mutating func append(decimalUnits units: Int64, scale: Int, style: DecimalFormatter.Style) {
        append(magnitude: units.magnitude, negative: units < 0, scale: scale, style: style)
    }

    /// `±magnitude × 10^-scale`, written in place (the same bytes as `DecimalBytes.append`).
    @inline(__always)
    mutating func append(magnitude: UInt64, negative: Bool, scale: Int, style: DecimalFormatter.Style) {
        let (magnitude, scale) = DecimalBytes.trimmed(magnitude, scale)
        if magnitude == 0 { return append(UInt8(ascii: "0")) }
        if negative {
            switch style {
            case .ascii: append(UInt8(ascii: "-"))
            case .unicode: append("−" as StaticString)
            }
        }
        withRoom(DecimalBytes.digitsLength(magnitude, scale)) { DecimalBytes.writeDigits(magnitude, scale: scale, into: $0) }
    }

    /// An exact decimal in full.
    public mutating func append(_ value: ExactDecimal, style: DecimalFormatter.Style) {
        append(decimalUnits: value.units, scale: value.scale, style: style)
    }

    /// A factor of a product: in parentheses when negative, so `w · x` reads `(−1)·3`.
    public mutating func append(factorUnits units: Int128, scale: Int, style: DecimalFormatter.Style) {
        let negative = units < 0
        if negative { append(UInt8(ascii: "(")) }
        append(decimalUnits: units, scale: scale, style: style)
        if negative { append(UInt8(ascii: ")")) }
    }
}
