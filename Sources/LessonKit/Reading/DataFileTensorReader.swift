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
            let kind = fileNode.scalar == nil ? fileNode.kindText : CatalogueText(.checkNothing)
            diagnostics.append(.error(CatalogueText(.dataFileName, nested: ["kind": kind]), at: fileNode.location))
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
            var notes = problem.noteTexts
            if let offset = problem.offset { notes.insert(CatalogueText(.dataFileAtByte, ["offset": String(offset)]), at: 0) }
            let text = CatalogueText(.dataFileCannotUse, ["name": shownName], nested: ["reason": problem.text])
            diagnostics.append(.error(text, at: fileScalar.location, notes: notes))
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
                    DataFileProblem(CatalogueText(.dataFileScalePNGOnly), notes: [CatalogueText(.dataFileScalePNGOnlyNote)]))
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
                return refuse(DataFileProblem(CatalogueText(.dataFilePNGInputOnly), notes: [CatalogueText(.dataFilePNGInputOnlyNote)]))
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
            return refuse(DataFileProblem(CatalogueText(.dataFileUnknownFormat)))
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
        guard !shape.contains(0) else { return .failure(DataFileProblem(CatalogueText(.dataFileNoValues, ["shape": described]))) }
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
                    DataFileProblem(CatalogueText(.dataFileInputShape, ["shape": described])))
            }
            if channels > LessonLimits.maximumChannels || height > LessonLimits.maximumSide || width > LessonLimits.maximumSide {
                return .failure(
                    DataFileProblem(
                        CatalogueText(
                            .dataFileInputTooLarge,
                            [
                                "shape": described, "channels": String(LessonLimits.maximumChannels),
                                "side": String(LessonLimits.maximumSide),
                            ])))
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
                    DataFileProblem(CatalogueText(.dataFileWeightsShape, ["shape": described])))
            }
            if kernels > LessonLimits.maximumChannels || perKernel > LessonLimits.maximumChannels {
                return .failure(
                    DataFileProblem(
                        CatalogueText(.dataFileWeightsTooLarge, ["shape": described, "limit": String(LessonLimits.maximumChannels)])))
            }
            if let inputChannels, perKernel != inputChannels {
                return .failure(
                    DataFileProblem(
                        CatalogueText(
                            .dataFileWeightsPerKernel, ["shape": described],
                            nested: [
                                "weights": CatalogueText(.checkWeightCount, ["count": String(perKernel)]),
                                "input": CatalogueText(.checkInputChannels, ["count": String(inputChannels)]),
                            ]),
                        notes: [CatalogueText(.dataFileWeightsPerKernelNote)]))
            }
            (channels, height, width) = (1, kernels, perKernel)
        case .bias(let kernels):
            guard shape.count == 1 else {
                return .failure(DataFileProblem(CatalogueText(.dataFileBiasShape, ["shape": described])))
            }
            if let kernels, shape[0] != kernels {
                return .failure(
                    DataFileProblem(
                        CatalogueText(
                            .dataFileBiasCount,
                            nested: [
                                "values": CatalogueText(.checkBiasValues, ["count": String(shape[0])]),
                                "kernels": CatalogueText(.checkBiasKernels, ["count": String(kernels)]),
                            ]),
                        notes: [CatalogueText(.checkBiasCountNote)]))
            }
            (channels, height, width) = (1, 1, shape[0])
        }
        do {
            return .success(try Tensor(channels: channels, height: height, width: width, scale: values.scale, units: units))
        } catch {
            return .failure(DataFileProblem(CatalogueText(.dataFileNotTensor, ["shape": "\(channels)×\(height)×\(width)"])))
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
        let text = CatalogueText(.dataFileWholeNumber, ["field": field, "low": String(range.lowerBound), "high": String(range.upperBound)])
        diagnostics.append(.error(text, at: node.location))
        return nil
    }
}
