/// The scan of a run of plain decimals in a flow list, `0.73, -0.12, 5]`, in one tight loop over
/// raw bytes: the common case of a tensor written out in full.
///
/// It takes an item only when it is `[-+]digits[.digits]` (at most 18 digits) followed on the same
/// line by `,` or `]`, exactly as the general reader would take it, and says where and why it
/// stopped; the reader handles everything else (other forms, the line's end, a comment). All its
/// state is in locals, so the loop keeps it in registers: inside the reader's closures the same
/// scan spent about twice the instructions per value.
enum YAMLNumberRun {
    /// How many values one scan writes at most: its buffers live on the stack.
    static let batchSize = 64

    /// `, ` as two bytes of a word loaded little-endian: the comma in the low byte.
    private static let commaSpace: UInt16 = 0x202C

    /// Why a scan stopped.
    enum Stop {
        /// The last value taken was followed by `]`.
        case closed
        /// `room` values were taken; the next item starts at `next`.
        case full
        /// The item at `next` is not of the simple form (an exponent, too many digits, not a
        /// number at all): the caller reads it the general way.
        case unusual
        /// The item was followed by something other than `,` or `]`, or by the line's end.
        case other
    }

    /// What a scan took.
    struct Result {
        var count = 0
        /// Just past the last value taken's last byte (-1 when none was taken).
        var lastEnd = -1
        /// Where the first item not taken starts (for `.full` and `.unusual`).
        var next = 0
        var stop = Stop.other
    }

    /// Scans items from `start` (at an item, spaces already skipped) up to `end`, writing at most
    /// `room` values, each with its scale (their offsets follow from `start`: see
    /// `YAMLSource.offsets`). Never inlined: inside the reader's closures it would share their
    /// registers.
    @inline(never)
    static func scan(
        _ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, room: Int,
        units: UnsafeMutablePointer<Int64>, scales: UnsafeMutablePointer<UInt8>
    ) -> Result {
        scanItems(bytes, from: start, to: end, room: room, units: units, scales: scales, checksEnd: true)
    }

    /// `scan` of a line whose `end` holds its line break (`\n`, or the `\r` of `\r\n`): that byte
    /// stops every loop as the end would (it is no digit, sign, point, space or separator), so
    /// no loop compares its index with the end, a few instructions per byte fewer.
    @inline(never)
    static func scanToLineBreak(
        _ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, room: Int,
        units: UnsafeMutablePointer<Int64>, scales: UnsafeMutablePointer<UInt8>
    ) -> Result {
        scanItems(bytes, from: start, to: end, room: room, units: units, scales: scales, checksEnd: false)
    }

    /// The scan itself, compiled once with the end checked at every byte and once without
    /// (`checksEnd` is a constant in each caller, so each gets its own loop).
    @inline(__always)
    private static func scanItems(
        _ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, room: Int,
        units: UnsafeMutablePointer<Int64>, scales: UnsafeMutablePointer<UInt8>, checksEnd: Bool
    ) -> Result {
        @inline(__always) func isBlank(_ index: Int) -> Bool {
            (!checksEnd || index < end) && (bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t"))
        }
        var result = Result()
        var item = start
        // The fraction digits of the last value when it had one digit before the point (`0.73`:
        // 2), else 0: the next value is first tried in that shape (`fixedShape`).
        var shape = 0
        while true {
            guard result.count < room else {
                result.next = item
                result.stop = .full
                return result
            }
            // A value is first tried in the last one's shape (one call per shape, so each is
            // compiled with its own constants).
            let shaped: (end: Int, units: Int64, isFollowedByCommaSpace: Bool)?
            switch shape {
            case 1: shaped = fixedShape(bytes, from: item, to: end, fractionDigits: 1)
            case 2: shaped = fixedShape(bytes, from: item, to: end, fractionDigits: 2)
            case 3: shaped = fixedShape(bytes, from: item, to: end, fractionDigits: 3)
            case 4: shaped = fixedShape(bytes, from: item, to: end, fractionDigits: 4)
            default: shaped = nil
            }
            let valueEnd: Int
            let value: Int64
            let scale: Int
            if let fixed = shaped {
                // The usual separator, a comma and one space before the next value, is stepped
                // over at once: the same as the loops below would do, in a few instructions.
                let next = fixed.end &+ 2
                if fixed.isFollowedByCommaSpace, next < end, bytes[next] != UInt8(ascii: " "), bytes[next] != UInt8(ascii: "\t") {
                    units[result.count] = fixed.units
                    scales[result.count] = UInt8(truncatingIfNeeded: shape)
                    result.count &+= 1
                    result.lastEnd = fixed.end
                    item = next
                    continue
                }
                (valueEnd, value, scale) = (fixed.end, fixed.units, shape)
            } else {
                // Another shape, or a trailing zero: read a byte at a time.
                guard let simple = simpleDecimal(bytes, from: item, to: end, checksEnd: checksEnd) else {
                    result.next = item
                    result.stop = .unusual
                    return result
                }
                (valueEnd, value, scale) = simple
                let digitsStart =
                    item &+ Int(truncatingIfNeeded: (bytes[item] == UInt8(ascii: "-") || bytes[item] == UInt8(ascii: "+")) ? 1 : 0)
                let length = valueEnd &- digitsStart
                shape = length >= 3 && length <= 6 && bytes[digitsStart &+ 1] == UInt8(ascii: ".") ? length &- 2 : 0
            }
            var after = valueEnd
            while isBlank(after) { after &+= 1 }
            guard after < end else { return result }
            let separator = bytes[after]
            guard separator == UInt8(ascii: ",") || separator == UInt8(ascii: "]") else { return result }
            units[result.count] = value
            scales[result.count] = UInt8(truncatingIfNeeded: scale)
            result.count &+= 1
            result.lastEnd = valueEnd
            guard separator == UInt8(ascii: ",") else {
                result.stop = .closed
                return result
            }
            item = after &+ 1
            while isBlank(item) { item &+= 1 }
        }
    }

    /// Reads `[-+]d.f…` with one digit before the point and exactly `fractionDigits` (1…4) after
    /// it, the last of them not 0, from `start`: its end, its units (its scale is
    /// `fractionDigits`, as `simpleDecimal` would give it, since there is no trailing zero to
    /// drop), and whether `, ` follows it. Nil for anything else, which `simpleDecimal` then
    /// reads.
    ///
    /// The values of a tensor are mostly written alike (`0.73, -0.12, 0.05`), so after one value
    /// the next is tried in its shape: eight bytes are loaded at once and checked together
    /// (digits, point and what follows), and the digits are put together without a loop.
    @inline(__always)
    static func fixedShape(
        _ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, fractionDigits: Int
    ) -> (end: Int, units: Int64, isFollowedByCommaSpace: Bool)? {
        let first = bytes[start]
        let negative = first == UInt8(ascii: "-")
        let digits = start &+ Int(truncatingIfNeeded: (negative || first == UInt8(ascii: "+")) ? 1 : 0)
        // The eight bytes loaded must all be the line's: `end` is its last byte's index or past it.
        guard digits &+ 8 <= end else { return nil }
        let word = UInt64(littleEndian: UnsafeRawPointer(bytes + digits).loadUnaligned(as: UInt64.self))
        // Each byte minus its expected character: digits become 0…9, the point 0.
        let offsets = word ^ 0x3030_3030_3030_2E30
        let length = 2 &+ fractionDigits
        let numberBytes: UInt64 = (1 &<< UInt64(8 &* length)) &- 1
        // A byte above 9 sets its top bit in the sum or in itself (a carry goes up only from a
        // byte that fails anyway); the point must be exactly `.`, the last digit not 0.
        guard ((offsets &+ 0x7676_7676_7676_7676) | offsets) & 0x8080_8080_8080_8080 & numberBytes == 0,
            offsets & 0xFF00 == 0, UInt8(truncatingIfNeeded: offsets &>> UInt64(8 &* (length &- 1))) != 0
        else { return nil }
        // What follows: `, ` (the usual case, no number byte), or any byte but a number's.
        let following = word &>> UInt64(8 &* length)
        let isFollowedByCommaSpace = UInt16(truncatingIfNeeded: following) == commaSpace
        guard isFollowedByCommaSpace || !YAMLNumberList.isNumberByte(UInt8(truncatingIfNeeded: following)) else { return nil }
        // Digit by digit, most significant first: the constants fold per shape.
        var magnitude = offsets & 0xFF
        for index in 0..<fractionDigits {
            magnitude = magnitude &* 10 &+ ((offsets &>> UInt64(16 &+ 8 &* index)) & 0xFF)
        }
        let signed = Int64(truncatingIfNeeded: magnitude)
        return (digits &+ length, negative ? -signed : signed, isFollowedByCommaSpace)
    }

    /// Reads `[-+]digits[.digits]` of at most 18 digits from `start`, in one pass: the end of the
    /// number bytes and the value, exactly as `DecimalLiteral.parseCommon` gives it (trailing
    /// zeros of the fraction dropped, zero at scale 0). Nil for any other form. Without
    /// `checksEnd`, the byte at `end` must be a line break.
    @inline(__always)
    static func simpleDecimal(
        _ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, checksEnd: Bool = true
    ) -> (end: Int, units: Int64, scale: Int)? {
        guard !checksEnd || start < end else { return nil }
        let first = bytes[start]
        let negative = first == UInt8(ascii: "-")
        // Stepped over without a branch: signs come and go at random in a tensor's values, and a
        // mispredicted jump per value cost more than the rest of the sign's handling.
        var index = start &+ Int(truncatingIfNeeded: (negative || first == UInt8(ascii: "+")) ? 1 : 0)
        var units: UInt64 = 0
        let digitsStart = index
        index = digitRun(bytes, from: index, to: end, into: &units, checksEnd: checksEnd)
        var digits = index &- digitsStart
        var scale = 0
        if (!checksEnd || index < end), bytes[index] == UInt8(ascii: ".") {
            let fractionStart = index &+ 1
            index = digitRun(bytes, from: fractionStart, to: end, into: &units, checksEnd: checksEnd)
            scale = index &- fractionStart
            digits &+= scale
        }
        guard digits > 0, digits <= 18, (checksEnd && index == end) || !YAMLNumberList.isNumberByte(bytes[index]) else { return nil }
        if units == 0 { return (index, 0, 0) }
        // The fraction's last digit says whether there is a trailing zero to drop, without a
        // division; only values that have one (a tenth of two-decimal values) take the loop.
        if scale > 0, bytes[index &- 1] == UInt8(ascii: "0") {
            while scale > 0, units % 10 == 0 {
                units /= 10
                scale -= 1
            }
        }
        let signed = Int64(units)
        return (index, negative ? -signed : signed, scale)
    }

    /// Appends the decimal digits from `start` to `units` (wrapping past 18 digits, which the
    /// caller refuses) and returns the index after the last one.
    @inline(__always)
    private static func digitRun(
        _ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, into units: inout UInt64, checksEnd: Bool
    ) -> Int {
        var index = start
        while !checksEnd || index < end {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            units = units &* 10 &+ UInt64(digit)
            index &+= 1
        }
        return index
    }
}
