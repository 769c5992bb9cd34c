extension DecimalLiteral {
    /// Parses the common forms straight from UTF-8 bytes without allocating: an optional sign,
    /// digits, an optional point and more digits (`3`, `-0.25`, `+1.5`, `.5`, `2.`), with at most
    /// 18 significant digits. Returns the value as 64-bit units and its scale, normalised as
    /// `ExactDecimal` normalises (no trailing zeros in the fraction), or nil for anything else —
    /// exponents, long or odd forms — which the caller hands to `parse(_:)`, the general path.
    @inlinable
    public static func parseCommon(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (units: Int64, scale: Int)? {
        var index = start
        guard index < end else { return nil }
        var negative = false
        let first = bytes[index]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            index += 1
        }
        var units: UInt64 = 0
        var significant = 0
        var fractionDigits = 0
        var sawPoint = false
        var sawDigit = false
        while index < end {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                sawDigit = true
                if units != 0 || byte != UInt8(ascii: "0") {
                    significant += 1
                    if significant > 18 { return nil }
                }
                units = units &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                if sawPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                return nil
            }
            index += 1
        }
        guard sawDigit, fractionDigits <= 36 else { return nil }
        while fractionDigits > 0, units % 10 == 0, units != 0 {
            units /= 10
            fractionDigits -= 1
        }
        if units == 0 { return (0, 0) }
        guard fractionDigits <= maximumScale else { return nil }
        let signed = Int64(units)
        return (negative ? -signed : signed, fractionDigits)
    }
}
