extension Screen {
    /// Appends the bytes of the cells of `row` from `column` on that are one printable ASCII
    /// character each in the style `styleKey`, up to `limit` (exclusive); returns how many.
    ///
    /// The terminal edge sends most of a frame's changed cells this way, as plain text of one
    /// style: asked cell by cell across the module boundary (is it a continuation, its style,
    /// its bytes), a cell cost three calls. A cell followed by a continuation cell (the left half
    /// of a wide character) ends the run, as any other cell does, for the edge to send itself.
    package func appendTextRun(row: Int, from column: Int, to limit: Int, styleKey: UInt64, into bytes: inout [UInt8]) -> Int {
        guard row >= 0, row < height, column >= 0 else { return 0 }
        let end = min(limit, width)
        let base = row * width
        return stored.withUnsafeBufferPointer { cells in
            var index = column
            while index < end {
                let cell = cells[base + index]
                guard cell.packedStyle.bits == styleKey, let byte = cell.glyph.printableASCII,
                    index + 1 >= width || !cells[base + index + 1].isContinuation
                else { break }
                bytes.append(byte)
                index += 1
            }
            return index - column
        }
    }
}
