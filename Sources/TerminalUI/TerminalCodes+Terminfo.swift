import CNCursesShim
import ScreenCore

extension TerminalCodes {
    /// The session terminal's own sequences from its terminfo entry, or nil when a frame cannot
    /// be sent as bytes there and ncurses should draw it: no cursor addressing (`cup`), no reset
    /// (`sgr0`), colours without `setaf`/`setab`, or a character type other than UTF-8.
    ///
    /// Each style's bytes are worked out once (the caller keeps them); attributes the terminal
    /// cannot show together with colour (`ncv`) are left out of coloured cells, as ncurses does.
    static func terminfo(colors: ColorSupport) -> TerminalCodes? {
        guard pw_locale_is_utf8() != 0, let address = capability("cup"), let reset = capability("sgr0"),
            let resetBytes = expand(reset, [])
        else { return nil }
        let foreground = capability("setaf")
        let background = capability("setab")
        if colors != .none, foreground == nil || background == nil { return nil }
        // The ECMA-48 form, which nearly every terminal uses, is written without ncurses' tiparm.
        let isANSIAddress = address == Array("\u{1B}[%i%p1%d;%p2%dH".utf8CString)
        // Attribute names and their bits in `ncv`, as terminfo(5) numbers them.
        let attributes: [(name: String, bit: Int32, has: (CellStyle) -> Bool)] = [
            ("bold", 32, { $0.bold }), ("dim", 16, { $0.dim }), ("rev", 4, { $0.reverse }), ("smul", 2, { $0.underline }),
        ]
        let attributeBytes = attributes.map { attribute in capability(attribute.name).flatMap { expand($0, []) } }
        let noColorVideo = pw_terminal_number("ncv")
        let automaticMargins = pw_terminal_flag("am") != 0
        let newlineGlitch = pw_terminal_flag("xenl") != 0
        return TerminalCodes(
            moveCursor: { row, column, bytes in
                if isANSIAddress {
                    appendANSICursorAddress(row: row, column: column, to: &bytes)
                } else if let expanded = expand(address, [row, column]) {
                    bytes.append(contentsOf: expanded)
                }
            },
            style: { style in
                var bytes = resetBytes
                let (foregroundNumber, backgroundNumber) = colorNumbers(for: style, colors: colors)
                let colored = foregroundNumber != nil || backgroundNumber != nil
                for (attribute, sequence) in zip(attributes, attributeBytes) where attribute.has(style) {
                    guard let sequence else { continue }
                    if colored, noColorVideo > 0, noColorVideo & attribute.bit != 0 { continue }
                    bytes.append(contentsOf: sequence)
                }
                if let foregroundNumber, let foreground, let sequence = expand(foreground, [Int(foregroundNumber)]) {
                    bytes.append(contentsOf: sequence)
                }
                if let backgroundNumber, let background, let sequence = expand(background, [Int(backgroundNumber)]) {
                    bytes.append(contentsOf: sequence)
                }
                return bytes
            },
            reset: resetBytes,
            writesBottomRightCorner: !automaticMargins || newlineGlitch)
    }

    /// A string capability of the session's terminal, kept as C characters (nil when absent).
    private static func capability(_ name: String) -> [CChar]? {
        guard let value = name.withCString({ pw_terminal_string($0) }) else { return nil }
        return Array(String(cString: value).utf8CString)
    }

    /// A capability with its parameters (none, one or two) filled in and its padding applied.
    private static func expand(_ capability: [CChar], _ parameters: [Int]) -> [UInt8]? {
        var buffer = [CChar](repeating: 0, count: 256)
        let first = Int32(truncatingIfNeeded: parameters.first ?? 0)
        let second = Int32(truncatingIfNeeded: parameters.count > 1 ? parameters[1] : 0)
        let count = capability.withUnsafeBufferPointer { text in
            buffer.withUnsafeMutableBufferPointer { out in
                pw_expand(text.baseAddress, Int32(parameters.count), first, second, out.baseAddress, Int32(out.count))
            }
        }
        guard count >= 0 else { return nil }
        return buffer.prefix(Int(count)).map { UInt8(bitPattern: $0) }
    }
}
