/// The three keys of a `.npy` header: the element type, the order and the shape.
struct NumpyHeader: Equatable {
    /// The `descr` value: a type string such as `<f4`, or a list (a structured array's fields).
    enum Descr: Equatable {
        case text(String)
        case structured
    }

    var descr: Descr
    var fortranOrder: Bool
    var shape: [Int]

    /// A shape as NumPy prints it: `(8, 6, 6)`, `(3,)`, `()`.
    static func describe(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }
}

/// Parses a `.npy` header strictly as the Python dict literal NumPy writes, never evaluating it.
///
/// Accepted: `{`, then exactly the keys `'descr'`, `'fortran_order'` and `'shape'` (each once, in
/// any order, single- or double-quoted), their values — a quoted string or a list for `descr`,
/// `True`/`False`, a tuple of non-negative integers (`()`, `(3,)`, `(8, 6, 6)`) — separated by
/// commas with an optional trailing comma, `}`, then spaces and a final newline as padding.
enum NumpyHeaderParser {
    struct Problem: Error {
        /// What is wrong with the header, as a catalogue entry.
        let text: CatalogueText
        /// Offset of the problem within the header.
        let offset: Int
    }

    static func parse(_ bytes: [UInt8]) -> Result<NumpyHeader, Problem> {
        var parser = Parser(bytes: bytes)
        do {
            return .success(try parser.header())
        } catch {
            return .failure(error)
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        var position = 0

        mutating func header() throws(Problem) -> NumpyHeader {
            skipSpaces()
            try expect("{")
            var descr: NumpyHeader.Descr?
            var fortranOrder: Bool?
            var shape: [Int]?
            skipSpaces()
            while peek != UInt8(ascii: "}") {
                let keyOffset = position
                let key = try string()
                skipSpaces()
                try expect(":")
                skipSpaces()
                switch key {
                case "descr" where descr == nil:
                    if peek == UInt8(ascii: "[") {
                        try skipList()
                        descr = .structured
                    } else {
                        descr = .text(try string())
                    }
                case "fortran_order" where fortranOrder == nil:
                    fortranOrder = try boolean()
                case "shape" where shape == nil:
                    shape = try tuple()
                case "descr", "fortran_order", "shape":
                    throw Problem(text: CatalogueText(.npyHeaderKeyTwice, ["key": key]), offset: keyOffset)
                default:
                    throw Problem(text: CatalogueText(.npyHeaderOtherKey), offset: keyOffset)
                }
                skipSpaces()
                if peek == UInt8(ascii: ",") {
                    position += 1
                    skipSpaces()
                } else if peek != UInt8(ascii: "}") {
                    throw Problem(text: CatalogueText(.npyHeaderExpectedCommaBrace), offset: position)
                }
            }
            position += 1
            // Padding: spaces, then the newline that ends every header.
            while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
            guard position == bytes.count - 1, bytes[position] == UInt8(ascii: "\n") else {
                throw Problem(text: CatalogueText(.npyHeaderNoEnd), offset: position)
            }
            guard let descr else { throw Problem(text: CatalogueText(.npyHeaderNoDescr), offset: 0) }
            guard let fortranOrder else { throw Problem(text: CatalogueText(.npyHeaderNoFortran), offset: 0) }
            guard let shape else { throw Problem(text: CatalogueText(.npyHeaderNoShape), offset: 0) }
            return NumpyHeader(descr: descr, fortranOrder: fortranOrder, shape: shape)
        }

        var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

        mutating func skipSpaces() {
            while let byte = peek, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { position += 1 }
        }

        mutating func expect(_ character: Unicode.Scalar) throws(Problem) {
            guard peek == UInt8(ascii: character) else {
                throw Problem(text: CatalogueText(.npyHeaderExpected, ["character": "\(character)"]), offset: position)
            }
            position += 1
        }

        /// A quoted string of printable ASCII without escapes (all a valid header needs).
        mutating func string() throws(Problem) -> String {
            guard let quote = peek, quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") else {
                throw Problem(text: CatalogueText(.npyHeaderExpectedString), offset: position)
            }
            let start = position + 1
            position = start
            while let byte = peek, byte != quote {
                guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else {
                    throw Problem(text: CatalogueText(.npyHeaderOddCharacter), offset: position)
                }
                position += 1
                guard position - start <= 64 else { throw Problem(text: CatalogueText(.npyHeaderLongString), offset: start) }
            }
            guard peek == quote else { throw Problem(text: CatalogueText(.npyHeaderOpenString), offset: start - 1) }
            position += 1
            return String(decoding: bytes[start..<position - 1], as: UTF8.self)
        }

        mutating func boolean() throws(Problem) -> Bool {
            for (word, value) in [("True", true), ("False", false)] where matches(word) {
                position += word.utf8.count
                return value
            }
            throw Problem(text: CatalogueText(.npyHeaderFortranBool), offset: position)
        }

        func matches(_ word: String) -> Bool {
            let end = position + word.utf8.count
            return end <= bytes.count && Array(bytes[position..<end]) == Array(word.utf8)
        }

        /// `()`, `(3,)` or `(8, 6, 6)` (a trailing comma allowed): non-negative integers.
        mutating func tuple() throws(Problem) -> [Int] {
            try expect("(")
            var values: [Int] = []
            skipSpaces()
            while peek != UInt8(ascii: ")") {
                let start = position
                var value = 0
                while let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                    let (times, overflow) = value.multipliedReportingOverflow(by: 10)
                    let (sum, overflow2) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
                    guard !overflow, !overflow2 else { throw Problem(text: CatalogueText(.npyHeaderShapeTooLarge), offset: start) }
                    value = sum
                    position += 1
                }
                guard position > start else { throw Problem(text: CatalogueText(.npyHeaderShapeWhole), offset: start) }
                guard values.count < 32 else { throw Problem(text: CatalogueText(.npyHeaderShapeDimensions), offset: start) }
                values.append(value)
                skipSpaces()
                if peek == UInt8(ascii: ",") {
                    position += 1
                    skipSpaces()
                } else if peek != UInt8(ascii: ")") {
                    throw Problem(text: CatalogueText(.npyHeaderShapeExpected), offset: position)
                }
            }
            // Python's one-element tuple needs its comma: `(3)` is the number 3, not a tuple.
            if values.count == 1, !lastNonSpaceIsComma() {
                throw Problem(text: CatalogueText(.npyHeaderShapeTuple), offset: position)
            }
            position += 1
            return values
        }

        private func lastNonSpaceIsComma() -> Bool {
            var index = position - 1
            while index > 0, bytes[index] == UInt8(ascii: " ") { index -= 1 }
            return bytes[index] == UInt8(ascii: ",")
        }

        /// Skips a bracketed list (a structured `descr`), nesting included, within the header.
        mutating func skipList() throws(Problem) {
            var depth = 0
            let start = position
            repeat {
                guard let byte = peek else { throw Problem(text: CatalogueText(.npyHeaderOpenList), offset: start) }
                if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(") { depth += 1 }
                if byte == UInt8(ascii: "]") || byte == UInt8(ascii: ")") { depth -= 1 }
                position += 1
            } while depth > 0
        }
    }
}
