import PointwiseCore

/// A runnable Python script that rebuilds a lesson's tensors and computes its output with NumPy
/// or PyTorch, printing it as JSON in the layout of `print --json`'s `output` (`[C_out][H][W]`).
///
/// The point is to show that Pointwise's walk is the library's own operation: `numpy.einsum` (a
/// matrix product at every pixel) or `torch.nn.functional.conv2d` with a 1×1 kernel. Values are
/// written exactly as the lesson has them. A small tensor is a readable nested list; a big one
/// (generated lessons reach millions of values) is compact JSON text, one row per line, parsed
/// with `json.loads`, because Python needs far more memory and time to compile a literal of
/// millions of numbers than to parse the same text. Either way the script is written row by row
/// into an output buffer that drains as it fills, never held whole in memory.
public enum PythonExport {
    /// The library whose operation computes the output.
    public enum Library: String, Sendable, CaseIterable {
        case numpy
        case pytorch
    }

    /// Tensors with more values than this are written as compact JSON text.
    public static let readableValueLimit = 4096

    /// Writes the script into `out`, draining it between lines.
    public static func write(_ lesson: Lesson, library: Library, into out: inout OutputBuffer) {
        func emit(_ text: String) {
            out.append(text)
            out.flushIfFull()
        }
        let convolution = lesson.convolution
        let shape = convolution.shape
        let kernels = convolution.kernels
        let arrayOf: String
        switch library {
        case .numpy:
            arrayOf = "np.array"
            emit(
                """
                #!/usr/bin/env python3
                # A Pointwise lesson rebuilt with NumPy (written by `pointwise export --numpy`).
                # It computes the 1x1 convolution with numpy.einsum, a matrix product at every pixel,
                # and prints the output as JSON, [C_out][H][W], as `pointwise print --json` does.
                import json

                import numpy as np


                """)
        case .pytorch:
            arrayOf = "torch.tensor"
            emit(
                """
                #!/usr/bin/env python3
                # A Pointwise lesson rebuilt with PyTorch (written by `pointwise export --pytorch`).
                # It computes the 1x1 convolution with torch.nn.functional.conv2d and prints the
                # output as JSON, [C_out][H][W], as `pointwise print --json` does.
                import json

                import torch
                import torch.nn.functional as F


                """)
        }
        let dtype = library == .numpy ? "np.float64" : "torch.float64"
        emit("TITLE = \(string(lesson.title))\n")
        emit("LANGUAGE = \(string(lesson.language))\n\n")

        emit(
            "# The input x: C_in x H x W = \(shape.inChannels) x \(shape.height) x \(shape.width); x[j] is channel x(j+1) of the lesson.\n")
        writeTensor(convolution.input, name: "x", arrayOf: arrayOf, dtype: dtype, depth: 3, into: &out)
        emit("\n# The weights: C_out x C_in = \(shape.outChannels) x \(shape.inChannels); w[i][j] is w(i+1)(j+1) of the lesson,\n")
        emit("# PyTorch's weight[i, j, 0, 0].\n")
        writeTensor(kernels.weights, name: "w", arrayOf: arrayOf, dtype: dtype, depth: 2, into: &out)
        if let bias = kernels.bias {
            emit("\n# The bias: one value per kernel.\n")
            writeTensor(bias, name: "b", arrayOf: arrayOf, dtype: dtype, depth: 1, into: &out)
        } else {
            emit("\n# The lesson has no bias.\nb = None\n")
        }

        emit("\n# out[i][r][c] = b[i] + sum over j of w[i][j] * x[j][r][c]\n")
        switch library {
        case .numpy:
            emit("out = np.einsum(\"ij,jhw->ihw\", w, x)\n")
            emit("if b is not None:\n    out = out + b[:, np.newaxis, np.newaxis]\n")
            if kernels.activation == .relu { emit("out = np.maximum(out, 0.0)  # ReLU\n") }
        case .pytorch:
            emit("# conv2d takes a batch of inputs [1, C_in, H, W] and kernels [C_out, C_in, 1, 1].\n")
            emit("out = F.conv2d(x.unsqueeze(0), w.reshape(\(shape.outChannels), \(shape.inChannels), 1, 1), bias=b)[0]\n")
            if kernels.activation == .relu { emit("out = torch.relu(out)  # ReLU\n") }
        }
        emit("\nprint(json.dumps(out.tolist()))\n")
    }

    /// `name = array([...], dtype=…)` for a tensor of `depth` nesting levels (3 for `[C][H][W]`,
    /// 2 for one channel's `[H][W]`, 1 for one row), readable or compact by size.
    private static func writeTensor(
        _ tensor: Tensor, name: String, arrayOf: String, dtype: String, depth: Int, into out: inout OutputBuffer
    ) {
        let channels = tensor.channels
        let height = tensor.height
        let width = tensor.width
        let compact = tensor.count > readableValueLimit
        func row(_ channel: Int, _ row: Int, separator: StaticString) {
            out.append(UInt8(ascii: "["))
            let start = tensor.index(channel: channel, row: row, column: 0)
            for column in 0..<width {
                if column > 0 { out.append(separator) }
                out.append(decimalUnits: tensor.units[start + column], scale: tensor.scale, style: .ascii)
            }
            out.append(UInt8(ascii: "]"))
        }
        if depth == 1 {
            out.append("\(name) = \(arrayOf)(")
            row(0, 0, separator: ", ")
            out.append(", dtype=\(dtype))\n")
            return
        }
        if !compact {
            out.append("\(name) = \(arrayOf)([\n")
            for channel in 0..<channels {
                if depth == 3 {
                    out.append("    [")
                    for line in 0..<height {
                        if line > 0 { out.append(", ") }
                        row(channel, line, separator: ", ")
                    }
                    out.append("],\n")
                } else {
                    for line in 0..<height {
                        out.append("    ")
                        row(channel, line, separator: ", ")
                        out.append(",\n")
                    }
                }
            }
            out.append("], dtype=\(dtype))\n")
            return
        }
        // Compact: adjacent string literals, one row each, joined by Python into one JSON text.
        out.append("\(name) = \(arrayOf)(json.loads(\n")
        for channel in 0..<channels {
            for line in 0..<height {
                out.append("    \"")
                if depth == 3, line == 0 { out.append(channel == 0 ? "[[" : "[") }
                if depth == 2, line == 0 { out.append("[") }
                row(channel, line, separator: ",")
                if line == height - 1 {
                    if depth == 3 { out.append(channel == channels - 1 ? "]]" : "],") } else { out.append("]") }
                } else {
                    out.append(",")
                }
                out.append("\"\n")
                out.flushIfFull()
                if out.hasFailed { return }
            }
        }
        out.append("), dtype=\(dtype))\n")
    }

    /// A Python string literal that shows the text exactly and can never end the string or the
    /// line early: quotes and backslashes escaped, and every scalar `InertText` calls unsafe
    /// (controls, line and paragraph separators, bidirectional marks that can make code read
    /// differently from how it runs, invisibles) written as `\x..`/`\u....`/`\U........` escapes. Other characters, Chinese included, stay as they
    /// are (Python reads its source as UTF-8).
    public static func string(_ text: String) -> String {
        QuotedLiteral.quote(text) { scalar in
            let value = scalar.value
            if value < 0x20 || (0x7F...0x9F).contains(value) { return "\\x" + QuotedLiteral.hex(value, digits: 2) }
            return value > 0xFFFF ? "\\U" + QuotedLiteral.hex(value, digits: 8) : "\\u" + QuotedLiteral.hex(value, digits: 4)
        }
    }
}
