/// A cell style as one 64-bit word, the way `Screen` keeps it.
///
/// Comparing two frames cell by cell is what the terminal edge does for every key press; a
/// style with seven optional fields compares field by field, a word compares at once.
/// Bits 0–3: bold, reverse, underline, dim; 4–7: the tint (0 none, else its case's index + 1);
/// 8–32: the foreground (bit 32 set when there is one), 33–57: the background, likewise.
struct PackedStyle: Hashable, Sendable {
    let bits: UInt64

    static let plain = PackedStyle(.plain)

    init(_ style: CellStyle) {
        var bits: UInt64 = 0
        if style.bold { bits |= 1 }
        if style.reverse { bits |= 1 << 1 }
        if style.underline { bits |= 1 << 2 }
        if style.dim { bits |= 1 << 3 }
        if let tint = style.tint { bits |= UInt64(Self.number(of: tint)) << 4 }
        if let color = style.foreground { bits |= (UInt64(color.packed) | 1 << 24) << 8 }
        if let color = style.background { bits |= (UInt64(color.packed) | 1 << 24) << 33 }
        self.bits = bits
    }

    /// The style these bits stand for.
    var style: CellStyle {
        func color(at shift: UInt64) -> RGBColor? {
            let field = bits >> shift
            guard field & (1 << 24) != 0 else { return nil }
            return RGBColor(
                red: UInt8(truncatingIfNeeded: field >> 16), green: UInt8(truncatingIfNeeded: field >> 8),
                blue: UInt8(truncatingIfNeeded: field))
        }
        return CellStyle(
            bold: bits & 1 != 0, reverse: bits & (1 << 1) != 0, underline: bits & (1 << 2) != 0, dim: bits & (1 << 3) != 0,
            tint: Self.tint(numbered: Int((bits >> 4) & 0xF)), foreground: color(at: 8), background: color(at: 33))
    }

    /// A tint's number in the bits (1…7; 0 is no tint).
    private static func number(of tint: Tint) -> Int {
        switch tint {
        case .term: 1
        case .pixel: 2
        case .accumulating: 3
        case .computed: 4
        case .heading: 5
        case .muted: 6
        case .warning: 7
        }
    }

    /// The tint a number in the bits stands for, or nil (0: none).
    private static func tint(numbered number: Int) -> Tint? {
        switch number {
        case 1: .term
        case 2: .pixel
        case 3: .accumulating
        case 4: .computed
        case 5: .heading
        case 6: .muted
        case 7: .warning
        default: nil
        }
    }
}
