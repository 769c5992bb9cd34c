/// A 24-bit colour (sRGB, 8 bits a channel): what a picture cell's foreground or background is.
///
/// The screen keeps the exact colour; each output path reduces it to what the terminal can
/// show — itself for 24-bit terminals, the nearest entry of the 256-colour palette otherwise —
/// with the same rule (`paletteIndex`), so `render --ansi` and the terminal agree cell for cell.
public struct RGBColor: Hashable, Sendable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Packed as `0xRRGGBB`, the form direct-colour terminals take.
    public var packed: Int { Int(red) << 16 | Int(green) << 8 | Int(blue) }

    /// The nearest colour of the xterm 256-colour palette: its 6×6×6 cube (16–231) or its
    /// 24-step grey ramp (232–255), whichever is closer; the first 16 entries are left out
    /// because terminals let users redefine them.
    public var paletteIndex: Int {
        let cubeLevels = [0, 95, 135, 175, 215, 255]
        func nearestLevel(_ value: UInt8) -> Int {
            let v = Int(value)
            var best = 0
            for (index, level) in cubeLevels.enumerated() where abs(level - v) < abs(cubeLevels[best] - v) { best = index }
            return best
        }
        let (r, g, b) = (nearestLevel(red), nearestLevel(green), nearestLevel(blue))
        let cube = (cubeLevels[r], cubeLevels[g], cubeLevels[b])
        let average = (Int(red) + Int(green) + Int(blue)) / 3
        let greyStep = min(23, max(0, (average - 8 + 5) / 10))
        let grey = 8 + 10 * greyStep
        func distance(_ c: (Int, Int, Int)) -> Int {
            let dr = c.0 - Int(red), dg = c.1 - Int(green), db = c.2 - Int(blue)
            return dr * dr + dg * dg + db * db
        }
        if distance((grey, grey, grey)) < distance(cube) { return 232 + greyStep }
        return 16 + 36 * r + 6 * g + b
    }

    /// True for light colours, on which dark text reads better (relative luminance above ½).
    public var isLight: Bool {
        (2126 * Int(red) + 7152 * Int(green) + 722 * Int(blue)) > 10_000 * 128
    }

    /// Text on light picture cells: a near-black, because direct-colour terminal descriptions
    /// read colour numbers 0–7 as the eight ANSI colours, not as RGB.
    public static let black = RGBColor(red: 16, green: 16, blue: 16)
    public static let white = RGBColor(red: 255, green: 255, blue: 255)
}
