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
            try fail(CatalogueText(.yamlAnchor), at: offset, notes: [CatalogueText(.yamlAnchorNote)])
        case UInt8(ascii: "*"):
            try fail(CatalogueText(.yamlAlias), at: offset, notes: [CatalogueText(.yamlAliasNote)])
        case UInt8(ascii: "!"):
            try fail(CatalogueText(.yamlTag), at: offset, notes: [CatalogueText(.yamlTagNote)])
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            try fail(CatalogueText(.yamlBlockScalar), at: offset, notes: [CatalogueText(.yamlBlockScalarNote)])
        case UInt8(ascii: "%"):
            if offset == line.start {
                try fail(CatalogueText(.yamlDirective), at: offset)
            }
            try fail(CatalogueText(.yamlPercent), at: offset)
        case UInt8(ascii: "@"), UInt8(ascii: "`"):
            let character = byte == UInt8(ascii: "@") ? "@" : "`"
            try fail(CatalogueText(.yamlReserved, ["character": character]), at: offset)
        case UInt8(ascii: "?") where followedBySpace:
            try fail(CatalogueText(.yamlExplicitKey), at: offset)
        case YAMLByte.colon where followedBySpace || (inFlow && isFlowIndicatorAt(offset + 1)):
            try fail(CatalogueText(.yamlMissingKey), at: offset, notes: [CatalogueText(.yamlWriteKeyValue)])
        case YAMLByte.dash where inFlow && followedBySpace:
            try fail(CatalogueText(.yamlDashInFlow), at: offset, notes: [CatalogueText(.yamlDashInFlowNote)])
        case YAMLByte.closeBracket, YAMLByte.closeBrace:
            let character = byte == YAMLByte.closeBracket ? "]" : "}"
            try fail(CatalogueText(.yamlUnmatchedCloser, ["character": character]), at: offset)
        case YAMLByte.comma:
            try fail(CatalogueText(.yamlCommaStart), at: offset)
        case YAMLByte.hash:
            try fail(CatalogueText(.yamlCommentSpace), at: offset)
        default:
            return
        }
    }

    private func isFlowIndicatorAt(_ offset: Int) -> Bool {
        byte(at: offset).map(Self.isFlowIndicator) ?? false
    }
}
