import PointwiseCore

/// The whole walkthrough as plain text: every step with its numbers and the lesson's text.
///
/// For pipes, screen readers and handouts: nothing but lines of text, in the order the screen
/// would show them, ending with the finished output channels as grids.
///
/// It streams: each section's template is prepared once, the steps are visited in the walk's
/// order with one running sum per output value (a step costs one product, never a sum from the
/// first channel), and every line goes straight into the output buffer.
public enum WalkthroughPrinter {
    /// Writes the walkthrough into `out`, draining it between lines so a big lesson is never
    /// held in memory.
    public static func print(_ lesson: Lesson, style: DecimalFormatter.Style, into out: inout OutputBuffer) {
        var writer = WalkthroughWriter(lesson: lesson, style: style)
        writer.write(into: &out)
    }

    /// The whole walkthrough as one string, for tests and small lessons.
    public static func text(_ lesson: Lesson, style: DecimalFormatter.Style) -> String {
        OutputBuffer.text { print(lesson, style: style, into: &$0) }
    }
}
