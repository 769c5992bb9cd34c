/// The one policy for characters from a lesson (or a file name) that must never reach a terminal
/// raw: which scalars they are, and how each is shown instead.
///
/// Lessons are untrusted. A control character can start an escape sequence that recolours the
/// terminal, moves the cursor or rewrites the title bar; a bidirectional mark or override can
/// make text read differently from what it holds; a line or paragraph separator breaks a line
/// where the layout does not expect it; an invisible character (a word joiner, a byte-order
/// mark, a tag) hides text in plain sight. Every output path — the screen, `render`, `print`,
/// JSON, the Python export, diagnostics, the front matter's scan — asks this one table, so they
/// can never disagree about a character.
///
/// Shown stand-ins are plain ASCII and say what was there: a tab becomes a space, other C0
/// controls caret notation (`^[` for ESC, `^G` for BEL), DEL `^?`, everything else `<U+XXXX>`.
/// The text formats (JSON, Python) keep the exact text instead, writing these scalars with their
/// own `\u` escapes, so data round-trips while the file stays inert when shown.
public enum InertText {
    /// Why a scalar is unsafe; the class decides nothing about how it is shown, it names it.
    public enum Kind: Sendable, Equatable {
        /// C0 controls (tab included), DEL and C1 controls: they drive the terminal.
        case control
        /// Bidirectional marks, embeddings, overrides and isolates: they reorder what is shown.
        case bidirectional
        /// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: line breaks the layout never made.
        case separator
        /// Invisible format characters: word joiner and invisible operators, deprecated format
        /// characters, the byte-order mark, interlinear annotation marks, tag characters.
        case invisible
    }

    /// The class of an unsafe scalar, or nil for a scalar that is safe to show as it is.
    ///
    /// Zero-width joiners and non-joiners (U+200C, U+200D) and variation selectors are safe:
    /// emoji sequences and scripts need them and they cannot reorder or hide text.
    @inline(__always)
    public static func kind(of scalar: Unicode.Scalar) -> Kind? {
        let value = scalar.value
        if value < 0x20 || value == 0x7F { return .control }
        if value < 0x80 { return nil }
        return nonASCIIKind(value)
    }

    private static func nonASCIIKind(_ value: UInt32) -> Kind? {
        switch value {
        case 0x80...0x9F: return .control
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return .bidirectional
        case 0x2028, 0x2029: return .separator
        case 0x180E, 0x2060...0x2064, 0x206A...0x206F, 0xFEFF, 0xFFF9...0xFFFB, 0xE0000...0xE007F:
            return .invisible
        default: return nil
        }
    }

    /// True when the scalar must not reach a terminal as it is.
    @inline(__always)
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        kind(of: scalar) != nil
    }

    /// True when no scalar of the text is unsafe (printable ASCII is checked on its bytes).
    ///
    /// Inlinable, so a caller in another module gets it compiled for its own `String` or
    /// `Substring`: called as a generic, it walked the scalars through the protocol, some 300
    /// instructions a byte of a lesson's text.
    @inlinable
    public static func isSafe(_ text: some StringProtocol) -> Bool {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return true }
        return !text.unicodeScalars.contains(where: isUnsafe)
    }

    /// True when no scalar of the character is unsafe.
    ///
    /// A one-byte character is judged on its byte: `Character.asciiValue` first compares the
    /// character with `"\r\n"`, and a comparison of two characters normalises them, which made
    /// measuring a line of decomposed accents the largest cost of a frame.
    @inline(__always)
    public static func isSafe(_ character: Character) -> Bool {
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first { return byte >= 0x20 && byte < 0x7F }
        return !character.unicodeScalars.contains(where: isUnsafe)
    }

    /// What an unsafe scalar is shown as: a space for a tab, `^X` for other C0 controls, `^?` for
    /// DEL, `<U+XXXX>` (at least four hex digits) for the rest; a safe scalar as itself.
    public static func shown(_ scalar: Unicode.Scalar) -> String {
        guard kind(of: scalar) != nil else { return String(scalar) }
        switch scalar.value {
        case 0x09: return " "
        case 0x00..<0x20: return "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40)))
        case 0x7F: return "^?"
        default: return codeName(scalar)
        }
    }

    /// The scalar's code point as `<U+XXXX>`, the stand-in for every unsafe scalar past DEL.
    public static func codeName(_ scalar: Unicode.Scalar) -> String {
        "<" + codePoint(scalar) + ">"
    }

    /// The scalar's code point as `U+XXXX` (at least four upper-case hex digits), as messages
    /// name characters.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        "U+" + codeDigits(scalar)
    }

    /// The scalar's code point as at least four upper-case hex digits, without the `U+`.
    public static func codeDigits(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The unsafe scalar that starts at `offset` of UTF-8 bytes, with its class and length in
    /// bytes; nil when the scalar there is safe, or the bytes there are not a whole scalar.
    ///
    /// For scanners that read a file's bytes (the front matter's scan), so that they judge a
    /// character by this same table without making a string of the line first.
    public static func unsafeScalar(
        in buffer: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int
    ) -> (scalar: Unicode.Scalar, kind: Kind, length: Int)? {
        guard offset < end, offset >= 0 else { return nil }
        let lead = buffer[offset]
        let length: Int
        var value: UInt32
        switch lead {
        case 0x00..<0x80: length = 1; value = UInt32(lead)
        case 0xC2..<0xE0: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0..<0xF0: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0..<0xF5: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard offset + length <= end else { return nil }
        for index in offset + 1..<offset + length {
            let byte = buffer[index]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value), let kind = kind(of: scalar) else { return nil }
        return (scalar, kind, length)
    }

    /// The text with every unsafe scalar replaced by its stand-in; line breaks included (`^J`).
    public static func escape(_ text: String) -> String {
        guard !isSafe(text) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) { result += shown(scalar) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// The character as it is shown: itself when safe, else its scalars with each unsafe one
    /// replaced by its stand-in (so a mark attached to a control is kept, but never the control).
    public static func shown(_ character: Character) -> String {
        guard !isSafe(character) else { return String(character) }
        var result = ""
        for scalar in character.unicodeScalars {
            if isUnsafe(scalar) { result += shown(scalar) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// Each line escaped on its own, the line breaks kept: for messages whose own line breaks
    /// mean something, while a file name or a quoted value inside them stays inert.
    public static func escapeLines(_ text: String) -> String {
        guard !isSafe(text) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { escape(String($0)) }
            .joined(separator: "\n")
    }

    /// The text with every unsafe scalar shown, and line breaks (LF, CR LF) shown as spaces: for
    /// one-line messages that quote text from a file.
    public static func oneLine(_ text: String) -> String {
        guard !isSafe(text) else { return text }
        var result = ""
        for character in text {
            if character == "\n" || character == "\r\n" { result += " " } else { result += shown(character) }
        }
        return result
    }
}
