/// Typographic symbols replaced by ASCII look-alikes, for `--ascii` output.
///
/// Only the symbols Pointwise itself uses in formulas and titles are replaced (`×` `·` `−` `→`
/// `…` quotes …); other text, such as Chinese, is left as it is, since no ASCII stands in for it.
public enum ASCIIText {
    public static func transliterate(_ text: String) -> String {
        guard !text.allSatisfy(\.isASCII) else { return text }
        var result = ""
        for character in text {
            switch character {
            case "×": result += "x"
            case "·": result += "*"
            case "−", "–": result += "-"
            case "—": result += "--"
            case "→": result += "->"
            case "←": result += "<-"
            case "…": result += "..."
            case "“", "”": result += "\""
            case "‘", "’": result += "'"
            case "≤": result += "<="
            case "≥": result += ">="
            case "Σ": result += "sum"
            default: result.append(character)
            }
        }
        return result
    }
}
