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
        while true {
            guard result.count < room else {
                result.next = item
                result.stop = .full
                return result
            }
            guard let (valueEnd, value, scale) = simpleDecimal(bytes, from: item, to: end, checksEnd: checksEnd) else {
                result.next = item
                result.stop = .unusual
                return result
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
