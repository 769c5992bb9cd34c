/// Fingerprints of a lesson's bytes, to tell whether a saved step still belongs to the same file
/// (stable and dependency-free; not security hashes).
///
/// A progress record written from now on holds `fingerprint(_:)`: XXH64, which takes a lesson's
/// bytes 32 at a time in four independent lanes. Records from before hold FNV-1a, a byte at a
/// time, each step waiting for the last multiplication: 3.4 million instructions, about a
/// millisecond, before the first frame of a 1 MB lesson. FNV-1a stays for reading those records
/// and for naming progress files by their lesson's path (a short key).
public enum ContentHash {
    /// How a fingerprint made by `fingerprint(_:)` starts, to tell it from an older FNV-1a one.
    public static let fingerprintPrefix = "xxh64:"

    /// The fingerprint a progress record holds: `xxh64:` and 16 hexadecimal digits.
    public static func fingerprint(_ buffer: UnsafeBufferPointer<UInt8>) -> String {
        fingerprintPrefix + hex(xxh64(buffer))
    }

    /// An array, not any sequence: a generic across modules is run unspecialized, at hundreds of
    /// instructions a byte (2.6 G instructions, some 0.18 s of start-up, for a 6 MB lesson), where
    /// this loop takes a few.
    public static func fnv1a(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { fnv1a($0) }
    }

    /// FNV-1a, 64 bits, of the bytes in `buffer`, as 16 hexadecimal digits.
    public static func fnv1a(_ buffer: UnsafeBufferPointer<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in buffer {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hex(hash)
    }

    /// 16 hexadecimal digits, leading zeros kept.
    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    /// XXH64 with seed 0 (Yann Collet's specification): the same value as `xxhash.xxh64` in
    /// Python, which the tests compare with.
    public static func xxh64(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = buffer.baseAddress else { return avalanche(prime5) }
        let bytes = UnsafeRawPointer(base)
        let count = buffer.count
        @inline(__always) func word(_ offset: Int) -> UInt64 {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }
        @inline(__always) func half(_ offset: Int) -> UInt64 {
            UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        }
        var offset = 0
        var hash: UInt64
        if count >= 32 {
            var lane1 = prime1 &+ prime2
            var lane2 = prime2
            var lane3: UInt64 = 0
            var lane4 = 0 &- prime1
            while offset + 32 <= count {
                lane1 = round(lane1, word(offset))
                lane2 = round(lane2, word(offset + 8))
                lane3 = round(lane3, word(offset + 16))
                lane4 = round(lane4, word(offset + 24))
                offset += 32
            }
            hash = rotate(lane1, 1) &+ rotate(lane2, 7) &+ rotate(lane3, 12) &+ rotate(lane4, 18)
            @inline(__always) func merge(_ lane: UInt64) { hash = (hash ^ round(0, lane)) &* prime1 &+ prime4 }
            merge(lane1)
            merge(lane2)
            merge(lane3)
            merge(lane4)
        } else {
            hash = prime5
        }
        hash &+= UInt64(count)
        while offset + 8 <= count {
            hash = rotate(hash ^ round(0, word(offset)), 27) &* prime1 &+ prime4
            offset += 8
        }
        if offset + 4 <= count {
            hash = rotate(hash ^ (half(offset) &* prime1), 23) &* prime2 &+ prime3
            offset += 4
        }
        while offset < count {
            hash = rotate(hash ^ (UInt64(buffer[offset]) &* prime5), 11) &* prime1
            offset += 1
        }
        return avalanche(hash)
    }

    @inline(__always) private static func round(_ lane: UInt64, _ input: UInt64) -> UInt64 {
        rotate(lane &+ input &* prime2, 31) &* prime1
    }

    @inline(__always) private static func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 {
        value << bits | value >> (64 - bits)
    }

    private static func avalanche(_ value: UInt64) -> UInt64 {
        var hash = value
        hash ^= hash >> 33
        hash = hash &* prime2
        hash ^= hash >> 29
        hash = hash &* prime3
        hash ^= hash >> 32
        return hash
    }
}
