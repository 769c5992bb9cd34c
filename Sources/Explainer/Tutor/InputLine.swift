/// A one-line text field at the bottom of the screen: an answer, a new value or a file name.
///
/// It takes printable characters (numbers only take digits, signs, a point and an exponent),
/// Backspace, Enter to submit and Esc to cancel; it never sees the explainer's own keys.
public struct InputLine: Hashable, Sendable {
    /// What the line accepts.
    public enum Kind: Hashable, Sendable {
        /// A decimal number: `0-9 - + . e E`.
        case number
        /// Any printable text, for a file path.
        case text
    }

    /// What a key did to the line.
    public enum Outcome: Hashable, Sendable {
        case editing
        case submitted(String)
        case cancelled
    }

    public let kind: Kind
    /// The text typed so far.
    public private(set) var text: String
    /// Longest text kept: enough for any number or path, small enough for one screen line.
    static let maximumLength = 240

    public init(kind: Kind, text: String = "") {
        self.kind = kind
        self.text = String(text.prefix(Self.maximumLength))
    }

    /// Applies one key.
    public mutating func apply(_ key: Key) -> Outcome {
        switch key {
        case .enter: return .submitted(text)
        case .escape, .control("c"), .control("g"): return .cancelled
        case .backspace, .control("h"):
            if !text.isEmpty { text.removeLast() }
        case .control("u"): text = ""
        case .character(let character) where accepts(character) && text.count < Self.maximumLength:
            text.append(character)
        default: break
        }
        return .editing
    }

    private func accepts(_ character: Character) -> Bool {
        switch kind {
        case .number: return character.isASCII && (character.isNumber || "-+.eE".contains(character))
        case .text: return !(character.unicodeScalars.contains { $0.properties.generalCategory == .control })
        }
    }
}
