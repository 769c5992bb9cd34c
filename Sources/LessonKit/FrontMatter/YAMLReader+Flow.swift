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
                report("an empty item in a list: a ',' with no value before it", at: start, notes: ["remove the extra ','"])
                position += 1
                continue
            }
            var readAsNumber = false
            if onlyNumbers { readAsNumber = try readPlainNumber(into: &numbers) }
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
                try fail(
                    "'key: value' pairs inside '[ ]' are not supported",
                    at: position,
                    notes: ["write a mapping as {key: value}, or quote the text if ':' is part of it"]
                )
            } else {
                try fail(
                    "expected ',' or ']' after an item of the list that opens at line \(opener.line), column \(opener.column)",
                    at: position
                )
            }
        }
        if onlyNumbers && numbers.count > 0 {
            return .sequence(YAMLSequence(numbers: numbers, location: opener))
        }
        return .sequence(YAMLSequence(items: items, location: opener))
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
                  let units = Int64(exactly: value.units) else { return false }
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
                report("an empty entry in a mapping: a ',' with nothing before it", at: start, notes: ["remove the extra ','"])
                position += 1
                continue
            }
            if current == YAMLByte.openBracket || current == YAMLByte.openBrace {
                try fail("a list or mapping cannot be a key", at: start, notes: ["keys are plain words or quoted text: write {key: value}"])
            }
            try rejectUnsupportedStart(at: start, inFlow: true)
            let key = try readScalar(inFlow: true)
            try skipFlowSpace(opener: opener, closer: "}")
            guard current == YAMLByte.colon else {
                let note = key.style == .plain && key.text.contains(":") ? "put a space after ':'" : "write {key: value, key: value}"
                try fail("expected ':' after the key \(Self.quoted(key.text))", at: position, notes: [note])
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
                    "expected ',' or '}' after an entry of the mapping that opens at line \(opener.line), column \(opener.column)",
                    at: position
                )
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
                    try fail("a comment needs a space before '#'", at: position)
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
        let kind = closer == "]" ? "list" : "mapping"
        try fail(
            "this \(kind) is never closed; add '\(closer)'",
            at: opener,
            notes: ["a \(kind) may span lines, but its lines must be indented more than its key"]
        )
    }
}
