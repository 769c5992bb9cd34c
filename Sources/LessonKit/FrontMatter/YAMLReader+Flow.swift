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
        // The bytes' own buffer, not the object that holds them: no reference to count.
        let buffer = bytes.buffer
        let end = line.end
        var nodes = nodeCount
        var lastEnd = -1
        var start = position
        // Values gather in small buffers on the stack and join the list a batch at a time: one
        // copy per batch instead of three growing appends per value.
        let batchSize = YAMLNumberRun.batchSize
        withUnsafeTemporaryAllocation(of: Int64.self, capacity: batchSize) { units in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: batchSize) { scales in
                guard let base = buffer.baseAddress, let unitsBase = units.baseAddress, let scalesBase = scales.baseAddress else {
                    return
                }
                // Nearly every line of numbers ends in its line break, which lets the scan
                // leave out its checks of the end.
                let endsInLineBreak =
                    end < buffer.count && (buffer[end] == YAMLByte.newline || buffer[end] == YAMLByte.carriageReturn)
                while true {
                    let room = min(batchSize, YAMLLimits.maximumNodes - nodes)
                    guard room > 0 else { return }
                    let run =
                        endsInLineBreak
                        ? YAMLNumberRun.scanToLineBreak(base, from: start, to: end, room: room, units: unitsBase, scales: scalesBase)
                        : YAMLNumberRun.scan(base, from: start, to: end, room: room, units: unitsBase, scales: scalesBase)
                    if run.count > 0 {
                        numbers.append(
                            units: UnsafeBufferPointer(start: unitsBase, count: run.count),
                            scales: UnsafeBufferPointer(start: scalesBase, count: run.count), firstOffset: start)
                        nodes += run.count
                        lastEnd = run.lastEnd
                    }
                    switch run.stop {
                    case .closed, .other:
                        return
                    case .full:
                        start = run.next
                    case .unusual:
                        // Another form (an exponent, more digits): parsed the general way,
                        // this one item, under the same conditions.
                        guard nodes < YAMLLimits.maximumNodes, let item = Self.unusualItem(buffer, from: run.next, to: end) else {
                            return
                        }
                        numbers.append(units: item.units, scale: item.scale, offset: run.next)
                        nodes += 1
                        lastEnd = item.end
                        guard let next = item.next else { return }
                        start = next
                    }
                }
            }
        }
        guard lastEnd >= 0 else { return false }
        nodeCount = nodes
        position = lastEnd
        return true
    }

    /// An item of a number run that is not of the simple form, taken when `DecimalLiteral`'s
    /// common parser reads it and a `,` or `]` follows on the line: its value, its end, and where
    /// the next item starts (nil after a `]`).
    private static func unusualItem(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
    ) -> (units: Int64, scale: Int, end: Int, next: Int?)? {
        var cursor = start
        while cursor < end, YAMLNumberList.isNumberByte(buffer[cursor]) { cursor += 1 }
        guard cursor > start else { return nil }
        var after = cursor
        while after < end, buffer[after] == YAMLByte.space || buffer[after] == YAMLByte.tab { after += 1 }
        guard after < end else { return nil }
        let separator = buffer[after]
        guard separator == YAMLByte.comma || separator == YAMLByte.closeBracket,
            let (units, scale) = DecimalLiteral.parseCommon(buffer, from: start, to: cursor)
        else { return nil }
        guard separator == YAMLByte.comma else { return (units, scale, cursor, nil) }
        var next = after + 1
        while next < end, buffer[next] == YAMLByte.space || buffer[next] == YAMLByte.tab { next += 1 }
        return (units, scale, cursor, next)
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
        var parsed = DecimalLiteral.parseCommon(bytes.buffer, from: start, to: cursor)
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
