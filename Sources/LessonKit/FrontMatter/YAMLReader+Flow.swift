import PointwiseCore

/// Flow collections: `[a, b]` and `{key: value}`, which may span lines.
extension YAMLReader {
    /// Reads the flow collection at the position (`[` or `{`), nested at `depth`.
    mutating func readFlowCollection(depth: Int) throws(YAMLReadFailure) -> YAMLNode {
        if current == YAMLByte.openBrace {
            return try readFlowMapping(depth: depth)
        }
        return try readFlowSequence(depth: depth)
    }

    /// Reads `[item, item, …]`; a trailing comma before `]` is allowed.
    mutating func readFlowSequence(depth: Int) throws(YAMLReadFailure) -> YAMLNode {
        let opener = location(at: position)
        try checkDepth(depth, at: position)
        try countNode(at: position)
        position += 1
        var items: [YAMLNode] = []
        // Plain numbers go into a compact list until an item that is not one turns up.
        var numbers = YAMLNumberList(source: source)
        var onlyNumbers = true
        while true {
            try skipFlowSpace(opener: opener, closer: "]")
            let start = position
            if current == YAMLByte.closeBracket {
                position += 1
                break
            }
            if current == YAMLByte.comma {
                report(CatalogueText(.yamlEmptyListItem), at: start, notes: [CatalogueText(.yamlExtraComma)])
                position += 1
                continue
            }
            var readAsNumber = false
            if onlyNumbers {
                readAsNumber = readNumberRun(into: &numbers)
                if !readAsNumber { readAsNumber = try readPlainNumber(into: &numbers) }
            }
            if !readAsNumber {
                if onlyNumbers {
                    onlyNumbers = false
                    items = numbers.nodes
                }
                items.append(try readFlowValue(depth: depth + 1))
            }
            try skipFlowSpace(opener: opener, closer: "]")
            if current == YAMLByte.comma {
                position += 1
            } else if current == YAMLByte.closeBracket {
                position += 1
                break
            } else if current == YAMLByte.colon {
                try fail(CatalogueText(.yamlPairInList), at: position, notes: [CatalogueText(.yamlPairInListNote)])
            } else {
                try fail(
                    CatalogueText(.yamlListExpectedComma, ["line": String(opener.line), "column": String(opener.column)]), at: position)
            }
        }
        if onlyNumbers && numbers.count > 0 {
            return .sequence(YAMLSequence(numbers: numbers, location: opener))
        }
        return .sequence(YAMLSequence(items: items, location: opener))
    }

    /// Reads the plain numbers from the position on, while each is followed on the current line
    /// by a `,` or a `]`: the common case of a list written out in full, in one tight pass.
    ///
    /// It takes only items that `readPlainNumber` would take the same way, and stops (reading
    /// nothing more, reporting nothing) at anything else: an item at the line's end, an exponent,
    /// a comment, a bound. Returns whether it read any; the position is then just past the last
    /// number read, where the list's own loop goes on with its `,` or `]`.
    mutating func readNumberRun(into numbers: inout YAMLNumberList) -> Bool {
        let bytes = self.bytes
        let end = line.end
        let nodeLimit = YAMLLimits.maximumNodes
        var nodes = nodeCount
        var lastEnd = -1
        // Values gather in a small buffer on the stack and join the list a batch at a time: one
        // copy per batch instead of three growing appends per value.
        let batchSize = 64
        withUnsafeTemporaryAllocation(of: Int64.self, capacity: batchSize) { units in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: batchSize) { scales in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: batchSize) { offsets in
                    var pending = 0
                    func flush() {
                        numbers.append(
                            units: UnsafeBufferPointer(rebasing: units[..<pending]),
                            scales: UnsafeBufferPointer(rebasing: scales[..<pending]),
                            offsets: UnsafeBufferPointer(rebasing: offsets[..<pending]))
                        pending = 0
                    }
                    bytes.withUnsafeBufferPointer { buffer in
                        var start = position
                        while true {
                            let scanned = Self.scanSimpleDecimal(buffer, from: start, to: end)
                            let fast = scanned.value
                            var cursor = scanned.end
                            if fast == nil {
                                while cursor < end, YAMLNumberList.isNumberByte(buffer[cursor]) { cursor += 1 }
                            }
                            guard cursor > start else { return }
                            var after = cursor
                            while after < end, buffer[after] == YAMLByte.space || buffer[after] == YAMLByte.tab { after += 1 }
                            guard after < end else { return }
                            let separator = buffer[after]
                            guard separator == YAMLByte.comma || separator == YAMLByte.closeBracket,
                                nodes < nodeLimit,
                                let (value, scale) = fast ?? DecimalLiteral.parseCommon(buffer, from: start, to: cursor)
                            else { return }
                            nodes += 1
                            if pending == batchSize { flush() }
                            units[pending] = value
                            scales[pending] = UInt8(truncatingIfNeeded: scale)
                            offsets[pending] = UInt32(truncatingIfNeeded: start)
                            pending += 1
                            lastEnd = cursor
                            guard separator == YAMLByte.comma else { return }
                            start = after + 1
                            while start < end, buffer[start] == YAMLByte.space || buffer[start] == YAMLByte.tab { start += 1 }
                        }
                    }
                    if pending > 0 { flush() }
                }
            }
        }
        guard lastEnd >= 0 else { return false }
        nodeCount = nodes
        position = lastEnd
        return true
    }

    /// Reads `[-+]digits[.digits]` of at most 18 digits from `start`, in one pass: the end of the
    /// number bytes and the value, exactly as `DecimalLiteral.parseCommon` gives it (trailing
    /// zeros of the fraction dropped, zero at scale 0). Any other form gives a nil value, and
    /// the caller scans and parses the token the general way.
    @inline(__always)
    static func scanSimpleDecimal(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
    ) -> (end: Int, value: (units: Int64, scale: Int)?) {
        var index = start
        guard index < end else { return (start, nil) }
        let first = buffer[index]
        let negative = first == UInt8(ascii: "-")
        if negative || first == UInt8(ascii: "+") { index += 1 }
        var units: UInt64 = 0
        var digits = 0
        while index < end {
            let digit = buffer[index] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            units = units &* 10 &+ UInt64(digit)
            digits += 1
            index += 1
        }
        var scale = 0
        if index < end, buffer[index] == UInt8(ascii: ".") {
            index += 1
            while index < end {
                let digit = buffer[index] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                units = units &* 10 &+ UInt64(digit)
                digits += 1
                scale += 1
                index += 1
            }
        }
        guard digits > 0, digits <= 18, index == end || !YAMLNumberList.isNumberByte(buffer[index]) else { return (start, nil) }
        if units == 0 { return (index, (0, 0)) }
        while scale > 0, units % 10 == 0 {
            units /= 10
            scale -= 1
        }
        let signed = Int64(units)
        return (index, (negative ? -signed : signed, scale))
    }

    /// Reads a plain number at the position straight from the bytes into `numbers`, when the
    /// item is one the general path would read as the same plain scalar and that scalar is a
    /// number; otherwise reads nothing and returns false, and the general path takes the item
    /// (so every diagnostic stays exactly as it was).
    mutating func readPlainNumber(into numbers: inout YAMLNumberList) throws(YAMLReadFailure) -> Bool {
        let start = position
        let end = line.end
        var cursor = start
        while cursor < end, YAMLNumberList.isNumberByte(bytes[cursor]) { cursor += 1 }
        guard cursor > start else { return false }
        var after = cursor
        while after < end, bytes[after] == YAMLByte.space || bytes[after] == YAMLByte.tab { after += 1 }
        if after < end {
            let next = bytes[after]
            guard next == YAMLByte.comma || next == YAMLByte.closeBracket || (next == YAMLByte.hash && after > cursor) else {
                return false
            }
        }
        var parsed = bytes.withUnsafeBufferPointer { DecimalLiteral.parseCommon($0, from: start, to: cursor) }
        if parsed == nil {
            // Exponents and the rare forms: the general parser, on this one token.
            guard case .success(let value) = DecimalLiteral.parse(String(decoding: bytes[start..<cursor], as: UTF8.self)),
                let units = Int64(exactly: value.units)
            else { return false }
            parsed = (units, value.scale)
        }
        guard let (units, scale) = parsed else { return false }
        try countNode(at: start)
        numbers.append(units: units, scale: scale, offset: start)
        position = cursor
        return true
    }

    /// Reads `{key: value, …}`; keys are scalars, a trailing comma before `}` is allowed.
    mutating func readFlowMapping(depth: Int) throws(YAMLReadFailure) -> YAMLNode {
        let opener = location(at: position)
        try checkDepth(depth, at: position)
        try countNode(at: position)
        position += 1
        var entries: [YAMLMapping.Entry] = []
        var firstLocations: [String: SourceLocation] = [:]
        while true {
            try skipFlowSpace(opener: opener, closer: "}")
            let start = position
            if current == YAMLByte.closeBrace {
                position += 1
                break
            }
            if current == YAMLByte.comma {
                report(CatalogueText(.yamlEmptyMappingEntry), at: start, notes: [CatalogueText(.yamlExtraComma)])
                position += 1
                continue
            }
            if current == YAMLByte.openBracket || current == YAMLByte.openBrace {
                try fail(CatalogueText(.yamlCollectionKey), at: start, notes: [CatalogueText(.yamlCollectionKeyFlowNote)])
            }
            try rejectUnsupportedStart(at: start, inFlow: true)
            let key = try readScalar(inFlow: true)
            try skipFlowSpace(opener: opener, closer: "}")
            guard current == YAMLByte.colon else {
                let note: TextKey = key.style == .plain && key.text.contains(":") ? .yamlSpaceAfterColon : .yamlWriteFlowMapping
                try fail(
                    CatalogueText(.yamlFlowMissingColon, ["key": Self.shortened(key.text)]), at: position, notes: [CatalogueText(note)])
            }
            let afterColon = location(at: position + 1)
            position += 1
            try skipFlowSpace(opener: opener, closer: "}")
            let value: YAMLNode
            if current == YAMLByte.comma || current == YAMLByte.closeBrace {
                try countNode(at: position)
                value = .scalar(YAMLScalar(text: "", style: .plain, location: afterColon))
            } else {
                value = try readFlowValue(depth: depth + 1)
            }
            addEntry(key: key, value: value, to: &entries, firstLocations: &firstLocations)
            try skipFlowSpace(opener: opener, closer: "}")
            if current == YAMLByte.comma {
                position += 1
            } else if current == YAMLByte.closeBrace {
                position += 1
                break
            } else {
                try fail(
                    CatalogueText(.yamlMappingExpectedComma, ["line": String(opener.line), "column": String(opener.column)]), at: position)
            }
        }
        return .mapping(YAMLMapping(entries: entries, location: opener))
    }

    /// Reads one item or value inside a flow collection.
    mutating func readFlowValue(depth: Int) throws(YAMLReadFailure) -> YAMLNode {
        try rejectUnsupportedStart(at: position, inFlow: true)
        if current == YAMLByte.openBracket || current == YAMLByte.openBrace {
            return try readFlowCollection(depth: depth)
        }
        return .scalar(try readScalar(inFlow: true))
    }

    /// Moves past spaces, comments and line breaks inside a flow collection, to its next token.
    ///
    /// Fails, located at the opener, when the text ends, or when a line is not indented deeper
    /// than the block around the collection (unless it starts with `]` or `}`): the bracket was
    /// most likely never closed, and recovery resumes on that line.
    mutating func skipFlowSpace(opener: SourceLocation, closer: String) throws(YAMLReadFailure) {
        try checkNotStopped()
        while true {
            skipSpaces()
            if let byte = current {
                guard byte == YAMLByte.hash else { return }
                guard startsComment(at: position) else {
                    try fail(CatalogueText(.yamlCommentSpace), at: position)
                }
                position = line.end
                continue
            }
            advanceLine()
            if atEnd {
                try failUnclosed(opener: opener, closer: closer)
            }
            if line.isBlank {
                position = line.end
                continue
            }
            position = line.start + line.indent
            let closes = current == YAMLByte.closeBracket || current == YAMLByte.closeBrace
            if line.indent <= flowParentIndent && !closes {
                resumeAtCurrentLine = true
                try failUnclosed(opener: opener, closer: closer)
            }
        }
    }

    private mutating func failUnclosed(opener: SourceLocation, closer: String) throws(YAMLReadFailure) -> Never {
        let isList = closer == "]"
        try fail(
            CatalogueText(isList ? .yamlListNotClosed : .yamlMappingNotClosed),
            at: opener,
            notes: [CatalogueText(isList ? .yamlListNotClosedNote : .yamlMappingNotClosedNote)]
        )
    }
}
