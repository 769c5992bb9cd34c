/// Reads decimal numbers as a teacher writes them: `3`, `-0.25`, `+1.5`, `.5`, `2e-3`, `1.5E2`.
///
/// The value is kept exact (no binary rounding on the way in). Anything else — `inf`, `nan`,
/// hexadecimal, thousands separators — is not a number here, and the reason is returned so the
/// lesson reader can say what is wrong.
public enum DecimalLiteral {
    /// Why a piece of text is not a number Pointwise can compute with.
    public enum Problem: Error, Equatable, Sendable {
        /// Not a decimal number at all.
        case notANumber
        /// Infinity or not-a-number, which no sum can show.
        case notFinite
        /// More significant digits, or a larger exponent, than 128-bit exact arithmetic holds.
        case tooManyDigits
    }

    /// The most decimal places a value may have; keeps products and sums within 128 bits.
    public static let maximumScale = 18

    /// Parses one literal, or says why it is not a number.
    public static func parse(_ text: some StringProtocol) -> Result<ExactDecimal, Problem> {
        let lowered = text.lowercased()
        let unsigned = lowered.hasPrefix("-") || lowered.hasPrefix("+") ? String(lowered.dropFirst()) : lowered
        if ["inf", ".inf", "infinity", "nan", ".nan"].contains(unsigned) { return .failure(.notFinite) }

        var negative = false
        var digits: [UInt8] = []
        var fractionDigits = 0
        var sawPoint = false
        var sawDigit = false
        var exponent = 0
        var bytes = Array(text.utf8)[...]

        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        while let byte = bytes.first {
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                sawDigit = true
                // Leading zeros carry no information and would only count against the digit limit.
                if !(digits.isEmpty && byte == UInt8(ascii: "0")) { digits.append(byte - UInt8(ascii: "0")) }
                if sawPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                break
            }
            bytes = bytes.dropFirst()
        }
        guard sawDigit else { return .failure(.notANumber) }
        if let marker = bytes.first, marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            var exponentNegative = false
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                exponentNegative = sign == UInt8(ascii: "-")
                bytes = bytes.dropFirst()
            }
            guard !bytes.isEmpty else { return .failure(.notANumber) }
            for byte in bytes {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return .failure(.notANumber) }
                exponent = min(exponent * 10 + Int(byte - UInt8(ascii: "0")), 10_000)
            }
            if exponentNegative { exponent = -exponent }
            bytes = bytes[bytes.endIndex...]
        }
        guard bytes.isEmpty else { return .failure(.notANumber) }

        // Drop trailing zeros of the fraction: they change the scale, not the value.
        while fractionDigits > 0, digits.last == 0 {
            digits.removeLast()
            fractionDigits -= 1
        }
        if digits.isEmpty { return .success(.zero) }
        var scale = fractionDigits - exponent
        var units: Int128 = 0
        guard digits.count <= 36 else { return .failure(.tooManyDigits) }
        for digit in digits { units = units * 10 + Int128(digit) }
        if scale < 0 {
            guard let scaled = units.scaledUp(byPowerOfTen: -scale), scaled <= Int128(Int64.max) else {
                return .failure(.tooManyDigits)
            }
            units = scaled
            scale = 0
        }
        let value = ExactDecimal(units: negative ? -units : units, scale: scale)
        guard value.scale <= maximumScale, value.units.magnitude <= UInt128(Int64.max) else {
            return .failure(.tooManyDigits)
        }
        return .success(value)
    }
}
