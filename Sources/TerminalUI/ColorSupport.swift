/// How many colours the terminal session can show, so the program can be told.
///
/// The renderer always carries attributes (bold, reverse, underline); colour only adds to them.
/// `none` covers monochrome terminals and `NO_COLOR`.
public enum ColorSupport: Hashable, Sendable, CaseIterable {
    /// No colour: attributes only.
    case none
    /// The eight ANSI colours (also used for 16- and 88-colour terminals).
    case eight
    /// 256 colours or more.
    case many

    /// The support a terminal reporting `count` colours gets, unless colour is turned off.
    static func forTerminal(colorCount count: Int) -> ColorSupport {
        if count >= 256 { return .many }
        if count >= 8 { return .eight }
        return .none
    }

    /// True when the `NO_COLOR` convention (https://no-color.org) asks for no colour: the
    /// variable is set to a non-empty value.
    static func isDisabled(byNoColorValue value: String?) -> Bool {
        guard let value else { return false }
        return !value.isEmpty
    }
}
