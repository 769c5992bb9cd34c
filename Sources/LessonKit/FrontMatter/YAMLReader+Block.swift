/// Block structure: the document, indented mappings and `- item` sequences, and recovery.
extension YAMLReader {
    /// Reads the whole front matter: a block mapping, or a block sequence if it starts with `- `.
    ///
    /// A scalar or flow collection at the top is refused like any line that is not
    /// `key: value`, so every top-level line gets the mapping's error recovery.
    mutating func readDocument() -> YAMLNode? {
        skipBlankLines()
        let rootIndent = line.indent
        let rootLine = firstLine + max(line.index, 0)
        if atEnd {
            return .mapping(YAMLMapping(entries: [], location: SourceLocation(line: firstLine, column: 1)))
        }
        var root: YAMLNode?
        do {
            if isSequenceIndicator(at: position) {
                root = try readBlockSequence(indent: rootIndent, depth: 1)
            } else {
                root = try readBlockMapping(indent: rootIndent, firstKey: nil, depth: 1)
            }
        } catch {
            root = nil
        }
        guard !stopped else { return root }
        skipBlankLines()
        if !atEnd {
            if line.indent < rootIndent {
                report(
                    CatalogueText(.yamlIndentedLess, ["line": String(rootLine)]),
                    at: position,
                    notes: [CatalogueText(.yamlIndentedLessNote, ["column": String(rootIndent + 1)])]
                )
            } else {
                report(
                    CatalogueText(.yamlExpectedItem, ["line": String(rootLine)]),
                    at: position,
                    notes: [CatalogueText(.yamlExpectedItemNote)]
                )
            }
        }
        return root
    }

    /// Reads the value that starts at the position, which is the first content on its line or
    /// follows `- `: a block sequence, a block mapping, a flow collection or a scalar.
    ///
    /// Block collections found here take the position's column as their indentation.
    mutating func readBlockNode(parentIndent: Int, depth: Int) throws(YAMLReadFailure) -> YAMLNode {
        if isSequenceIndicator(at: position) {
            return try readBlockSequence(indent: position - line.start, depth: depth)
        }
        return try readLineValue(blockIndent: parentIndent, depth: depth, allowingKey: true)
    }

    /// Reads a value that ends on its line (or a flow collection that ends on a later line), or,
    /// when `allowingKey` and a `:` follows the scalar, the block mapping it is the first key of.
    mutating func readLineValue(blockIndent: Int, depth: Int, allowingKey: Bool) throws(YAMLReadFailure) -> YAMLNode {
        let start = position
        try rejectUnsupportedStart(at: start, inFlow: false)
        if current == YAMLByte.openBracket || current == YAMLByte.openBrace {
            flowParentIndent = blockIndent
            let node = try readFlowCollection(depth: depth)
            skipSpaces()
            if current == YAMLByte.colon {
                try fail(CatalogueText(.yamlCollectionKey), at: position, notes: [CatalogueText(.yamlCollectionKeyNote)])
            }
            try expectLineEnd(after: node.sequence == nil ? .yamlAfterClosingBrace : .yamlAfterClosingBracket)
            return node
        }
        let scalar = try readScalar(inFlow: false)
        skipSpaces()
        if current == YAMLByte.colon && isSeparatorOrEnd(position + 1) {
            if allowingKey {
                return try readBlockMapping(indent: start - line.start, firstKey: scalar, depth: depth)
            }
            try fail(
                CatalogueText(.yamlMappingSameLine),
                at: position,
                notes: [CatalogueText(.yamlMappingSameLineNote)]
            )
        }
        try expectLineEnd(after: .yamlAfterValue)
        return .scalar(scalar)
    }

    /// Checks that only spaces or a comment follow on the line, then moves to the next line.
    ///
    /// `what` names what was just read (a catalogue key, so nothing is worded unless there is
    /// an error).
    mutating func expectLineEnd(after what: TextKey) throws(YAMLReadFailure) {
        skipSpaces()
        if let byte = current, !startsComment(at: position) {
            if byte == YAMLByte.hash {
                try fail(CatalogueText(.yamlCommentSpace), at: position)
            }
            try fail(
                CatalogueText(.yamlUnexpectedText, nested: ["what": CatalogueText(what)]),
                at: position,
                notes: [CatalogueText(.yamlUnexpectedTextNote)]
            )
        }
        advanceLine()
    }

    /// Reads the block mapping whose keys are indented `indent` spaces, from the position at its
    /// first key, or at the `:` after `firstKey` when the caller has read that key already.
    mutating func readBlockMapping(indent: Int, firstKey: YAMLScalar?, depth: Int) throws(YAMLReadFailure) -> YAMLNode {
        try checkDepth(depth, at: line.start + indent)
        try countNode(at: line.start + indent)
        let mappingLocation = firstKey?.location ?? location(at: line.start + indent)
        var entries: [YAMLMapping.Entry] = []
        var firstLocations: [String: SourceLocation] = [:]
        var pendingKey: YAMLScalar? = firstKey
        var isFirst = true
        while true {
            try checkNotStopped()
            if !isFirst {
                skipBlankLines()
                if atEnd || line.indent < indent { break }
                if line.indent > indent {
                    reportUnexpectedIndentation()
                    recover(ownerIndent: indent)
                    continue
                }
            }
            isFirst = false
            do {
                let key: YAMLScalar
                if let pendingKey {
                    key = pendingKey
                } else {
                    key = try readBlockKey()
                }
                pendingKey = nil
                let colon = position
                position += 1
                // Each top-level key's lists of numbers go into a store of their own.
                if depth == 1 { source.startStore(at: position) }
                let value = try readMappingValue(indent: indent, depth: depth, colon: colon)
                addEntry(key: key, value: value, to: &entries, firstLocations: &firstLocations)
            } catch {
                pendingKey = nil
                try checkNotStopped()
                recover(ownerIndent: indent)
            }
        }
        return .mapping(YAMLMapping(entries: entries, location: mappingLocation))
    }

    /// Reads `key` up to its `:` on a line at the mapping's indentation; the position ends on `:`.
    mutating func readBlockKey() throws(YAMLReadFailure) -> YAMLScalar {
        let start = position
        if isSequenceIndicator(at: start) {
            try fail(
                CatalogueText(.yamlItemForKey),
                at: start,
                notes: [CatalogueText(.yamlItemForKeyNote)]
            )
        }
        if current == YAMLByte.openBracket || current == YAMLByte.openBrace {
            try fail(
                CatalogueText(.yamlExpectedKeyValue),
                at: start,
                notes: [CatalogueText(.yamlExpectedKeyValueNote)]
            )
        }
        try rejectUnsupportedStart(at: start, inFlow: false)
        let key = try readScalar(inFlow: false)
        skipSpaces()
        if current == YAMLByte.colon && isSeparatorOrEnd(position + 1) {
            return key
        }
        let note: TextKey = key.style == .plain && key.text.contains(":") ? .yamlSpaceAfterColon : .yamlEachLineKeyValue
        try fail(CatalogueText(.yamlMissingColon, ["key": Self.shortened(key.text)]), at: start, notes: [CatalogueText(note)])
    }

    /// Reads the value after `key:`: on the same line, on the indented lines below, or empty.
    mutating func readMappingValue(indent: Int, depth: Int, colon: Int) throws(YAMLReadFailure) -> YAMLNode {
        skipSpaces()
        if current == nil || startsComment(at: position) {
            let emptyLocation = location(at: colon + 1)
            advanceLine()
            skipBlankLines()
            if !atEnd && line.indent > indent {
                return try readBlockNode(parentIndent: indent, depth: depth + 1)
            }
            if !atEnd && line.indent == indent && isSequenceIndicator(at: position) {
                return try readBlockSequence(indent: indent, depth: depth + 1)
            }
            try countNode(at: line.start)
            return .scalar(YAMLScalar(text: "", style: .plain, location: emptyLocation))
        }
        if isSequenceIndicator(at: position) {
            try fail(
                CatalogueText(.yamlListSameLine),
                at: position,
                notes: [CatalogueText(.yamlListSameLineNote)]
            )
        }
        return try readLineValue(blockIndent: indent, depth: depth + 1, allowingKey: false)
    }

    /// Reads the `- item` lines indented `indent` spaces; the position is on the first `-`.
    mutating func readBlockSequence(indent: Int, depth: Int) throws(YAMLReadFailure) -> YAMLNode {
        try checkDepth(depth, at: position)
        try countNode(at: position)
        let sequenceLocation = location(at: position)
        var items: [YAMLNode] = []
        var isFirst = true
        while true {
            try checkNotStopped()
            if !isFirst {
                skipBlankLines()
                if atEnd || line.indent < indent { break }
                if line.indent > indent {
                    reportUnexpectedIndentation()
                    recover(ownerIndent: indent)
                    continue
                }
                // A line at this indentation that is not an item ends the list (the key after
                // `key:` + items at the same indentation); the mapping around it decides.
                if !isSequenceIndicator(at: position) { break }
            }
            isFirst = false
            do {
                let dash = position
                position += 1
                items.append(try readSequenceItem(indent: indent, depth: depth, dash: dash))
            } catch {
                try checkNotStopped()
                recover(ownerIndent: indent)
            }
        }
        return .sequence(YAMLSequence(items: items, location: sequenceLocation))
    }

    /// Reads the item after `-`: on the same line (possibly `- key: value` or `- - x`), on the
    /// indented lines below, or empty.
    mutating func readSequenceItem(indent: Int, depth: Int, dash: Int) throws(YAMLReadFailure) -> YAMLNode {
        skipSpaces()
        if current == nil || startsComment(at: position) {
            let emptyLocation = location(at: dash + 1)
            advanceLine()
            skipBlankLines()
            if !atEnd && line.indent > indent {
                return try readBlockNode(parentIndent: indent, depth: depth + 1)
            }
            try countNode(at: line.start)
            return .scalar(YAMLScalar(text: "", style: .plain, location: emptyLocation))
        }
        return try readBlockNode(parentIndent: indent, depth: depth + 1)
    }

    /// Reports a line indented deeper than the entries around it allow.
    mutating func reportUnexpectedIndentation() {
        report(
            CatalogueText(.yamlIndentedMore),
            at: line.start + line.indent,
            notes: [CatalogueText(.yamlIndentedMoreNote), CatalogueText(.yamlNoContinuationNote)]
        )
    }

    /// Skips what is left of a value that failed: every line indented deeper than `ownerIndent`
    /// (the list or mapping that goes on), blank lines, and lines that only close brackets.
    mutating func recover(ownerIndent: Int) {
        if resumeAtCurrentLine {
            resumeAtCurrentLine = false
        } else {
            advanceLine()
        }
        while !atEnd {
            let content = line.start + line.indent
            let closesBracket = byte(at: content) == YAMLByte.closeBracket || byte(at: content) == YAMLByte.closeBrace
            guard line.isBlank || line.indent > ownerIndent || closesBracket else { break }
            advanceLine()
        }
        position = atEnd ? line.start : line.start + line.indent
    }
}
