import PointwiseCore

/// A section's text with its placeholders found and checked, ready to be filled at any step.
public struct Template: Hashable, Sendable {
    /// A run of literal text or a placeholder.
    public enum Segment: Hashable, Sendable {
        case text(String)
        case placeholder(Placeholder)
    }

    public let segments: [Segment]

    public init(segments: [Segment]) {
        self.segments = segments
    }

    /// The text with every placeholder replaced by its value (an empty string when it has none).
    public func fill(_ value: (Placeholder) -> String?) -> String {
        var result = ""
        for segment in segments {
            switch segment {
            case .text(let text): result += text
            case .placeholder(let placeholder): result += value(placeholder) ?? ""
            }
        }
        return result
    }

    /// Placeholders the template uses.
    public var placeholders: [Placeholder] {
        segments.compactMap { if case .placeholder(let placeholder) = $0 { placeholder } else { nil } }
    }
}
