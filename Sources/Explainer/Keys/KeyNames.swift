/// Key names as the help and `pointwise render --keys` write them: `l`, `space`, `right`, `G`…
public enum KeyNames {
    /// Named keys; any other single character names itself.
    static let named: [String: Key] = [
        "space": .character(" "), "right": .right, "left": .left, "up": .up, "down": .down,
        "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "backspace": .backspace, "tab": .tab,
        "→": .right, "←": .left, "ctrl-d": .control("d"), "ctrl-u": .control("u"), "^d": .control("d"), "^u": .control("u"),
    ]

    /// The key a name stands for, or nil when the name is unknown.
    public static func key(named name: String) -> Key? {
        if let key = named[name.lowercased()] { return key }
        if name.count == 1, let character = name.first { return .character(character) }
        return nil
    }

    /// Every multi-letter name, for error messages.
    public static var allNames: [String] { named.keys.filter { $0.count > 1 }.sorted() }
}
