import PointwiseCore

/// The lesson and its computed output as one JSON object, for other tools.
///
/// Keys: `title`, `language`, `shape` (`height`, `width`, `inChannels`, `outChannels`), `input`
/// (`[C_in][H][W]`), `weights` (`[C_out][C_in]`), `bias` (`[C_out]` or null), `activation`,
/// `output` (`[C_out][H][W]`), `steps`, `multiplications`, `additions`, `parameters`, then the
/// handout's `questions` and `cost` (see `LessonJSON+Handout.swift`). Numbers are plain JSON
/// numbers written exactly (no binary rounding).
public enum LessonJSON {
    /// Writes the JSON text into `out`, draining it between rows (a big lesson is never held in
    /// memory as text). Values go from the tensors' units straight to bytes.
    public static func write(_ lesson: Lesson, into out: inout OutputBuffer) {
        let convolution = lesson.convolution
        let shape = convolution.shape
        let cost = LayerCost(convolution)
        out.append("{\"title\":")
        out.append(string(lesson.title))
        out.append(",\"language\":")
        out.append(string(lesson.language))
        out.append(",\"shape\":{")
        writeCounts(
            ["height": shape.height, "width": shape.width, "inChannels": shape.inChannels, "outChannels": shape.outChannels],
            into: &out)
        out.append("},\"input\":")
        writeTensor(convolution.input, into: &out)
        out.append(",\"weights\":")
        writeTensor(convolution.kernels.weights, unwrap: true, into: &out)
        if let bias = convolution.kernels.bias {
            out.append(",\"bias\":[")
            for index in 0..<bias.count {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(decimalUnits: bias.units[index], scale: bias.scale, style: .ascii)
            }
            out.append(UInt8(ascii: "]"))
        } else {
            out.append(",\"bias\":null")
        }
        out.append(",\"activation\":")
        out.append(string(convolution.kernels.activation.rawValue))
        out.append(",\"output\":")
        var rowValues: [Int128] = []
        writeNested(channels: shape.outChannels, rows: shape.height, into: &out) { out, kernel, row in
            convolution.outputRowUnits(kernel: kernel, row: row, into: &rowValues)
            for column in 0..<shape.width {
                if column > 0 { out.append(UInt8(ascii: ",")) }
                out.append(decimalUnits: rowValues[column], scale: convolution.accumulatorScale, style: .ascii)
            }
        }
        out.append(UInt8(ascii: ","))
        writeCounts(
            [
                "steps": Walk(convolution).stepCount, "multiplications": cost.multiplications, "additions": cost.additions,
                "parameters": cost.parameters,
            ], into: &out)
        writeQuestions(lesson, into: &out)
        writeCost(lesson, into: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// The whole JSON text as one string, for tests and small lessons.
    public static func text(_ lesson: Lesson) -> String {
        OutputBuffer.text { write(lesson, into: &$0) }
    }

    /// `[[[…]]]` of a tensor's values; `unwrap` drops the outer level of a single channel.
    private static func writeTensor(_ tensor: Tensor, unwrap: Bool = false, into out: inout OutputBuffer) {
        tensor.units.withUnsafeBufferPointer { units in
            writeNested(channels: tensor.channels, rows: tensor.height, unwrap: unwrap, into: &out) { out, channel, row in
                let start = (channel * tensor.height + row) * tensor.width
                for column in 0..<tensor.width {
                    if column > 0 { out.append(UInt8(ascii: ",")) }
                    out.append(decimalUnits: units[start + column], scale: tensor.scale, style: .ascii)
                }
            }
        }
    }

    /// `"key":count` members of an object, in order, separated by commas: the one writer of the
    /// whole numbers the JSON has (its shape, its counts, the cost view's figures).
    static func writeCounts(_ members: KeyValuePairs<String, Int>, into out: inout OutputBuffer) {
        for (index, member) in members.enumerated() {
            out.append(index > 0 ? ",\"" : "\"")
            out.append(member.key)
            out.append("\":")
            out.append(member.value)
        }
    }

    /// The one emitter of nested arrays, `[[[…]]]`: channels of rows, each row's values written by
    /// `writeRow`, the buffer drained after every row and the writing stopped once it has failed
    /// (a big lesson is never held as text). `unwrap` leaves out the outer brackets.
    private static func writeNested(
        channels: Int, rows: Int, unwrap: Bool = false, into out: inout OutputBuffer,
        writeRow: (inout OutputBuffer, _ channel: Int, _ row: Int) -> Void
    ) {
        if !unwrap { out.append(UInt8(ascii: "[")) }
        for channel in 0..<channels {
            out.append(channel > 0 ? ",[" : "[")
            for row in 0..<rows {
                out.append(row > 0 ? ",[" : "[")
                writeRow(&out, channel, row)
                out.append(UInt8(ascii: "]"))
                out.flushIfFull()
                if out.hasFailed { return }
            }
            out.append(UInt8(ascii: "]"))
        }
        if !unwrap { out.append(UInt8(ascii: "]")) }
    }

    /// `\uXXXX` for a scalar, as a surrogate pair past U+FFFF (JSON has no longer escape).
    private static func jsonEscape(_ scalar: Unicode.Scalar) -> String {
        func hex4(_ value: UInt32) -> String { "\\u" + QuotedLiteral.hex(value, digits: 4) }
        guard scalar.value > 0xFFFF else { return hex4(scalar.value) }
        let offset = scalar.value - 0x10000
        return hex4(0xD800 + (offset >> 10)) + hex4(0xDC00 + (offset & 0x3FF))
    }

    /// A JSON string literal with the required escapes, and every scalar `InertText` calls unsafe
    /// written as a `\u` escape: the same text for a JSON reader, nothing raw for a terminal.
    public static func string(_ text: String) -> String {
        QuotedLiteral.quote(text, escapeUnsafe: jsonEscape)
    }
}
