import PointwiseCore

/// A double-quoted string literal, the shape JSON and Python source share.
///
/// Both escape `"`, `\`, newline, return and tab the same way, and both write every scalar
/// `InertText` calls unsafe as an escape, so an exported title can never end the string, the line
/// or reach a terminal raw. Only the spelling of that escape differs (`\uXXXX` pairs in JSON,
/// `\x`/`\u`/`\U` in Python), so it is the one thing each export passes in.
enum QuotedLiteral {
    /// The text in double quotes, with `escapeUnsafe` spelling each unsafe scalar.
    static func quote(_ text: String, escapeUnsafe: (Unicode.Scalar) -> String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if InertText.isUnsafe(scalar) {
                    result += escapeUnsafe(scalar)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// The value in lower-case hexadecimal, zero-padded to `digits`.
    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
