import LessonKit

/// The wrapped lines of the last few section texts, per width, so a frame does not wrap the same
/// long text again.
///
/// A section may hold 10,000 characters, and finding their boundaries and widths is the largest
/// cost of drawing it: without the memo a frame of decomposed accents took 80–120 ms, wrapping
/// the same text at the same widths on every key press, twice a frame when it is paged. The
/// screen stays a pure function of the state and the size: the memo only returns what wrapping
/// would, and texts are matched byte for byte (two texts that differ only in their normal form
/// are wrapped on their own, since they are drawn from different bytes).
final class WrapMemo: Sendable {
    /// The one memo that every frame uses; tests running at once share it under its lock.
    static let shared = WrapMemo()

    /// How many (text, width) pairs are kept: a frame wraps its text at two widths (whole and
    /// paged), and the picture view at a third, so a few pairs cover going back and forth.
    static let capacity = 6

    /// A text and a width, equal when the texts match byte for byte (see `sameBytes`).
    private struct Key: Equatable, Sendable {
        let text: RichText
        let width: Int

        static func == (lhs: Key, rhs: Key) -> Bool { lhs.width == rhs.width && WrapMemo.sameBytes(lhs.text, rhs.text) }
    }

    private let results = RecentResults<Key, [[Run]]>(capacity: WrapMemo.capacity)

    /// The lines for `text` at `width`: remembered ones when this pair was wrapped lately, else
    /// `wrap()`'s, which are then remembered. `wrap` runs outside the lock.
    func lines(for text: RichText, width: Int, wrap: () -> [[Run]]) -> [[Run]] {
        results.value(for: Key(text: text, width: width), compute: wrap)
    }

    /// True when both texts have the same blocks, marks and bytes. `String.==` would compare
    /// canonical equivalence, normalising non-ASCII text on every call: slower than the wrap
    /// it saves on text of decomposed accents.
    static func sameBytes(_ first: RichText, _ second: RichText) -> Bool {
        guard first.blocks.count == second.blocks.count else { return false }
        for (one, other) in zip(first.blocks, second.blocks) {
            guard one.isListItem == other.isListItem, one.spans.count == other.spans.count else { return false }
            for (span, otherSpan) in zip(one.spans, other.spans) {
                guard span.marks == otherSpan.marks, span.text.utf8.count == otherSpan.text.utf8.count,
                    span.text.utf8.elementsEqual(otherSpan.text.utf8)
                else { return false }
            }
        }
        return true
    }
}
