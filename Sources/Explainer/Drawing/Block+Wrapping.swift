import PointwiseCore

extension Block {
    /// The block with every line wider than `width` folded onto more lines, so nothing is cut.
    ///
    /// The formula and the running sum always show exact values, and an exact sum of values at
    /// the edges (19 integer digits and 18 decimals) can be wider than the terminal: folding keeps
    /// every digit on screen, so the screen still adds up. A line breaks at its last space that
    /// fits, or mid-number when there is none; continuation lines are indented two columns. Lines
    /// that fit are kept as they are, runs and all.
    func wrapped(width: Int) -> Block {
        guard width > 4 else { return self }
        var result = Block()
        for line in lines {
            guard line.reduce(0, { $0 + $1.columns }) > width else {
                result.lines.append(line)
                continue
            }
            result.lines += Self.fold(line, width: width)
        }
        return result
    }

    private static func fold(_ line: [Run], width: Int) -> [[Run]] {
        let indent = "  "
        var characters: [(Character, CellStyle)] = []
        for run in line {
            for character in run.text { characters.append((character, run.style)) }
        }
        var folded: [[Run]] = []
        var start = 0
        var isFirst = true
        while start < characters.count {
            let room = width - (isFirst ? 0 : indent.count)
            var end = start
            var used = 0
            var lastSpace: Int?
            while end < characters.count {
                let columns = TextWidth.columns(of: characters[end].0)
                if used + columns > room { break }
                if characters[end].0 == " ", end > start { lastSpace = end }
                used += columns
                end += 1
            }
            if end < characters.count, let lastSpace, lastSpace > start { end = lastSpace }
            if end == start { end = start + 1 }  // a character wider than the room: show it anyway
            var runs: [Run] = isFirst ? [] : [Run(indent)]
            var text = ""
            var style = characters[start].1
            for (character, characterStyle) in characters[start..<end] {
                if characterStyle != style, !text.isEmpty {
                    runs.append(Run(text, style))
                    text = ""
                }
                style = characterStyle
                text.append(character)
            }
            if !text.isEmpty { runs.append(Run(text, style)) }
            folded.append(runs)
            start = end
            while start < characters.count, characters[start].0 == " " { start += 1 }  // the break's space
            isFirst = false
        }
        return folded
    }
}
