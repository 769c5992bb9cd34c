import PointwiseCore

/// The lesson and its computed output as one JSON object, for other tools.
///
/// Keys: `title`, `language`, `shape` (`height`, `width`, `inChannels`, `outChannels`), `input`
/// (`[C_in][H][W]`), `weights` (`[C_out][C_in]`), `bias` (`[C_out]` or null), `activation`,
/// `output` (`[C_out][H][W]`), `steps`, `multiplications`, `additions`, `parameters`. Numbers are
/// plain JSON numbers written exactly (no binary rounding).
public enum LessonJSON {
    /// Writes the JSON text in pieces through `emit` (a big lesson is not held in memory twice).
    public static func write(_ lesson: Lesson, emit: (String) -> Void) {
        let convolution = lesson.convolution
        let shape = convolution.shape
        let cost = LayerCost(convolution)
        emit("{\"title\":" + string(lesson.title))
        emit(",\"language\":" + string(lesson.language))
        emit(",\"shape\":{\"height\":\(shape.height),\"width\":\(shape.width),\"inChannels\":\(shape.inChannels),\"outChannels\":\(shape.outChannels)}")
        emit(",\"input\":")
        writeGrids(channels: shape.inChannels, height: shape.height, width: shape.width, emit: emit) {
            convolution.inputValue(inputChannel: $0, row: $1, column: $2)
        }
        emit(",\"weights\":")
        writeGrids(channels: 1, height: shape.outChannels, width: shape.inChannels, emit: emit, unwrap: true) { _, kernel, channel in
            convolution.kernels.weight(kernel: kernel, inputChannel: channel)
        }
        if let bias = convolution.kernels.bias {
            emit(",\"bias\":[" + (0..<bias.count).map { bias.value(channel: 0, row: 0, column: $0).description }.joined(separator: ",") + "]")
        } else {
            emit(",\"bias\":null")
        }
        emit(",\"activation\":" + string(convolution.kernels.activation.rawValue))
        emit(",\"output\":")
        writeGrids(channels: shape.outChannels, height: shape.height, width: shape.width, emit: emit) {
            convolution.output(kernel: $0, row: $1, column: $2)
        }
        emit(",\"steps\":\(Walk(convolution).stepCount),\"multiplications\":\(cost.multiplications),\"additions\":\(cost.additions),\"parameters\":\(cost.parameters)}")
    }

    /// `[[[…]]]` of values, one row per piece; `unwrap` drops the outer level for a single channel.
    private static func writeGrids(
        channels: Int, height: Int, width: Int, emit: (String) -> Void, unwrap: Bool = false,
        value: (Int, Int, Int) -> ExactDecimal
    ) {
        if !unwrap { emit("[") }
        for channel in 0..<channels {
            emit((channel > 0 ? "," : "") + "[")
            for row in 0..<height {
                var line = row > 0 ? ",[" : "["
                for column in 0..<width {
                    if column > 0 { line += "," }
                    line += value(channel, row, column).description
                }
                emit(line + "]")
            }
            emit("]")
        }
        if !unwrap { emit("]") }
    }

    /// A JSON string literal with the required escapes.
    public static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
