/// The YAML features lessons do not use, each refused with what to write instead.
extension YAMLReader {
    /// Fails when the value at `offset` starts with something this subset does not read:
    /// an anchor, alias, tag, block scalar, directive, explicit key or a stray indicator.
    mutating func rejectUnsupportedStart(at offset: Int, inFlow: Bool) throws(YAMLReadFailure) {
        guard let byte = byte(at: offset) else {
            // Only reached in flow context at a line's end, which `skipFlowSpace` never leaves.
            return
        }
        let followedBySpace = isSeparatorOrEnd(offset + 1)
        switch byte {
        case UInt8(ascii: "&"):
            try fail("anchors ('&name') are not supported", at: offset, notes: ["remove the anchor and write the value out in full"])
        case UInt8(ascii: "*"):
            try fail(
                "aliases ('*name') are not supported; write the values out", at: offset,
                notes: ["repeat the value itself wherever it is used"])
        case UInt8(ascii: "!"):
            try fail("tags ('!name') are not supported; remove the tag", at: offset, notes: ["the lesson format decides each value's type"])
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            try fail(
                "block scalars ('|' and '>') are not supported",
                at: offset,
                notes: ["write the text on one line in double quotes, with \\n for line breaks, or put long text in the lesson body"]
            )
        case UInt8(ascii: "%"):
            if offset == line.start {
                try fail("directives ('%YAML', '%TAG') are not supported; remove this line", at: offset)
            }
            try fail("a value cannot start with '%'; put it in quotes", at: offset)
        case UInt8(ascii: "@"), UInt8(ascii: "`"):
            let character = byte == UInt8(ascii: "@") ? "@" : "`"
            try fail("a value cannot start with '\(character)' (reserved in YAML); put it in quotes", at: offset)
        case UInt8(ascii: "?") where followedBySpace:
            try fail("explicit keys ('? ') are not supported; write 'key: value'", at: offset)
        case YAMLByte.colon where followedBySpace || (inFlow && isFlowIndicatorAt(offset + 1)):
            try fail("a key is missing before ':'", at: offset, notes: ["write 'key: value'"])
        case YAMLByte.dash where inFlow && followedBySpace:
            try fail(
                "'- ' items cannot appear inside '[ ]' or '{ }'",
                at: offset,
                notes: ["separate items with commas: [a, b]; a negative number has no space after '-'"]
            )
        case YAMLByte.closeBracket, YAMLByte.closeBrace:
            let character = byte == YAMLByte.closeBracket ? "]" : "}"
            try fail("unexpected '\(character)' with no matching opening bracket here", at: offset)
        case YAMLByte.comma:
            try fail("a value cannot start with ','; put it in quotes", at: offset)
        case YAMLByte.hash:
            try fail("a comment needs a space before '#'", at: offset)
        default:
            return
        }
    }

    private func isFlowIndicatorAt(_ offset: Int) -> Bool {
        byte(at: offset).map(Self.isFlowIndicator) ?? false
    }
}
