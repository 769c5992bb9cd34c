/// One entry of the catalogue in one language: a text with named `{parameters}`, or a text per
/// plural form chosen by a whole-number parameter.
///
/// English needs `one` and `other`; Chinese has no plural forms and writes only `other`. Keeping
/// the forms in the data means a translator, not the code, decides how a count reads.
public enum Message: Sendable, Equatable {
    /// The same text whatever the numbers.
    case text(String)
    /// `one` when the parameter `count` (by name) is 1, else `other`.
    case plural(count: String, one: String, other: String)

    /// Every text the message can show.
    var forms: [String] {
        switch self {
        case .text(let text): [text]
        case .plural(_, let one, let other): [one, other]
        }
    }

    /// The names of the `{parameters}` a text uses, in order of first use.
    public static func parameters(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = String(after[..<close])
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "_" }) else {
                // Not a parameter (`{{`, `{ }`): look again from the next character.
                rest = after
                continue
            }
            if !names.contains(name) { names.append(name) }
            rest = after[after.index(after: close)...]
        }
        return names
    }

    /// Every parameter the message takes: those of its texts, and the count that picks a form.
    public var parameterNames: Set<String> {
        var names = Set(forms.flatMap(Self.parameters(in:)))
        if case .plural(let count, _, _) = self { names.insert(count) }
        return names
    }
}
