import PointwiseCore

/// Thrown inside the reader when a value cannot be read; its diagnostic is already recorded.
struct YAMLReadFailure: Error {}

/// The reader's facts about one line of the front matter, gathered in one scan.
struct YAMLLine {
    /// The 0-based line index within the front matter.
    var index: Int
    /// Byte offset of the first byte of the line.
    var start: Int
    /// Byte offset just past the content, before `\n` or `\r\n`.
    var end: Int
    /// Byte offset of the next line (the end of the text on the last line).
    var next: Int
    /// The number of leading spaces.
    var indent: Int
    /// Only whitespace or a comment, or a line dropped after an error about its indentation.
    var isBlank: Bool
    /// Only ASCII bytes, so a column is a byte offset.
    var isASCII: Bool
}

/// Where the last column computation on a non-ASCII line ended, so the next one continues.
///
/// It holds that line's text alone (made when a location on it is first asked for), so the
/// reader needs no `String` of the whole front matter beside its bytes.
struct YAMLColumnCursor {
    var lineIndex: Int
    var lineText: String
    var index: String.Index
    var offset: Int
    var column: Int
}

/// The parser's state: the bytes, the current line and position, the diagnostics so far.
///
/// Internal. It moves forward only: each line is scanned once when it becomes current, and
/// nothing slices or counts `String`s except to compute the column of a non-ASCII line, which
/// also moves forward (see `column(at:)`). The bytes are the whole file's, shared and never
/// copied (a 1 MB lesson used to be held four times while it was read); the front matter is
/// the part from the first line's start to `end`, and every offset is an offset in the file.
struct YAMLReader {
    let bytes: LessonBytes
    /// Just past the front matter's last line break: where the closing `---` line starts.
    let end: Int
    let firstLine: Int
    var line: YAMLLine
    var position: Int
    /// Set when a `---` or `...` line ends reading early.
    var endedAtMarker = false
    var diagnostics: [Diagnostic] = []
    var nodeCount = 0
    /// Set when a bound was exceeded: everything unwinds and nothing more is reported.
    var stopped = false
    /// After a failure found on a later line (an unclosed bracket), recovery starts on that line.
    var resumeAtCurrentLine = false
    /// Continuation lines of a flow collection must be indented deeper than this.
    var flowParentIndent = -1
    var columnCursor: YAMLColumnCursor?
    /// The bytes and line starts that lists of numbers locate their values with.
    let source: YAMLSource

    /// A reader of the front matter in `bytes[start..<end]`, whose first line is line `firstLine`.
    init(bytes: LessonBytes, start: Int, end: Int, firstLine: Int) {
        self.bytes = bytes
        self.end = end
        self.firstLine = firstLine
        self.source = YAMLSource(bytes: bytes, start: start, end: end, firstLine: firstLine)
        self.line = YAMLLine(index: -1, start: start, end: start, next: start, indent: 0, isBlank: true, isASCII: true)
        self.position = start
        load(lineAt: start, index: 0)
    }

    // MARK: Lines

    /// Whether every line has been read.
    var atEnd: Bool { endedAtMarker || line.start >= end }

    /// Makes the line after the current one current.
    mutating func advanceLine() {
        guard !atEnd else { return }
        load(lineAt: line.next, index: line.index + 1)
    }

    /// Skips lines that hold nothing, and puts the position at the current line's content.
    mutating func skipBlankLines() {
        while !atEnd && line.isBlank { advanceLine() }
        position = atEnd ? line.start : line.start + line.indent
    }

    /// Scans the line starting at `start` and reports its control characters and tab indentation.
    private mutating func load(lineAt start: Int, index: Int) {
        let count = end
        if source.lineStarts.count == index { source.lineStarts.append(start) }
        var cursor = start
        var isASCII = true
        var control: (offset: Int, scalar: Unicode.Scalar)?
        // Printable ASCII, nearly every byte, is skipped a word at a time; the rest are looked at
        // closely, and `InertText` says which of them are control characters (C0 but the tab, DEL, C1).
        // The bytes' own buffer, not the object that holds them: no reference to count.
        let buffer = bytes.buffer
        while cursor < count {
            cursor = ByteScan.printableASCIIEnd(in: buffer, from: cursor, to: count)
            guard cursor < count else { break }
            let byte = buffer[cursor]
            if byte == YAMLByte.newline { break }
            if byte >= 0x80 { isASCII = false }
            if control == nil, byte != YAMLByte.tab,
                let unsafe = InertText.unsafeScalar(in: buffer, at: cursor, end: count), unsafe.kind == .control
            {
                let isLineBreak =
                    byte == YAMLByte.carriageReturn && cursor + 1 < count && buffer[cursor + 1] == YAMLByte.newline
                if !isLineBreak { control = (cursor, unsafe.scalar) }
            }
            cursor += 1
        }
        var end = cursor
        if cursor < count && end > start && bytes[end - 1] == YAMLByte.carriageReturn { end -= 1 }
        var indent = 0
        while start + indent < end && bytes[start + indent] == YAMLByte.space { indent += 1 }
        var content = start + indent
        while content < end && (bytes[content] == YAMLByte.space || bytes[content] == YAMLByte.tab) { content += 1 }
        let isBlank = content == end || bytes[content] == YAMLByte.hash
        line = YAMLLine(
            index: index, start: start, end: end, next: min(cursor + 1, count),
            indent: indent, isBlank: isBlank, isASCII: isASCII
        )
        position = start
        if start >= count { return }
        if let control {
            report(
                CatalogueText(.yamlControlCharacter, ["code": InertText.codeDigits(control.scalar)]),
                at: control.offset,
                notes: [CatalogueText(.yamlControlCharacterNote)]
            )
        }
        if !isBlank && start + indent < end && bytes[start + indent] == YAMLByte.tab {
            report(
                CatalogueText(.yamlTabIndent),
                at: start + indent,
                notes: [CatalogueText(.yamlTabIndentNote)]
            )
            line.isBlank = true
        }
        if indent == 0 && isDocumentMarker(from: start, to: end) {
            report(
                CatalogueText(.yamlSecondDocument),
                at: start,
                notes: [CatalogueText(.yamlSecondDocumentNote)]
            )
            endedAtMarker = true
        }
    }

    private func isDocumentMarker(from start: Int, to end: Int) -> Bool {
        guard end - start >= 3 else { return false }
        let first = bytes[start]
        guard (first == YAMLByte.dash || first == YAMLByte.dot) && bytes[start + 1] == first && bytes[start + 2] == first else {
            return false
        }
        return end - start == 3 || bytes[start + 3] == YAMLByte.space || bytes[start + 3] == YAMLByte.tab
    }

    // MARK: Reading within a line

    /// The byte at `offset` when it is on the current line's content, else `nil`.
    func byte(at offset: Int) -> UInt8? {
        offset >= line.start && offset < line.end ? bytes[offset] : nil
    }

    /// The byte at the position, or `nil` at the end of the line.
    var current: UInt8? { byte(at: position) }

    /// Moves past spaces and tabs on the current line.
    mutating func skipSpaces() {
        while position < line.end && (bytes[position] == YAMLByte.space || bytes[position] == YAMLByte.tab) { position += 1 }
    }

    /// Whether the byte at `offset` is a space, a tab, or past the end of the line.
    func isSeparatorOrEnd(_ offset: Int) -> Bool {
        guard let byte = byte(at: offset) else { return true }
        return byte == YAMLByte.space || byte == YAMLByte.tab
    }

    /// Whether a `#` at `offset` starts a comment: at the start of a line or after whitespace.
    func startsComment(at offset: Int) -> Bool {
        guard byte(at: offset) == YAMLByte.hash else { return false }
        return offset == line.start || bytes[offset - 1] == YAMLByte.space || bytes[offset - 1] == YAMLByte.tab
    }

    /// Whether `offset` holds a block sequence indicator: `-` then whitespace or the line's end.
    func isSequenceIndicator(at offset: Int) -> Bool {
        byte(at: offset) == YAMLByte.dash && isSeparatorOrEnd(offset + 1)
    }

    // MARK: Locations

    /// The file location of a byte offset on the current line.
    mutating func location(at offset: Int) -> SourceLocation {
        SourceLocation(line: firstLine + max(line.index, 0), column: column(at: offset))
    }

    /// The 1-based Character column of a byte offset on the current line.
    ///
    /// ASCII lines answer directly. Other lines walk grapheme clusters from the line start, or
    /// from where the previous walk on the same line stopped, so a line costs linear time in all.
    /// An offset inside a cluster gets that cluster's column.
    mutating func column(at offset: Int) -> Int {
        if line.isASCII { return offset - line.start + 1 }
        var cursor: YAMLColumnCursor
        if let previous = columnCursor, previous.lineIndex == line.index, previous.offset <= offset {
            cursor = previous
        } else {
            // Clusters never reach over a line break, so the line alone segments as the whole text would.
            let lineText = String(decoding: bytes[line.start..<line.end], as: UTF8.self)
            cursor = YAMLColumnCursor(
                lineIndex: line.index, lineText: lineText, index: lineText.startIndex, offset: line.start, column: 1
            )
        }
        let text = cursor.lineText
        let utf8 = text.utf8
        while cursor.index < text.endIndex {
            let next = text.index(after: cursor.index)
            let nextOffset = line.start + utf8.distance(from: utf8.startIndex, to: next)
            if nextOffset > offset { break }
            cursor.index = next
            cursor.offset = nextOffset
            cursor.column += 1
        }
        columnCursor = cursor
        return cursor.column
    }

    // MARK: Mappings

    /// Adds `key: value` to a block or flow mapping being read, unless the key is already in it:
    /// then the duplicate is reported and ignored, and the first one stays.
    mutating func addEntry(
        key: YAMLScalar, value: YAMLNode,
        to entries: inout [YAMLMapping.Entry], firstLocations: inout [String: SourceLocation]
    ) {
        if let first = firstLocations[key.text] {
            report(
                CatalogueText(.yamlDuplicateKey, ["key": Self.shortened(key.text), "line": String(first.line)]),
                at: key.location,
                notes: [CatalogueText(.yamlDuplicateKeyNote)]
            )
        } else {
            firstLocations[key.text] = key.location
            entries.append(YAMLMapping.Entry(key: key, value: value))
        }
    }

    // MARK: Diagnostics and bounds

    /// Records an error at a byte offset on the current line.
    ///
    /// Messages are catalogue entries (a key and its arguments), shown in the reader's language
    /// when reported; callers build them only on the error path, never while reading good text.
    mutating func report(_ message: CatalogueText, at offset: Int, notes: [CatalogueText] = []) {
        report(message, at: location(at: offset), notes: notes)
    }

    /// Records an error, and stops the reader once there are too many.
    mutating func report(_ message: CatalogueText, at location: SourceLocation, notes: [CatalogueText] = []) {
        guard !stopped else { return }
        diagnostics.append(.error(message, at: location, notes: notes))
        if diagnostics.count >= YAMLLimits.maximumDiagnostics {
            diagnostics.append(
                .error(CatalogueText(.yamlTooManyErrors), at: location, notes: [CatalogueText(.yamlTooManyErrorsNote)]))
            stopped = true
        }
    }

    /// Records an error at a byte offset on the current line and abandons the value being read.
    mutating func fail(_ message: CatalogueText, at offset: Int, notes: [CatalogueText] = []) throws(YAMLReadFailure) -> Never {
        report(message, at: offset, notes: notes)
        throw YAMLReadFailure()
    }

    /// Records an error at a location and abandons the value being read.
    mutating func fail(
        _ message: CatalogueText, at location: SourceLocation, notes: [CatalogueText] = []
    ) throws(YAMLReadFailure) -> Never {
        report(message, at: location, notes: notes)
        throw YAMLReadFailure()
    }

    /// Unwinds everything once the reader has stopped.
    func checkNotStopped() throws(YAMLReadFailure) {
        if stopped { throw YAMLReadFailure() }
    }

    /// Counts one more node, stopping the reader past `YAMLLimits.maximumNodes`.
    mutating func countNode(at offset: Int) throws(YAMLReadFailure) {
        nodeCount += 1
        if nodeCount > YAMLLimits.maximumNodes {
            report(
                CatalogueText(.yamlTooManyValues, ["limit": String(YAMLLimits.maximumNodes)]),
                at: offset,
                notes: [CatalogueText(.yamlTooManyValuesNote)]
            )
            stopped = true
            throw YAMLReadFailure()
        }
    }

    /// Fails when a list or mapping at `depth` would nest deeper than `YAMLLimits.maximumDepth`.
    mutating func checkDepth(_ depth: Int, at offset: Int) throws(YAMLReadFailure) {
        if depth > YAMLLimits.maximumDepth {
            try fail(
                CatalogueText(.yamlTooDeep, ["limit": String(YAMLLimits.maximumDepth)]),
                at: offset,
                notes: [CatalogueText(.yamlTooDeepNote)]
            )
        }
    }

    /// A key or value for quoting in a message: at most 40 characters (the message's language
    /// puts the quotes around it).
    static func shortened(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(39) + "…") : text
    }
}

/// The ASCII bytes the reader looks for (a namespace, so nothing is added to `UInt8` itself).
enum YAMLByte {
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let tab = UInt8(ascii: "\t")
    static let space = UInt8(ascii: " ")
    static let hash = UInt8(ascii: "#")
    static let dash = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let colon = UInt8(ascii: ":")
    static let comma = UInt8(ascii: ",")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let singleQuote = UInt8(ascii: "'")
    static let doubleQuote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
}
