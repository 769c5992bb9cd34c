import Glibc

extension Screen {
    /// The stretches of a row whose cells differ from `previous` (a frame of the same size), left
    /// to right, each widened so that no wide character of either frame is cut at its ends; none
    /// when the row is the same. Changes closer than `joiningGap` unchanged cells make one stretch.
    ///
    /// The terminal edge asks this for every row of every frame; done here, over the two frames'
    /// cells as plain bits, it is one pass without a call per cell (from the terminal module each
    /// cell's test was a call of its own, a tenth of a key press in a large lesson).
    package func changedStretches(from previous: Screen, row: Int, columns: Int, joiningGap: Int) -> [ClosedRange<Int>] {
        guard !rowMatches(row, in: previous, columns: columns) else { return [] }
        let start = row * width
        let count = max(0, min(columns, width, previous.width, stored.count - start, previous.stored.count - start))
        let columns = max(0, min(columns, width, stored.count - start, previous.stored.count - start))
        // Without long clusters on either frame, equal cells are equal memory (as in
        // `rowMatches`), so unchanged stretches between changes are stepped over a block at a time.
        let comparesMemory = hasOnlyInlineGlyphs && previous.hasOnlyInlineGlyphs
        return stored.withUnsafeBufferPointer { mine in
            previous.stored.withUnsafeBufferPointer { theirs in
                /// The first column from `column` on whose block of cells may differ.
                func skipSame(from column: Int) -> Int {
                    guard comparesMemory, let mineBase = mine.baseAddress, let theirsBase = theirs.baseAddress else { return column }
                    let block = 8
                    var column = column
                    while column + block <= count,
                        memcmp(mineBase + start + column, theirsBase + start + column, block * MemoryLayout<Stored>.stride) == 0
                    {
                        column += block
                    }
                    return column
                }
                func differs(_ column: Int) -> Bool {
                    guard column < count else { return false }
                    let cell = mine[start + column]
                    if cell == theirs[start + column], cell.glyph.longIndex == nil { return false }
                    return !sameCell(at: start + column, as: previous, at: start + column)
                }
                func halfOfWide(_ column: Int) -> Bool {
                    mine[start + column].isContinuation || theirs[start + column].isContinuation
                }
                var stretches: [ClosedRange<Int>] = []
                var column = 0
                while column < columns {
                    column = skipSame(from: column)
                    guard column < columns else { break }
                    guard differs(column) else {
                        column += 1
                        continue
                    }
                    var first = column
                    var last = column
                    var same = 0
                    column += 1
                    while column < columns, same < joiningGap {
                        if differs(column) {
                            last = column
                            same = 0
                        } else {
                            same += 1
                        }
                        column += 1
                    }
                    while first > 0, halfOfWide(first) { first -= 1 }
                    while last + 1 < columns, halfOfWide(last + 1) { last += 1 }
                    if let previousStretch = stretches.last, first <= previousStretch.upperBound + 1 {
                        stretches[stretches.count - 1] = previousStretch.lowerBound...max(last, previousStretch.upperBound)
                    } else {
                        stretches.append(first...last)
                    }
                    column = max(column, last + 1)
                }
                return stretches
            }
        }
    }
}
