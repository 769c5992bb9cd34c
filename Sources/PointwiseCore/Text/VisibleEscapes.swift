/// Makes text safe to print to a terminal by showing control characters as visible escapes.
///
/// Lessons are untrusted: a lesson's text could carry an escape sequence that recolours the
/// terminal, moves the cursor or rewrites the title bar, or a bidirectional override that reorders
/// what is shown. Such characters are replaced by a readable stand-in — `^[` for ESC, `^G` for
/// BEL (caret notation), `<U+009B>` for C1 controls and bidirectional controls — so the reader
/// sees that they were there and nothing reaches the terminal raw. A tab becomes a space.
public enum VisibleEscapes {
    public static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x09: result += " "
            case 0x00..<0x20: result += "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40)))
            case 0x7F: result += "^?"
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            }
        }
        return result
    }

    /// C0 controls (including tab), DEL, C1 controls and the bidirectional embedding, override
    /// and isolate characters.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
