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

    /// The template as `print` writes it on paper: every `{screen}` … `{/screen}` run left out
    /// (an unclosed one lasts to the end), so a handout never tells its reader to press a key.
    public var forPaper: Template {
        var kept: [Segment] = []
        var onScreenOnly = false
        for segment in segments {
            switch segment {
            case .placeholder(.screenOnly): onScreenOnly = true
            case .placeholder(.screenOnlyEnd): onScreenOnly = false
            default: if !onScreenOnly { kept.append(segment) }
            }
        }
        return Template(segments: kept)
    }

    /// Placeholders the template uses.
    public var placeholders: [Placeholder] {
        segments.compactMap { if case .placeholder(let placeholder) = $0 { placeholder } else { nil } }
    }
}
