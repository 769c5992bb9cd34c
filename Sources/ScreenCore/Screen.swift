import Glibc
import PointwiseCore

/// A rectangle of styled character cells: what the terminal shows, as a plain value.
///
/// Every layout is drawn into a `Screen` and only then handed to the terminal, so the whole
/// interface can be tested as text (as ratatui's `Buffer` does). A wide character (a CJK
/// ideograph, say) fills two cells: the first holds it, the second is a continuation cell.
public struct Screen: Equatable, Sendable {
    /// One cell: a single grapheme cluster that is one or two columns wide, and its style.
    ///
    /// This is the cell as callers read it; the screen keeps each one as plain bits (`Stored`).
    public struct Cell: Equatable, Sendable {
        /// The text shown in the cell; empty in the continuation cell of a wide character.
        public var character: String
        public var style: CellStyle
        /// True for the right half of a wide character, which the terminal fills by itself.
        public var isContinuation: Bool { character.isEmpty }

        public init(character: String = " ", style: CellStyle = .plain) {
            self.character = character
            self.style = style
        }
    }

    /// A cell as the screen keeps it: no reference inside, so a frame is copied, compared and
    /// freed as memory.
    struct Stored: Equatable, Sendable {
        var glyph: Glyph
        var packedStyle: PackedStyle

        init(glyph: Glyph, style: PackedStyle) {
            self.glyph = glyph
            self.packedStyle = style
        }

        var style: CellStyle { packedStyle.style }

        static let blank = Stored(glyph: .space, style: .plain)
        var isContinuation: Bool { glyph.isEmpty }
    }

    public let width: Int
    public let height: Int
    /// Cells in row-major order: `stored[row * width + column]`.
    /// (Internal, not private: `Screen+Strips.swift` lifts and puts whole stretches of them.)
    var stored: [Stored]
    /// Clusters longer than a glyph holds inline, by the index their glyph names.
    private var longClusters: [String] = []

    /// Whether every cell's text is in the cell itself (no cluster is kept in the side list), so
    /// that equal cells are equal memory.
    var hasOnlyInlineGlyphs: Bool { longClusters.isEmpty }
    /// Where clickable things were drawn, for the mouse (see `HitMap`); empty when there are none.
    public package(set) var hitMap = HitMap()

    /// A blank screen; negative sizes count as zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.stored = Array(repeating: .blank, count: self.width * self.height)
    }

    /// Every cell in row-major order: `cells[row * width + column]`. Each is made afresh with its
    /// text, for tests and tools; drawing reads the stored cells instead.
    public var cells: [Cell] { stored.map(resolved) }

    /// The cell at a position, or nil outside the screen.
    public func cell(row: Int, column: Int) -> Cell? {
        guard row >= 0, row < height, column >= 0, column < width else { return nil }
        return resolved(stored[row * width + column])
    }

    /// Equal screens show the same characters in the same styles and have the same click map.
    public static func == (lhs: Screen, rhs: Screen) -> Bool {
        guard lhs.width == rhs.width, lhs.height == rhs.height, lhs.hitMap == rhs.hitMap else { return false }
        for index in lhs.stored.indices where !lhs.sameCell(at: index, as: rhs, at: index) { return false }
        return true
    }

    private func resolved(_ cell: Stored) -> Cell {
        Cell(character: text(of: cell.glyph), style: cell.style)
    }

    private func text(of glyph: Glyph) -> String {
        guard let index = glyph.longIndex else { return glyph.inlineString }
        return index < longClusters.count ? longClusters[index] : ""
    }

    private mutating func glyph(for text: String) -> Glyph {
        if let glyph = Glyph(inline: text) { return glyph }
        // A run of one long cluster (a hostile line of the same marked letter) keeps one entry.
        if let last = longClusters.last, last.utf8.elementsEqual(text.utf8) { return Glyph(longIndex: longClusters.count - 1) }
        longClusters.append(text)
        return Glyph(longIndex: longClusters.count - 1)
    }

    /// Writes text from a position, clipped at `maxColumn` (exclusive) and at the screen's edge.
    ///
    /// A wide character that would not fit whole is replaced by a space rather than cut in half.
    /// Returns the column after the last one written.
    @discardableResult
    public mutating func write(
        _ text: String, row: Int, column: Int, style: CellStyle = .plain, maxColumn: Int? = nil
    ) -> Int {
        guard row >= 0, row < height else { return column }
        let limit = min(width, maxColumn ?? width)
        let style = PackedStyle(style)
        return write(text, row: row, column: column, packedStyle: style, limit: limit)
    }

    /// `write(_:row:column:style:maxColumn:)` for text the caller has measured as simple narrow
    /// scalars (`TextWidth.measure`), so it is not scanned a second time: a large lesson's frame
    /// draws over a thousand such runs.
    package mutating func write(
        simpleNarrow text: String, row: Int, column: Int, style: CellStyle = .plain, maxColumn: Int? = nil
    ) -> Int {
        guard row >= 0, row < height else { return column }
        let limit = min(width, maxColumn ?? width)
        var utf8 = text
        return utf8.withUTF8 { bytes in writeSimple(bytes, row: row, column: column, style: PackedStyle(style), limit: limit) }
    }

    /// `write(_:row:column:style:maxColumn:)` with the style packed once for the whole text.
    private mutating func write(_ text: String, row: Int, column: Int, packedStyle style: PackedStyle, limit: Int) -> Int {
        var utf8 = text
        let simpleEnd: Int? = utf8.withUTF8 { bytes in
            guard TextWidth.simpleNarrowCount(utf8: bytes) != nil else { return nil }
            return writeSimple(bytes, row: row, column: column, style: style, limit: limit)
        }
        if let simpleEnd { return simpleEnd }
        var x = column
        for character in text {
            guard InertText.isSafe(character) else {
                // Never raw: the stand-in (ASCII, `<U+200E>` or `^[`) is written in its place.
                x = write(InertText.shown(character), row: row, column: x, packedStyle: style, limit: limit)
                if x >= limit { return x }
                continue
            }
            let visible = character
            let columns = TextWidth.columns(of: visible)
            if columns == 0 { continue }
            if let units = TextWidth.drawingUnits(of: visible) {
                // Drawn by terminals as more than one cell (a prepended mark, then its letter):
                // each part gets its own cells, so none hides the next.
                for unit in units {
                    x = write(unit, row: row, column: x, packedStyle: style, limit: limit)
                    if x >= limit { return x }
                }
                continue
            }
            if x + columns > limit {
                // Fill the last column rather than showing half of a wide character.
                if x < limit, x >= 0 { set(row: row, column: x, Stored(glyph: .space, style: style)) }
                return limit
            }
            if x >= 0 {
                let shown = glyph(for: String(visible))
                set(row: row, column: x, Stored(glyph: shown, style: style))
                if columns == 2 { set(row: row, column: x + 1, Stored(glyph: .empty, style: style)) }
            }
            x += columns
        }
        return x
    }

    /// Writes UTF-8 text of simple narrow scalars: each scalar is one character one column wide,
    /// so there are no character boundaries to find, and each cell's glyph is its scalar's
    /// bytes, put straight into the cells' memory.
    ///
    /// Only the run's two ends can cut a wide character already on screen (the cells between are
    /// all overwritten), so they are the only cells checked: a wide character whose second half
    /// is overwritten first, or whose first half is overwritten last, leaves a blank.
    private mutating func writeSimple(_ bytes: UnsafeBufferPointer<UInt8>, row: Int, column: Int, style: PackedStyle, limit: Int) -> Int {
        let width = self.width
        return stored.withUnsafeMutableBufferPointer { cells in
            var x = column
            var index = 0
            // A continuation byte where a scalar should start (never from measured text) still
            // moves on, one byte at a time.
            func length(at index: Int) -> Int { min(max(1, TextWidth.utf8Length(lead: bytes[index])), bytes.count - index) }
            while index < bytes.count, x < 0 {
                if x >= limit { return limit }
                index += length(at: index)
                x += 1
            }
            let first = x
            let base = row * width
            if index < bytes.count, first < limit, first > 0, cells[base + first].isContinuation {
                cells[base + first - 1].glyph = .space
            }
            while index < bytes.count {
                if x >= limit {
                    x = limit
                    break
                }
                let lead = bytes[index]
                if lead < 0x80 {
                    cells[base + x] = Stored(glyph: Glyph(ascii: lead), style: style)
                    index += 1
                } else {
                    let count = length(at: index)
                    cells[base + x] = Stored(glyph: Glyph(utf8: bytes, at: index, count: count), style: style)
                    index += count
                }
                x += 1
            }
            if x > first, x < width, cells[base + x].isContinuation {
                cells[base + x].glyph = .space
            }
            return x
        }
    }

    /// `text`, one narrow character, written `count` times from (row, column): a frame's rule,
    /// drawn cell by cell without making its string. Returns the column after it. Text that is
    /// not one simple narrow character is written out as a string instead.
    @discardableResult
    package mutating func write(
        _ text: String, times count: Int, row: Int, column: Int, style: CellStyle = .plain, maxColumn: Int? = nil
    ) -> Int {
        guard count > 0 else { return column }
        guard let glyph = Glyph(inline: text), TextWidth.measure(text) == (1, true) else {
            var repeated = ""
            for _ in 0..<count { repeated += text }
            return write(repeated, row: row, column: column, style: style, maxColumn: maxColumn)
        }
        return fill(Stored(glyph: glyph, style: PackedStyle(style)), count: count, row: row, column: column, maxColumn: maxColumn)
    }

    /// `count` spaces from (row, column), as writing them would leave the cells: padding, filled
    /// without a string. Returns the column after them.
    @discardableResult
    package mutating func write(blanks count: Int, row: Int, column: Int, style: CellStyle = .plain, maxColumn: Int? = nil) -> Int {
        guard count > 0 else { return column }
        let blank = style == .plain ? Stored.blank : Stored(glyph: .space, style: PackedStyle(style))
        return fill(blank, count: count, row: row, column: column, maxColumn: maxColumn)
    }

    /// One cell, narrow, `count` times from (row, column), clipped as text is; the column after.
    private mutating func fill(_ cell: Stored, count: Int, row: Int, column: Int, maxColumn: Int?) -> Int {
        guard row >= 0, row < height else { return column }
        let limit = min(width, maxColumn ?? width)
        let end = min(column + count, limit)
        let first = max(column, 0)
        // Where writing `count` narrow characters ends, as `writeSimple` would say.
        guard first < end else { return end }
        let width = self.width
        stored.withUnsafeMutableBufferPointer { cells in
            let base = row * width
            if first > 0, cells[base + first].isContinuation { cells[base + first - 1].glyph = .space }
            for x in first..<end { cells[base + x] = cell }
            if end < width, cells[base + end].isContinuation { cells[base + end].glyph = .space }
        }
        return end
    }

    /// Changes the style of a run of cells without changing their characters.
    public mutating func restyle(row: Int, columns: Range<Int>, _ change: (inout CellStyle) -> Void) {
        guard row >= 0, row < height else { return }
        for column in max(0, columns.lowerBound)..<min(width, max(columns.upperBound, 0)) {
            var style = stored[row * width + column].style
            change(&style)
            stored[row * width + column].packedStyle = PackedStyle(style)
        }
    }

    /// Fills a rectangle with one character (spaces by default) in one style.
    public mutating func fill(rows: Range<Int>, columns: Range<Int>, character: Character = " ", style: CellStyle = .plain) {
        let filler = Stored(glyph: glyph(for: String(character)), style: PackedStyle(style))
        for row in max(0, rows.lowerBound)..<min(height, max(rows.upperBound, 0)) {
            for column in max(0, columns.lowerBound)..<min(width, max(columns.upperBound, 0)) {
                set(row: row, column: column, filler)
            }
        }
    }

    /// Puts one cell, repairing any wide character it splits so no half of one remains.
    private mutating func set(row: Int, column: Int, _ cell: Stored) {
        let width = self.width
        stored.withUnsafeMutableBufferPointer { cells in Self.put(cell, row: row, column: column, width: width, in: cells) }
    }

    /// `set` on the cells' memory, for loops that write many cells under one exclusive access.
    @inline(__always)
    private static func put(_ cell: Stored, row: Int, column: Int, width: Int, in cells: UnsafeMutableBufferPointer<Stored>) {
        let index = row * width + column
        if cells[index].isContinuation, column > 0 {
            cells[index - 1].glyph = .space
        }
        if column + 1 < width, cells[index + 1].isContinuation, !cells[index].isContinuation {
            cells[index + 1].glyph = .space
        }
        cells[index] = cell
    }

    /// The screen as plain text, one string per row, trailing spaces removed.
    public func lines() -> [String] {
        // Each row is put together on its bytes: a string per cell, joined, was a tenth of the
        // first frame `pointwise render` prints.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(width * 4)
        return (0..<height).map { row in
            bytes.removeAll(keepingCapacity: true)
            for column in 0..<width {
                let glyph = stored[row * width + column].glyph
                if let index = glyph.longIndex {
                    if index < longClusters.count { bytes.append(contentsOf: longClusters[index].utf8) }
                } else {
                    for position in 0..<glyph.inlineCount { bytes.append(glyph.byte(position)) }
                }
            }
            while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}

extension Screen {
    /// Puts one narrow character (one column, such as `▀` or `░`) in one cell, inside the
    /// screen only: the picture view's fast path, thousands of cells a frame.
    package mutating func put(_ character: String, row: Int, column: Int, style: CellStyle) {
        guard row >= 0, row < height, column >= 0, column < width else { return }
        write(character, row: row, column: column, style: style, maxColumn: column + 1)
    }
}

extension Screen {
    /// True when the cell at `index` shows the same character in the same style as `other`'s
    /// cell at `otherIndex`: the terminal edge's test for what to redraw.
    package func sameCell(at index: Int, as other: Screen, at otherIndex: Int) -> Bool {
        let mine = stored[index]
        let theirs = other.stored[otherIndex]
        guard mine.packedStyle == theirs.packedStyle else { return false }
        // Inline glyphs are their UTF-8 bits, so equal texts have equal bits; only a long
        // cluster's text, kept beside the cells, is compared as text.
        if mine.glyph.longIndex == nil, theirs.glyph.longIndex == nil { return mine.glyph == theirs.glyph }
        return text(of: mine.glyph) == other.text(of: theirs.glyph)
    }

    /// Whether a row's first `columns` cells are the same as in `previous`, a frame of the same
    /// size: compared as bits when neither frame has a long cluster (whose text is kept beside
    /// the cells), else cell by cell. Most rows of a frame are the same as before.
    package func rowMatches(_ row: Int, in previous: Screen, columns: Int) -> Bool {
        let start = row * width
        let count = comparableCount(row: row, previous, columns: columns)
        guard longClusters.isEmpty, previous.longClusters.isEmpty else {
            return (0..<count).allSatisfy { sameCell(at: start + $0, as: previous, at: start + $0) }
        }
        // A cell is two words with no padding and no reference, so equal cells are equal
        // memory: libc's `memcmp` compares a row a vector register at a time (one row of 120
        // cells, compared cell by cell, was about 1,800 instructions; most rows are unchanged).
        guard count > 0 else { return true }
        return stored.withUnsafeBytes { mine in
            previous.stored.withUnsafeBytes { theirs in
                guard let mine = mine.baseAddress, let theirs = theirs.baseAddress else { return false }
                let stride = MemoryLayout<Stored>.stride
                return memcmp(mine + start * stride, theirs + start * stride, count * stride) == 0
            }
        }
    }

    /// How many of a row's first `columns` cells both frames have (all of them, for frames of
    /// one size, which is what the terminal edge compares).
    private func comparableCount(row: Int, _ previous: Screen, columns: Int) -> Int {
        let start = row * width
        return max(0, min(columns, width, previous.width, stored.count - start, previous.stored.count - start))
    }

    /// The style of the cell at `index` (row-major), without making its text.
    package func style(at index: Int) -> CellStyle { stored[index].style }

    /// The style of the cell at `index` as one number, equal for equal styles: for the terminal
    /// edge to see that a cell has its neighbour's style without unpacking it.
    package func styleKey(at index: Int) -> UInt64 { stored[index].packedStyle.bits }

    /// True when the cell at `index` is the right half of a wide character.
    package func isContinuation(at index: Int) -> Bool { stored[index].isContinuation }

    /// True when the cell at `index` is a plain space: what a cleared terminal shows already.
    package func isBlank(at index: Int) -> Bool { stored[index] == .blank }

    /// Appends the scalars of the cell at `index` to `scalars`, without making a string: the
    /// terminal edge draws thousands of cells a frame.
    package func appendScalars(at index: Int, to scalars: inout [UInt32]) {
        let glyph = stored[index].glyph
        guard glyph.longIndex != nil else { return glyph.appendScalars(to: &scalars) }
        for scalar in text(of: glyph).unicodeScalars { scalars.append(scalar.value) }
    }

    /// Appends the UTF-8 of the cell at `index` to `bytes` (nothing for a continuation cell),
    /// for the terminal edge, which sends a frame's cells as bytes.
    package func appendUTF8(at index: Int, to bytes: inout [UInt8]) {
        let glyph = stored[index].glyph
        guard glyph.longIndex != nil else {
            let count = glyph.inlineCount
            if count == 1 {
                bytes.append(glyph.byte(0))  // ASCII, most of a frame
                return
            }
            for offset in 0..<count { bytes.append(glyph.byte(offset)) }
            return
        }
        bytes.append(contentsOf: text(of: glyph).utf8)
    }

    /// The style key of a plain cell, to tell a frame that ends in the terminal's own style.
    package static let plainStyleKey = Stored.blank.packedStyle.bits
}
