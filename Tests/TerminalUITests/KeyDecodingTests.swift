import ScreenCore
import Testing

@testable import TerminalUI

/// The bytes and key codes ncurses hands over, turned into the keys the explainer understands.
@Suite("Key decoding: what a key press means")
struct KeyDecodingTests {
    @Test("control characters: Ctrl-C interrupts, Ctrl-Z suspends, Enter, Tab and Backspace keys")
    func controlCharacters() {
        #expect(KeyDecoding.decode(character: 3) == .interrupt)
        #expect(KeyDecoding.decode(character: 26) == .suspend)
        #expect(KeyDecoding.decode(character: 27) == .escape)
        #expect(KeyDecoding.decode(character: 10) == .key(.enter))
        #expect(KeyDecoding.decode(character: 13) == .key(.enter))
        #expect(KeyDecoding.decode(character: 9) == .key(.tab))
        #expect(KeyDecoding.decode(character: 8) == .key(.backspace))
        #expect(KeyDecoding.decode(character: 127) == .key(.backspace))
    }

    @Test(
        "Ctrl+letter arrives as the letter's place in the alphabet",
        arguments: [
            (UInt32(4), Character("d")), (21, "u"), (1, "a"), (12, "l"),
        ])
    func controlLetters(value: UInt32, letter: Character) {
        #expect(KeyDecoding.decode(character: value) == .key(.control(letter)))
    }

    @Test("printable characters, CJK and emoji included, are keys of their own")
    func printable() {
        #expect(KeyDecoding.decode(character: 0x6C) == .key(.character("l")))
        #expect(KeyDecoding.decode(character: 0x20) == .key(.character(" ")))
        #expect(KeyDecoding.decode(character: 0x5377) == .key(.character("卷")))
        #expect(KeyDecoding.decode(character: 0x1F600) == .key(.character("😀")))
    }

    @Test("NUL, other C0 and C1 controls and surrogate values are ignored, never turned into text")
    func ignored() {
        for value: UInt32 in [0, 28, 29, 30, 31, 0x80, 0x9B, 0x9F, 0xD800, 0x110000] {
            #expect(KeyDecoding.decode(character: value) == .ignored, "U+\(String(value, radix: 16))")
        }
    }

    @Test("CSI and SS3 sequences ncurses left undecoded: arrows, Home/End, pages, F-keys")
    func escapeSequences() {
        func bytes(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
        #expect(KeyDecoding.decode(escapeSequence: bytes("[A")) == .up)
        #expect(KeyDecoding.decode(escapeSequence: bytes("[1;5C")) == .right)
        #expect(KeyDecoding.decode(escapeSequence: bytes("OH")) == .home)
        #expect(KeyDecoding.decode(escapeSequence: bytes("OF")) == .end)
        #expect(KeyDecoding.decode(escapeSequence: bytes("[1~")) == .home)
        #expect(KeyDecoding.decode(escapeSequence: bytes("[4~")) == .end)
        #expect(KeyDecoding.decode(escapeSequence: bytes("[5~")) == .pageUp)
        #expect(KeyDecoding.decode(escapeSequence: bytes("[6~")) == .pageDown)
        #expect(KeyDecoding.decode(escapeSequence: bytes("OP")) == .function(1))
        #expect(KeyDecoding.decode(escapeSequence: bytes("OS")) == .function(4))
        #expect(KeyDecoding.decode(escapeSequence: bytes("[15~")) == .function(5))
        #expect(KeyDecoding.decode(escapeSequence: bytes("[24~")) == .function(12))
    }

    @Test("unknown or malformed sequences decode to nothing")
    func unknownSequences() {
        func bytes(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
        for sequence in ["[", "O", "[Z", "[99~", "[123456~", "OHH", "X~", "[16~"] {
            #expect(KeyDecoding.decode(escapeSequence: bytes(sequence)) == nil, "\(sequence)")
        }
        #expect(KeyDecoding.isFinalByteOfControlSequence(0x7E))
        #expect(!KeyDecoding.isFinalByteOfControlSequence(0x3B))
    }
}
