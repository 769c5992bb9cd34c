import CNCursesShim
import ScreenCore

/// What one `wget_wch` result means, before any escape sequence is examined.
enum DecodedInput: Equatable {
    case key(Key)
    /// Ctrl-C in raw mode: reported as SIGINT.
    case interrupt
    /// Ctrl-Z in raw mode: suspend as the shell would.
    case suspend
    /// A lone Esc byte: a key of its own, or the start of a sequence ncurses did not decode.
    case escape
    case resize
    /// A mouse report, read with `getmouse` by the session.
    case mouse
    /// Nothing the program needs (unmapped keypad keys, NUL, C1 controls).
    case ignored
}

/// Maps ncurses input to keys. Pure, apart from reading ncurses' key-code constants.
enum KeyDecoding {
    private static let escapeByte: UInt32 = 27

    /// Decodes a character returned by `wget_wch` with `OK`.
    static func decode(character value: UInt32) -> DecodedInput {
        switch value {
        case 3: return .interrupt
        case 26: return .suspend
        case escapeByte: return .escape
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        case 1...26:
            // Ctrl+letter arrives as the letter's position in the alphabet.
            guard let scalar = Unicode.Scalar(value + 96) else { return .ignored }
            return .key(.control(Character(scalar)))
        case 0..<32, 0x80..<0xA0:
            return .ignored
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }

    /// Decodes a key code returned by `wget_wch` with `KEY_CODE_YES`.
    static func decode(keyCode value: UInt32) -> DecodedInput {
        let code = Int32(truncatingIfNeeded: value)
        switch code {
        case pw_key_left(): return .key(.left)
        case pw_key_right(): return .key(.right)
        case pw_key_up(): return .key(.up)
        case pw_key_down(): return .key(.down)
        case pw_key_home(), pw_key_find(), pw_key_a1(): return .key(.home)
        case pw_key_end(), pw_key_select(), pw_key_c1(): return .key(.end)
        case pw_key_page_up(), pw_key_a3(): return .key(.pageUp)
        case pw_key_page_down(), pw_key_c3(): return .key(.pageDown)
        case pw_key_enter(): return .key(.enter)
        case pw_key_backspace(): return .key(.backspace)
        case pw_key_resize(): return .resize
        case pw_key_mouse(): return .mouse
        default:
            let number = code - pw_key_function(0)
            if (1...12).contains(number) { return .key(.function(Int(number))) }
            return .ignored
        }
    }

    /// True for the byte that ends a CSI sequence (`ESC [` … final byte in 0x40…0x7E).
    static func isFinalByteOfControlSequence(_ value: UInt32) -> Bool {
        (0x40...0x7E).contains(value)
    }

    /// The key for a sequence that ncurses did not decode because the terminfo entry names
    /// another one (tmux sends `ESC [ 1 ~` for Home where xterm's entry says `ESC O H`), given
    /// the bytes after the Esc. Modifiers (`ESC [ 1 ; 5 C`) are dropped; nil if unknown.
    static func decode(escapeSequence bytes: [UInt32]) -> Key? {
        guard let introducer = bytes.first, let final = bytes.last, bytes.count >= 2 else { return nil }
        let letterKeys: [UInt32: Key] = [
            0x41: .up, 0x42: .down, 0x43: .right, 0x44: .left, 0x48: .home, 0x46: .end,
        ]
        if introducer == 0x4F {  // SS3: ESC O x
            guard bytes.count == 2 else { return nil }
            if let key = letterKeys[final] { return key }
            if (0x50...0x53).contains(final) { return .function(Int(final) - 0x50 + 1) }  // P…S: F1…F4
            return nil
        }
        guard introducer == 0x5B else { return nil }  // CSI: ESC [ parameters final
        if let key = letterKeys[final] { return key }
        guard final == 0x7E else { return nil }
        var number = 0
        for byte in bytes.dropFirst().dropLast() {
            guard (0x30...0x39).contains(byte) else { break }  // up to the first ";"
            number = number * 10 + Int(byte - 0x30)
            if number > 99 { return nil }
        }
        switch number {
        case 1, 7: return .home
        case 4, 8: return .end
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(number - 10)
        case 17...21: return .function(number - 11)
        case 23, 24: return .function(number - 12)
        default: return nil
        }
    }
}
