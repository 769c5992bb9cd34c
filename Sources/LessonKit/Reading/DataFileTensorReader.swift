import PointwiseCore

/// Reads `input: {file: "x.npy", decimals: 3}` (and `weights`, `bias`): a tensor from a data file.
///
/// The file is fetched through the lesson's `DataFileSource` (which enforces where files may
/// come from), recognised by its first bytes (`.npy` or PNG), checked against the size limits
/// before decoding, and its shape matched to what the key needs. Every problem is reported at
/// the `file:` value (or at the field concerned) and never quotes the file's bytes.
enum DataFileTensorReader {
    /// Which tensor a file provides.
    enum Target {
        case input
        case weights(inputChannels: Int?)
        case bias(kernels: Int?)

        var key: String {
            switch self {
            case .input: "input"
            case .weights: "weights"
            case .bias: "bias"
            }
        }

        var fields: [String] {
            switch self {
            case .input: ["file", "decimals", "scale"]
            case .weights, .bias: ["file", "decimals"]
            }
        }
    }

    /// The tensor read, and how (for the note on screen).
    struct Read {
        var tensor: Tensor
        var use: DataFileUse
    }

    /// True when a mapping asks for a file rather than a generator.
    static func isFileMapping(_ mapping: YAMLMapping) -> Bool { mapping["file"] != nil }

    static func read(_ mapping: YAMLMapping, target: Target, source: DataFileSource, diagnostics: inout DiagnosticList) -> Read? {
        let errorsBefore = diagnostics.count
        MappingKeys.reportUnknown(in: mapping, known: target.fields, listing: .checkFields, diagnostics: &diagnostics) {
            CatalogueText(.checkUnknownFileField, ["key": $0, "target": target.key])
        }
        guard let fileNode = mapping["file"] else { return nil }
        guard let fileScalar = fileNode.scalar, !fileScalar.isEmpty else {
            diagnostics.append(
                .error(
                    "'file' must be a file name such as \"x.npy\", not \(fileNode.scalar == nil ? fileNode.kindDescription : "nothing")",
                    at: fileNode.location))
            return nil
        }
        let name = fileScalar.text
        let shownName = InertText.escape(name)
        var decimals: Int?
        if let node = mapping["decimals"] {
            decimals = wholeNumber(node, field: "decimals", range: 0...DecimalLiteral.maximumScale, diagnostics: &diagnostics)
        }
        var scale: Int?
        if let node = mapping["scale"], target.fields.contains("scale") {
            scale = wholeNumber(node, field: "scale", range: 1...65535, diagnostics: &diagnostics)
        }
        guard diagnostics.count == errorsBefore else { return nil }

        func refuse(_ problem: DataFileProblem) -> Read? {
            var notes = problem.notes
            if let offset = problem.offset { notes.insert("at byte \(offset) of the file", at: 0) }
            diagnostics.append(.error("cannot use '\(shownName)': \(problem.message)", at: fileScalar.location, notes: notes))
            return nil
        }
        let bytes: [UInt8]
        switch source.read(name) {
        case .success(let read): bytes = read
        case .failure(let problem): return refuse(problem)
        }
        let values: DataFileValues
        let shape: [Int]
        if NumpyReader.looksLikeNumpy(bytes) {
            if scale != nil {
                return refuse(
                    DataFileProblem(
                        "'scale' applies to PNG images only", notes: ["a .npy file's values are used as they are; drop 'scale'"]))
            }
            switch NumpyReader.read(bytes) {
            case .failure(let problem): return refuse(problem)
            case .success(let array):
                switch DataFileValues.read(array, decimals: decimals, fileName: shownName) {
                case .failure(let problem): return refuse(problem)
                case .success(let read): values = read
                }
                shape = array.shape
            }
        } else if PNGImage.looksLikePNG(bytes) {
            guard case .input = target else {
                return refuse(DataFileProblem("a PNG image can only be an 'input'", notes: ["weights and biases come from .npy files"]))
            }
            switch PNGImage.decode(bytes) {
            case .failure(let problem): return refuse(problem)
            case .success(let image):
                switch image.values(scale: scale, decimals: decimals) {
                case .failure(let problem): return refuse(problem)
                case .success(let read): values = read
                }
                shape = [image.channels, image.height, image.width]
            }
        } else {
            return refuse(DataFileProblem("it is neither a NumPy .npy file nor a PNG image"))
        }
        let use = DataFileUse(key: target.key, file: name, roundedTo: values.wereRounded ? decimals : nil)
        switch arrange(values, shape: shape, target: target) {
        case .failure(let problem):
            return refuse(problem)
        case .success(let tensor):
            return Read(tensor: tensor, use: use)
        }
    }

    /// Fits the file's shape to the key: input `[C, H, W]`, `[1, C, H, W]` or `[H, W]`; weights
    /// `[C_out, C_in]`, PyTorch's `[C_out, C_in, 1, 1]` or TF/Keras's `[1, 1, C_in, C_out]`
    /// (transposed here); bias `[C_out]`.
    static func arrange(_ values: DataFileValues, shape: [Int], target: Target) -> Result<Tensor, DataFileProblem> {
        let described = NumpyHeader.describe(shape)
        guard !shape.contains(0) else { return .failure(DataFileProblem("its shape \(described) holds no values")) }
        var units = values.units
        let channels: Int, height: Int, width: Int
        switch target {
        case .input:
            switch shape.count {
            case 3: (channels, height, width) = (shape[0], shape[1], shape[2])
            case 4 where shape[0] == 1: (channels, height, width) = (shape[1], shape[2], shape[3])
            case 2: (channels, height, width) = (1, shape[0], shape[1])
            default:
                return .failure(
                    DataFileProblem("its shape is \(described); an input is [C_in, H, W], [1, C_in, H, W] or [H, W] (one channel)"))
            }
            if channels > LessonLimits.maximumChannels || height > LessonLimits.maximumSide || width > LessonLimits.maximumSide {
                return .failure(
                    DataFileProblem(
                        "its shape is \(described); at most \(LessonLimits.maximumChannels) channels and \(LessonLimits.maximumSide) rows or columns are allowed"
                    ))
            }
        case .weights(let inputChannels):
            let kernels: Int, perKernel: Int
            if shape.count == 2 {
                (kernels, perKernel) = (shape[0], shape[1])
            } else if shape.count == 4, shape[2] == 1, shape[3] == 1 {
                (kernels, perKernel) = (shape[0], shape[1])  // PyTorch Conv2d: [C_out, C_in, 1, 1]
            } else if shape.count == 4, shape[0] == 1, shape[1] == 1 {
                // TF/Keras Conv2D: [1, 1, C_in, C_out]; stored with C_out fastest, so transpose.
                (kernels, perKernel) = (shape[3], shape[2])
                var transposed = [Int64](repeating: 0, count: units.count)
                for channel in 0..<perKernel {
                    for kernel in 0..<kernels { transposed[kernel * perKernel + channel] = units[channel * kernels + kernel] }
                }
                units = transposed
            } else {
                return .failure(
                    DataFileProblem(
                        "its shape is \(described); weights are [C_out, C_in], PyTorch's [C_out, C_in, 1, 1] or TF/Keras's [1, 1, C_in, C_out]"
                    ))
            }
            if kernels > LessonLimits.maximumChannels || perKernel > LessonLimits.maximumChannels {
                return .failure(
                    DataFileProblem("its shape is \(described); at most \(LessonLimits.maximumChannels) kernels and channels are allowed"))
            }
            if let inputChannels, perKernel != inputChannels {
                return .failure(
                    DataFileProblem(
                        "its shape \(described) gives \(perKernel) weight\(perKernel == 1 ? "" : "s") per kernel but the input has \(inputChannels) channel\(inputChannels == 1 ? "" : "s")",
                        notes: ["a 1×1 kernel has one weight for each input channel; 2-D weights are [C_out, C_in]"]))
            }
            (channels, height, width) = (1, kernels, perKernel)
        case .bias(let kernels):
            guard shape.count == 1 else {
                return .failure(DataFileProblem("its shape is \(described); a bias is [C_out], one value per kernel"))
            }
            if let kernels, shape[0] != kernels {
                return .failure(
                    DataFileProblem(
                        "it has \(shape[0]) value\(shape[0] == 1 ? "" : "s") but there \(kernels == 1 ? "is 1 kernel" : "are \(kernels) kernels")",
                        notes: ["each kernel has one bias"]))
            }
            (channels, height, width) = (1, 1, shape[0])
        }
        do {
            return .success(try Tensor(channels: channels, height: height, width: width, scale: values.scale, units: units))
        } catch {
            return .failure(DataFileProblem("its values do not form a \(channels)×\(height)×\(width) tensor"))
        }
    }

    /// A whole number within `range`, written plainly.
    private static func wholeNumber(_ node: YAMLNode, field: String, range: ClosedRange<Int>, diagnostics: inout DiagnosticList) -> Int? {
        if let scalar = node.scalar, !scalar.isQuoted, !scalar.text.isEmpty,
            scalar.text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let value = Int(scalar.text), range.contains(value)
        {
            return value
        }
        diagnostics.append(.error("'\(field)' must be a whole number from \(range.lowerBound) to \(range.upperBound)", at: node.location))
        return nil
    }
}
