import PointwiseCore

/// How the picture view turns values into characters and colours: one of three ways.
///
/// - `color`: half-blocks. A cell shows two pixels, one above the other: `▀` with the upper
///   pixel's colour as foreground and the lower one's as background, so pixels look square.
/// - `shades`: no colour (`NO_COLOR`, a monochrome terminal, plain `render`): each pixel is two
///   cells of one of ` ░▒▓█`, darkest for the lowest values (for signed values `▒` is 0).
/// - `ascii` (`--ascii`): the same with the ramp ` .:-=+*#%@`.
///
/// Pixels not computed yet are blank in every mode.
public enum PictureStyle: Hashable, Sendable, CaseIterable {
    case color, shades, ascii

    /// Screen columns one pixel takes.
    var pixelColumns: Int { self == .color ? 1 : 2 }
    /// Pixels one screen row holds, one above the other.
    var pixelsPerRow: Int { self == .color ? 2 : 1 }

    /// The characters of the ramp, darkest first.
    var ramp: [String] {
        switch self {
        case .color, .shades: return [" ", "░", "▒", "▓", "█"]
        case .ascii: return [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]
        }
    }
}

/// Draws pictures into a screen: values through a colour scale, in the view's `PictureStyle`.
struct PicturePainter {
    let style: PictureStyle
    let symbols: Symbols

    /// The cell for one column of a picture row: in colour, the pixels above and below; otherwise
    /// only `upper` counts. Nil values are blank.
    func cell(upper: Double?, lower: Double?, scale: ColorScale) -> (String, CellStyle) {
        switch style {
        case .color:
            switch (upper, lower) {
            case (nil, nil): return (" ", .plain)
            case (let top?, nil): return ("▀", CellStyle(foreground: scale.color(top)))
            case (nil, let bottom?): return ("▄", CellStyle(foreground: scale.color(bottom)))
            case (let top?, let bottom?): return ("▀", CellStyle(foreground: scale.color(top), background: scale.color(bottom)))
            }
        case .shades, .ascii:
            guard let upper else { return (" ", .plain) }
            let ramp = style.ramp
            return (ramp[scale.rampIndex(upper, count: ramp.count)], .plain)
        }
    }

    /// The style of a mark (the current pixel or weight) over a pixel of `value`: bold, and in
    /// colour black or white on the pixel's own colour; without colour, reverse video.
    func markStyle(value: Double?, scale: ColorScale, base: CellStyle) -> CellStyle {
        guard style == .color, let value else { return base }
        let background = scale.color(value)
        return CellStyle(bold: true, foreground: background.isLight ? .black : .white, background: background)
    }
}

/// A rectangle of values drawn as one picture: a channel, or the weights as a C_out × C_in map.
///
/// `value(row, column)` gives the value of a data pixel, or nil when it is not known yet (an
/// output not computed); `zoom` magnifies each pixel or averages blocks of them (the average of
/// the known pixels in the block, blank when none is known).
struct PictureImage {
    let rows: Int
    let columns: Int
    let zoom: PictureZoom
    let value: (Int, Int) -> Double?

    /// Screen pixels down and across.
    var pixelRows: Int { zoom.screenPixels(rows) }
    var pixelColumns: Int { zoom.screenPixels(columns) }

    /// Cells the picture takes in a style.
    func size(_ style: PictureStyle) -> (width: Int, height: Int) {
        (pixelColumns * style.pixelColumns, (pixelRows + style.pixelsPerRow - 1) / style.pixelsPerRow)
    }

    /// The value shown at a screen pixel.
    func shown(pixelRow: Int, pixelColumn: Int) -> Double? {
        guard pixelRow >= 0, pixelRow < pixelRows, pixelColumn >= 0, pixelColumn < pixelColumns else { return nil }
        switch zoom {
        case .magnify(let factor):
            return value(pixelRow / factor, pixelColumn / factor)
        case .reduce(let factor):
            var sum = 0.0, count = 0
            for row in (pixelRow * factor)..<min(rows, (pixelRow + 1) * factor) {
                for column in (pixelColumn * factor)..<min(columns, (pixelColumn + 1) * factor) {
                    if let v = value(row, column) {
                        sum += v
                        count += 1
                    }
                }
            }
            return count == 0 ? nil : sum / Double(count)
        }
    }

    /// Draws the picture with its top-left corner at (row, column).
    func draw(on screen: inout Screen, row: Int, column: Int, painter: PicturePainter, scale: ColorScale) {
        let (width, height) = size(painter.style)
        let perRow = painter.style.pixelsPerRow
        let across = painter.style.pixelColumns
        for cellRow in 0..<height {
            for pixelColumn in 0..<pixelColumns {
                let upper = shown(pixelRow: cellRow * perRow, pixelColumn: pixelColumn)
                let lower = perRow == 2 ? shown(pixelRow: cellRow * perRow + 1, pixelColumn: pixelColumn) : nil
                let (character, style) = painter.cell(upper: upper, lower: lower, scale: scale)
                for offset in 0..<across {
                    screen.put(character, row: row + cellRow, column: column + pixelColumn * across + offset, style: style)
                }
            }
        }
        _ = width
    }

    /// Marks the cells showing data pixel (dataRow, dataColumn): brackets at the ends of its
    /// middle cell row, or `+` in a one-column footprint.
    func mark(
        on screen: inout Screen, row: Int, column: Int, dataRow: Int, dataColumn: Int,
        painter: PicturePainter, scale: ColorScale, base: CellStyle
    ) {
        guard dataRow >= 0, dataRow < rows, dataColumn >= 0, dataColumn < columns else { return }
        let pixelRowRange = zoom.screenRange(of: dataRow)
        let pixelColumnRange = zoom.screenRange(of: dataColumn)
        let perRow = painter.style.pixelsPerRow
        let across = painter.style.pixelColumns
        let firstCellRow = pixelRowRange.lowerBound / perRow
        let lastCellRow = (pixelRowRange.upperBound - 1) / perRow
        let cellRow = (firstCellRow + lastCellRow) / 2
        let firstColumn = pixelColumnRange.lowerBound * across
        let lastColumn = pixelColumnRange.upperBound * across - 1
        let shownValue = shown(pixelRow: pixelRowRange.lowerBound, pixelColumn: pixelColumnRange.lowerBound)
        let style = painter.markStyle(value: shownValue, scale: scale, base: base)
        if lastColumn > firstColumn {
            screen.put(painter.symbols.markLeft, row: row + cellRow, column: column + firstColumn, style: style)
            screen.put(painter.symbols.markRight, row: row + cellRow, column: column + lastColumn, style: style)
        } else {
            screen.put("+", row: row + cellRow, column: column + firstColumn, style: style)
        }
    }
}

/// How data pixels map to screen pixels: each shown `factor` times larger, or blocks of
/// `factor × factor` averaged into one.
enum PictureZoom: Hashable, Sendable {
    case magnify(Int)
    case reduce(Int)

    func screenPixels(_ count: Int) -> Int {
        switch self {
        case .magnify(let factor): return count * factor
        case .reduce(let factor): return (count + factor - 1) / factor
        }
    }

    /// The screen pixels that show data pixel `index`.
    func screenRange(of index: Int) -> Range<Int> {
        switch self {
        case .magnify(let factor): return (index * factor)..<((index + 1) * factor)
        case .reduce(let factor): return (index / factor)..<(index / factor + 1)
        }
    }

    /// Every zoom worth trying, largest first: 4× down to 1×, then averages of 2×2 up to `limit`.
    static func candidates(upTo limit: Int) -> [PictureZoom] {
        [.magnify(4), .magnify(3), .magnify(2), .magnify(1)] + (2...max(2, limit)).map { .reduce($0) }
    }
}
