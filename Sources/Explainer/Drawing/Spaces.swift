/// Runs of spaces, made once: panels pad every cell, label and line with them.
///
/// A frame of a big lesson pads a few hundred cells; building each padding with
/// `String(repeating:count:)` and measuring it again was a tenth of a key press.
enum Spaces {
    /// The spaces strings kept ready, for widths up to a wide terminal's (made with `Rule`:
    /// `String(repeating:count:)` took 25 million instructions for this table, at start-up).
    private static let made: [String] = (0...400).map(filled)

    /// `count` spaces (none for a negative count).
    static func of(_ count: Int) -> String {
        guard count > 0 else { return "" }
        return count < made.count ? made[count] : filled(count)
    }

    private static func filled(_ count: Int) -> String { Rule.of(" ", count: count) }
}

/// A one-scalar symbol repeated, as a frame's rules are (`────`).
enum Rule {
    /// `symbol` written `count` times (none for a negative count), straight into the string's
    /// bytes: `String(repeating:count:)` of a string took thousands of instructions a rule.
    static func of(_ symbol: String, count: Int) -> String {
        guard count > 0 else { return "" }
        var symbol = symbol
        return symbol.withUTF8 { piece in
            String(unsafeUninitializedCapacity: piece.count * count) { buffer in
                // One byte (a space, `-`): a fill, as memset does; the table of spaces is made
                // at start-up, and byte by byte it was 1.5 M instructions of the first frame.
                if piece.count == 1, let byte = piece.first {
                    buffer.initialize(repeating: byte)
                    return count
                }
                var index = 0
                for _ in 0..<count {
                    for byte in piece {
                        buffer[index] = byte
                        index += 1
                    }
                }
                return index
            }
        }
    }
}
