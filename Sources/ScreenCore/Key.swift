/// A key press, as the terminal edge reports it and the pure update reads it.
public enum Key: Hashable, Sendable {
    /// A printable character, including space.
    case character(Character)
    case left, right, up, down
    case home, end, pageUp, pageDown
    case enter, escape, backspace, tab
    /// A function key F1…F12.
    case function(Int)
    /// Ctrl plus a letter, e.g. `.control("c")`; the edge reports Ctrl-C as a signal instead.
    case control(Character)
}
