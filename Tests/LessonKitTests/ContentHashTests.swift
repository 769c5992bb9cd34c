import Testing

@testable import LessonKit

/// The fingerprints progress records hold: XXH64 as the reference implementation gives it, and
/// FNV-1a kept for records written before.
@Suite("Content fingerprints")
struct ContentHashTests {
    /// Bytes that cover each part of XXH64: the 32-byte stripes, then 8-, 4- and 1-byte tails.
    static let inputs: [(name: String, bytes: [UInt8])] = [
        ("empty", []),
        ("a", Array("a".utf8)),
        ("abc", Array("abc".utf8)),
        ("42 bytes", Array("0123456789abcdef0123456789abcdef0123456789".utf8)),
        ("1285 bytes", (0..<5).flatMap { _ in (0...255).map(UInt8.init) } + Array("tail!".utf8)),
    ]

    /// `xxhash.xxh64(bytes).hexdigest()` from Python's xxhash 4.1.0 (the C library's binding),
    /// run on the same five inputs.
    static let expected: [UInt64] = [
        0xef46_db37_51d8_e999, 0xd24e_c4f1_a98c_6e5b, 0x44bc_2cf5_ad77_0999, 0xa761_90c3_acf0_8a1c, 0x5e77_aa5b_5b80_9e3e,
    ]

    @Test("XXH64 equals the reference implementation's value at every length")
    func xxh64MatchesReference() {
        for (input, expected) in zip(Self.inputs, Self.expected) {
            let value = input.bytes.withUnsafeBufferPointer { ContentHash.xxh64($0) }
            #expect(value == expected, "\(input.name)")
        }
    }

    @Test("a fingerprint is xxh64: and 16 hex digits, leading zeros kept, and one changed byte changes it")
    func fingerprintForm() {
        let text = Array("input: [[[0.25, -1]]]\n".utf8)
        let fingerprint = text.withUnsafeBufferPointer { ContentHash.fingerprint($0) }
        #expect(fingerprint.hasPrefix("xxh64:"))
        #expect(fingerprint.dropFirst(6).count == 16)
        #expect(fingerprint.dropFirst(6).allSatisfy { $0.isHexDigit })
        for index in text.indices {
            var changed = text
            changed[index] ^= 1
            #expect(changed.withUnsafeBufferPointer { ContentHash.fingerprint($0) } != fingerprint)
        }
    }

    @Test("FNV-1a, for records written before, is unchanged")
    func fnv1aUnchanged() {
        // Published FNV-1a 64-bit values: "" and "a".
        #expect(ContentHash.fnv1a([]) == "cbf29ce484222325")
        #expect(ContentHash.fnv1a(Array("a".utf8)) == "af63dc4c8601ec8c")
    }
}
