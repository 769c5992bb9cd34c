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
            items.append(try readFlowValue(depth: depth + 1))
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
        return .sequence(YAMLSequence(items: items, location: opener))
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
