/// What a key asks the explainer to do; the keys follow `less` and `vim` habits.
public enum Command: Hashable, Sendable, CaseIterable {
    case nextTerm, previousTerm, nextPixel, previousPixel, first, last
    case toggleAutoplay, faster, slower, restart, toggleHelp, quit

    /// The command bound to a key, or nil for keys that do nothing.
    public init?(key: Key) {
        switch key {
        case .right, .character("l"), .character(" "), .enter: self = .nextTerm
        case .left, .character("h"), .backspace: self = .previousTerm
        case .character("n"), .down, .pageDown: self = .nextPixel
        case .character("p"), .up, .pageUp: self = .previousPixel
        case .character("g"), .home: self = .first
        case .character("G"), .end: self = .last
        case .character("a"): self = .toggleAutoplay
        case .character("+"), .character("="): self = .faster
        case .character("-"), .character("_"): self = .slower
        case .character("r"): self = .restart
        case .character("?"), .function(1): self = .toggleHelp
        case .character("q"), .escape, .control("c"): self = .quit
        default: return nil
        }
    }
}
