/// Reads NumPy's `.npy` format (versions 1.0, 2.0 and 3.0) into a `NumpyArray`.
///
/// The format is a magic string, a version, a header — the text of a Python dict such as
/// `{'descr': '<f4', 'fortran_order': False, 'shape': (8, 6, 6), }` — and the raw data. The header
/// is parsed strictly as that literal (never evaluated); object arrays, which NumPy stores as a
/// pickle, are refused without reading further, as `np.load(allow_pickle=False)` does. Sizes are
/// checked against the limits before anything is decoded, and the data must be exactly as long
/// as the shape says. Messages never quote the file's contents: a lesson's data file may come from
/// a stranger, and its bytes are not for the terminal.
public enum NumpyReader {
    /// The longest header read (NumPy's own default `max_header_size`).
    public static let maximumHeaderBytes = 10_000

    /// True when the bytes start with the `.npy` magic string.
    public static func looksLikeNumpy(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 6 && Array(bytes[0..<6]) == [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]
    }

    /// Reads a whole `.npy` file, or says what is wrong with it.
    public static func read(_ bytes: [UInt8], maximumValues: Int = DataFileLimits.maximumValues) -> Result<NumpyArray, DataFileProblem> {
        let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]  // "\x93NUMPY"
        guard bytes.count >= 10, Array(bytes[0..<6]) == magic else {
            return .failure(DataFileProblem(CatalogueText(.npyNotNumpy)))
        }
        let major = bytes[6]
        let minor = bytes[7]
        guard (1...3).contains(major), minor == 0 else {
            return .failure(DataFileProblem(CatalogueText(.npyVersion, ["major": String(major), "minor": String(minor)])))
        }
        // Version 1 has a 2-byte header length, versions 2 and 3 a 4-byte one; little-endian.
        let lengthBytes = major == 1 ? 2 : 4
        guard bytes.count >= 8 + lengthBytes else { return .failure(DataFileProblem(CatalogueText(.npyEndsInHeader), offset: bytes.count)) }
        var headerLength = 0
        for index in (0..<lengthBytes).reversed() { headerLength = headerLength << 8 | Int(bytes[8 + index]) }
        let headerStart = 8 + lengthBytes
        guard headerLength <= maximumHeaderBytes else {
            return .failure(
                DataFileProblem(CatalogueText(.npyHeaderTooLong, ["length": String(headerLength), "limit": String(maximumHeaderBytes)])))
        }
        guard bytes.count >= headerStart + headerLength else {
            return .failure(DataFileProblem(CatalogueText(.npyEndsInHeaderSays, ["length": String(headerLength)]), offset: bytes.count))
        }
        let headerBytes = Array(bytes[headerStart..<headerStart + headerLength])
        // Versions 1 and 2 write the header in Latin-1, version 3 in UTF-8; a valid header is
        // ASCII either way, so anything else is refused.
        guard headerBytes.allSatisfy({ $0 < 0x80 }) else {
            return .failure(DataFileProblem(CatalogueText(.npyHeaderNotASCII), offset: headerStart))
        }
        let header: NumpyHeader
        switch NumpyHeaderParser.parse(headerBytes) {
        case .success(let parsed): header = parsed
        case .failure(let problem):
            return .failure(
                DataFileProblem(CatalogueText(.npyBadHeader, nested: ["reason": problem.text]), offset: headerStart + problem.offset))
        }
        let elementType: NumpyElementType
        switch NumpyDescriptor.elementType(header.descr) {
        case .success(let type): elementType = type
        case .failure(let problem): return .failure(problem)
        }
        var count = 1
        for side in header.shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: side)
            guard !overflow, product <= maximumValues else {
                return .failure(
                    DataFileProblem(
                        CatalogueText(.npyTooManyValues, ["shape": NumpyHeader.describe(header.shape), "limit": grouped(maximumValues)])))
            }
            count = product
        }
        let dataOffset = headerStart + headerLength
        let expected = count * elementType.size
        let actual = bytes.count - dataOffset
        guard actual == expected else {
            let shape = NumpyHeader.describe(header.shape)
            if actual < expected {
                return .failure(
                    DataFileProblem(
                        CatalogueText(
                            .npyTruncated,
                            ["shape": shape, "type": "\(elementType)", "expected": grouped(expected), "actual": grouped(actual)]),
                        offset: bytes.count))
            }
            return .failure(
                DataFileProblem(
                    CatalogueText(.npyTrailing, ["extra": grouped(actual - expected), "shape": shape, "type": "\(elementType)"]),
                    offset: dataOffset + expected))
        }
        return .success(
            NumpyArray(
                shape: header.shape, elementType: elementType, isFortranOrder: header.fortranOrder, bytes: bytes, dataOffset: dataOffset))
    }

    /// `150528` as `150,528`.
    static func grouped(_ number: Int) -> String { GeneratedTensorReader.grouped(number) }
}

/// Turns a header's `descr` into an element type, refusing every type that is not a plain number.
enum NumpyDescriptor {
    static func elementType(_ descr: NumpyHeader.Descr) -> Result<NumpyElementType, DataFileProblem> {
        let supported = ["supported": CatalogueText(.npySupported)]
        guard case .text(let text) = descr else {
            return .failure(DataFileProblem(CatalogueText(.npyStructured, nested: supported)))
        }
        let characters = Array(text.utf8)
        guard characters.count >= 2 else { return .failure(DataFileProblem(CatalogueText(.npyTypeNotSupported, nested: supported))) }
        let order = characters[0]
        guard [UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "=")].contains(order) else {
            return .failure(DataFileProblem(CatalogueText(.npyNoByteOrder, nested: supported)))
        }
        let code = characters[1]
        if code == UInt8(ascii: "O") {
            return .failure(
                DataFileProblem(CatalogueText(.npyPickle), notes: [CatalogueText(.npyPickleNote)]))
        }
        guard let size = Int(String(decoding: characters[2...], as: UTF8.self)), characters.count <= 4 else {
            return .failure(DataFileProblem(CatalogueText(.npyTypeNotSupported, nested: supported)))
        }
        let kind: NumpyElementType.Kind
        switch (code, size) {
        case (UInt8(ascii: "b"), 1): kind = .bool
        case (UInt8(ascii: "i"), 1), (UInt8(ascii: "i"), 2), (UInt8(ascii: "i"), 4), (UInt8(ascii: "i"), 8): kind = .signed
        case (UInt8(ascii: "u"), 1), (UInt8(ascii: "u"), 2), (UInt8(ascii: "u"), 4), (UInt8(ascii: "u"), 8): kind = .unsigned
        case (UInt8(ascii: "f"), 2), (UInt8(ascii: "f"), 4), (UInt8(ascii: "f"), 8): kind = .float
        default:
            return .failure(DataFileProblem(CatalogueText(.npyTypeNotSupported, nested: supported)))
        }
        // '|' means "byte order does not apply": only right for one-byte types.
        if order == UInt8(ascii: "|"), size != 1 {
            return .failure(DataFileProblem(CatalogueText(.npyNoByteOrder, nested: supported)))
        }
        return .success(NumpyElementType(kind: kind, size: size, isBigEndian: order == UInt8(ascii: ">")))
    }
}

/// Why a data file (`.npy` or PNG) cannot be used, in words for the teacher.
///
/// The message completes "cannot use 'x.npy': …" and never quotes the file's bytes.
///
/// It is a catalogue entry, so `check` words it in the locale's language and the reload panel in
/// the lesson's.
public struct DataFileProblem: Error, Equatable, Sendable {
    /// What is wrong, e.g. "it is truncated: …".
    public let text: CatalogueText
    /// The byte in the file where the problem is, when that helps.
    public let offset: Int?
    /// Extra advice, each shown as a note.
    public let noteTexts: [CatalogueText]

    public init(_ text: CatalogueText, offset: Int? = nil, notes: [CatalogueText] = []) {
        self.text = text
        self.offset = offset
        self.noteTexts = notes
    }

    /// What is wrong, in English.
    public var message: String { text.text(.english) }
    /// The advice, in English.
    public var notes: [String] { noteTexts.map { $0.text(.english) } }
}
