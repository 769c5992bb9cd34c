/// A mouse report, as the terminal edge reads it and the pure update interprets it.
///
/// It carries the size of the screen it happened on, so the update can find what was under the
/// pointer by laying out that same screen again (`ExplainerRenderer.target`), with no terminal
/// calls and no size kept in the state.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Kind: Hashable, Sendable {
        /// The first button was clicked (pressed, or pressed and released).
        case click
        /// The wheel turned towards the learner (down) or away (up).
        case wheelDown, wheelUp
    }

    public let kind: Kind
    /// 0-based screen row and column of the pointer.
    public let row: Int
    public let column: Int
    /// The screen's size when the event happened.
    public let screenWidth: Int
    public let screenHeight: Int

    public init(kind: Kind, row: Int, column: Int, screenWidth: Int, screenHeight: Int) {
        self.kind = kind
        self.row = row
        self.column = column
        self.screenWidth = screenWidth
        self.screenHeight = screenHeight
    }
}
