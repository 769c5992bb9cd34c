/// A numeric array read from a NumPy `.npy` file: its shape, its element type and its raw data.
///
/// The data stays as the file's bytes; `element(at:)` decodes one value at a time in C (row-major)
/// order whatever the file's order, so a reader never holds a second copy of a large array.
public struct NumpyArray: Sendable {
    /// The array's shape, e.g. `[8, 6, 6]`; empty for a single value (a 0-d array).
    public let shape: [Int]
    /// How each element is stored.
    public let elementType: NumpyElementType
    /// True when the file stores the data in Fortran (column-major) order.
    public let isFortranOrder: Bool
    /// The file's bytes; the data starts at `dataOffset`.
    let bytes: [UInt8]
    let dataOffset: Int

    /// The number of elements (the product of the shape; 1 for a 0-d array).
    public var count: Int { shape.reduce(1, *) }

    /// One element's value: a whole number for integer and boolean types, a double for floats.
    public enum Element: Equatable, Sendable {
        case integer(Int128)
        case float(Double)
    }

    /// The element at a position in C order (the last index varies fastest), 0-based.
    public func element(at index: Int) -> Element {
        let storageIndex = isFortranOrder ? fortranPosition(ofCOrderIndex: index) : index
        return elementType.decode(bytes, at: dataOffset + storageIndex * elementType.size)
    }

    /// Where the element with this C-order index sits in Fortran-ordered data.
    private func fortranPosition(ofCOrderIndex index: Int) -> Int {
        var remainder = index
        var position = 0
        var stride = 1
        // Peel the indices off from the last (fastest in C order); in Fortran order the first
        // index is fastest, so stride grows from the first dimension.
        var indices = [Int](repeating: 0, count: shape.count)
        for dimension in shape.indices.reversed() {
            indices[dimension] = remainder % shape[dimension]
            remainder /= shape[dimension]
        }
        for dimension in shape.indices {
            position += indices[dimension] * stride
            stride *= shape[dimension]
        }
        return position
    }
}

/// A `.npy` element type Pointwise reads: bool, signed and unsigned integers, and floats.
public struct NumpyElementType: Equatable, Sendable, CustomStringConvertible {
    /// The kind of number an element holds.
    public enum Kind: Equatable, Sendable {
        case bool, signed, unsigned, float
    }

    public let kind: Kind
    /// Bytes per element: 1, 2, 4 or 8.
    public let size: Int
    /// True when multi-byte elements are stored most significant byte first.
    public let isBigEndian: Bool

    /// True when every element is a whole number (bool and integer types).
    public var holdsIntegers: Bool { kind != .float }

    /// NumPy's name for the type, e.g. `float32` or `uint8`.
    public var description: String {
        switch kind {
        case .bool: "bool"
        case .signed: "int\(size * 8)"
        case .unsigned: "uint\(size * 8)"
        case .float: "float\(size * 8)"
        }
    }

    /// Reads the element whose first byte is at `offset`.
    func decode(_ bytes: [UInt8], at offset: Int) -> NumpyArray.Element {
        var raw: UInt64 = 0
        for byteIndex in 0..<size {
            let byte = bytes[offset + (isBigEndian ? byteIndex : size - 1 - byteIndex)]
            raw = raw << 8 | UInt64(byte)
        }
        switch kind {
        case .bool:
            return .integer(raw == 0 ? 0 : 1)
        case .unsigned:
            return .integer(Int128(raw))
        case .signed:
            // Sign-extend from the element's width.
            let shift = UInt64(64 - size * 8)
            return .integer(Int128(Int64(bitPattern: raw << shift) >> shift))
        case .float:
            switch size {
            case 2: return .float(Self.halfToDouble(UInt16(truncatingIfNeeded: raw)))
            case 4: return .float(Double(Float(bitPattern: UInt32(truncatingIfNeeded: raw))))
            default: return .float(Double(bitPattern: raw))
            }
        }
    }

    /// An IEEE 754 half-precision value as a double (exactly: every half is a double).
    static func halfToDouble(_ bits: UInt16) -> Double {
        let sign: Double = bits & 0x8000 == 0 ? 1 : -1
        let exponent = Int((bits >> 10) & 0x1F)
        let fraction = Double(bits & 0x3FF)
        switch exponent {
        case 0: return sign * fraction * 0x1p-24  // subnormal: fraction · 2^-14 · 2^-10
        case 0x1F: return fraction == 0 ? sign * .infinity : .nan
        default: return sign * (1 + fraction / 1024) * Double(sign: .plus, exponent: exponent - 15, significand: 1)
        }
    }
}
