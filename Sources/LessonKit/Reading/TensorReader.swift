import PointwiseCore

/// Reads the `input`, `weights` and `bias` values into tensors, checking their shapes.
///
/// Shapes are checked with the numbers named and at the place concerned; values must be plain
/// (unquoted) finite decimal numbers. An `input` or `weights` written as a mapping is generated
/// instead (see `GeneratedTensorReader`).
enum TensorReader {
    /// `input`: a list of channels, each a list of rows of numbers, all channels the same size.
    static func readInput(_ node: YAMLNode, files: DataFileReading, diagnostics: inout DiagnosticList) -> Tensor? {
        if let mapping = node.mapping, DataFileTensorReader.isFileMapping(mapping) {
            return files.read(mapping, target: .input, diagnostics: &diagnostics)
        }
        if let mapping = node.mapping { return GeneratedTensorReader.read(mapping, target: .input, diagnostics: &diagnostics) }
        guard let channels = list(node, CatalogueText(.checkInputList), &diagnostics) else { return nil }
        guard !channels.items.isEmpty else {
            diagnostics.append(.error(CatalogueText(.checkInputNoChannels), at: node.location))
            return nil
        }
        if channels.items.count > LessonLimits.maximumChannels {
            diagnostics.append(
                .error(
                    CatalogueText(
                        .checkInputTooManyChannels,
                        [
                            "count": String(channels.items.count), "limit": String(LessonLimits.maximumChannels),
                        ]), at: node.location))
            return nil
        }
        // The commonest slip: one matrix written without the list of channels around it.
        if channels.items.allSatisfy({ $0.sequence?.items.allSatisfy { $0.scalar != nil } ?? false }) {
            diagnostics.append(
                .error(
                    CatalogueText(.checkInputSingleGrid), at: node.location, notes: [CatalogueText(.checkInputSingleGridNote)]))
            return nil
        }
        var values = CollectedValues()
        // One run per row: room for all of them at once, not grown by doubling (for 5,376 rows
        // that touched half a megabyte more of new memory, a page fault for every 4 KB).
        values.reserveRuns(channels.items.reduce(0) { $0 + ($1.sequence?.count ?? 0) })
        var shape: (height: Int, width: Int)?
        var ok = true
        for (channelIndex, channelNode) in channels.items.enumerated() {
            // Messages are built only when one is reported: a lesson has thousands of rows.
            var channel: CatalogueText { CatalogueText(.checkChannelName, ["number": String(channelIndex + 1)]) }
            guard let rows = list(channelNode, CatalogueText(.checkChannelRows, nested: ["channel": channel]), &diagnostics) else {
                ok = false; continue
            }
            guard !rows.items.isEmpty else {
                diagnostics.append(.error(CatalogueText(.checkChannelNoRows, nested: ["channel": channel]), at: channelNode.location))
                ok = false
                continue
            }
            var width: Int?
            var channelOK = true
            for (rowIndex, rowNode) in rows.items.enumerated() {
                var rowNumber: [String: String] { ["row": String(rowIndex + 1)] }
                guard let row = list(rowNode, CatalogueText(.checkRowNumbers, rowNumber, nested: ["channel": channel]), &diagnostics) else {
                    channelOK = false
                    continue
                }
                if row.count == 0 {
                    diagnostics.append(.error(CatalogueText(.checkRowEmpty, rowNumber, nested: ["channel": channel]), at: rowNode.location))
                    channelOK = false
                    continue
                }
                if let width, row.count != width {
                    diagnostics.append(
                        .error(
                            CatalogueText(
                                .checkRowLength, rowNumber.merging(["count": String(row.count), "first": String(width)]) { $1 },
                                nested: ["channel": channel]), at: rowNode.location))
                    channelOK = false
                }
                width = width ?? row.count
                if !values.append(row, &diagnostics) { channelOK = false }
            }
            guard channelOK, let width else { ok = false; continue }
            if let shape, (shape.height, shape.width) != (rows.items.count, width) {
                let arguments = ["size": "\(rows.items.count)×\(width)", "first": "\(shape.height)×\(shape.width)"]
                diagnostics.append(
                    .error(
                        CatalogueText(.checkChannelShape, arguments, nested: ["channel": channel]), at: channelNode.location,
                        notes: [CatalogueText(.checkChannelShapeNote)]))
                ok = false
            }
            shape = shape ?? (rows.items.count, width)
        }
        guard ok, let shape else { return nil }
        if shape.height > LessonLimits.maximumSide || shape.width > LessonLimits.maximumSide {
            diagnostics.append(
                .error(
                    CatalogueText(
                        .checkInputTooLarge,
                        [
                            "size": "\(shape.height)×\(shape.width)", "limit": String(LessonLimits.maximumSide),
                        ]), at: node.location))
            return nil
        }
        return tensor(
            channels: channels.items.count, height: shape.height, width: shape.width, values: values, at: node.location, &diagnostics)
    }

    /// `weights`: one list per kernel with one weight per input channel.
    static func readWeights(_ node: YAMLNode, inputChannels: Int?, files: DataFileReading, diagnostics: inout DiagnosticList) -> Tensor? {
        if let mapping = node.mapping, DataFileTensorReader.isFileMapping(mapping) {
            return files.read(mapping, target: .weights(inputChannels: inputChannels), diagnostics: &diagnostics)
        }
        if let mapping = node.mapping {
            return GeneratedTensorReader.read(mapping, target: .weights(inputChannels: inputChannels), diagnostics: &diagnostics)
        }
        let shapeHelp = CatalogueText(.checkWeightsList)
        guard let kernels = list(node, shapeHelp, &diagnostics) else { return nil }
        guard !kernels.items.isEmpty else {
            diagnostics.append(.error(CatalogueText(.checkWeightsNoKernels), at: node.location))
            return nil
        }
        if kernels.items.count > LessonLimits.maximumChannels {
            diagnostics.append(
                .error(
                    CatalogueText(
                        .checkWeightsTooManyKernels,
                        [
                            "count": String(kernels.items.count), "limit": String(LessonLimits.maximumChannels),
                        ]), at: node.location))
            return nil
        }
        if kernels.items.allSatisfy({ $0.scalar != nil }) {
            diagnostics.append(
                .error(
                    shapeHelp, at: node.location,
                    notes: [CatalogueText(.checkWeightsSingleKernelNote)]))
            return nil
        }
        var values = CollectedValues()
        var ok = true
        var expected = inputChannels
        for (kernelIndex, kernelNode) in kernels.items.enumerated() {
            guard let weights = list(kernelNode, CatalogueText(.checkKernelList, ["kernel": String(kernelIndex + 1)]), &diagnostics) else {
                ok = false
                continue
            }
            if let expected, weights.count != expected {
                let reason = CatalogueText(inputChannels != nil ? .checkInputChannels : .checkFirstKernel, ["count": String(expected)])
                let count = CatalogueText(.checkWeightCount, ["count": String(weights.count)])
                diagnostics.append(
                    .error(
                        CatalogueText(
                            .checkKernelWeights, ["kernel": String(kernelIndex + 1)], nested: ["weights": count, "reason": reason]),
                        at: kernelNode.location, notes: [CatalogueText(.checkKernelWeightsNote)]))
                ok = false
                // Its values are still read, so a bad number in the same kernel is reported too
                // (a list read as numbers has none).
                if weights.numbers == nil { for item in weights.items { _ = number(item, &diagnostics) } }
                continue
            }
            expected = expected ?? weights.count
            if !values.append(weights, &diagnostics) { ok = false }
        }
        guard ok, let width = expected, width > 0 else { return nil }
        return tensor(channels: 1, height: kernels.items.count, width: width, values: values, at: node.location, &diagnostics)
    }

    /// `bias`: one number per kernel.
    static func readBias(_ node: YAMLNode, kernels: Int?, files: DataFileReading, diagnostics: inout DiagnosticList) -> Tensor? {
        if let mapping = node.mapping, DataFileTensorReader.isFileMapping(mapping) {
            return files.read(mapping, target: .bias(kernels: kernels), diagnostics: &diagnostics)
        }
        guard let items = list(node, CatalogueText(.checkBiasList), &diagnostics) else { return nil }
        if let kernels, items.count != kernels {
            diagnostics.append(
                .error(
                    CatalogueText(
                        .checkBiasCount,
                        nested: [
                            "values": CatalogueText(.checkBiasValues, ["count": String(items.count)]),
                            "kernels": CatalogueText(.checkBiasKernels, ["count": String(kernels)]),
                        ]),
                    at: node.location, notes: [CatalogueText(.checkBiasCountNote)]))
            return nil
        }
        guard items.count > 0 else {
            diagnostics.append(.error(CatalogueText(.checkBiasEmpty), at: node.location))
            return nil
        }
        var values = CollectedValues()
        // Only the first bad value of a bias is reported.
        guard values.append(items, &diagnostics, stopAtFirstProblem: true) else { return nil }
        return tensor(channels: 1, height: 1, width: values.count, values: values, at: node.location, &diagnostics)
    }

    /// The node as a list, or nil with `message` reported (made only then).
    private static func list(_ node: YAMLNode, _ message: @autoclosure () -> CatalogueText, _ diagnostics: inout DiagnosticList)
        -> YAMLSequence?
    {
        if let sequence = node.sequence { return sequence }
        diagnostics.append(.error(CatalogueText(.checkNotKind, nested: ["what": message(), "kind": node.kindText]), at: node.location))
        return nil
    }

    /// A value that must be a finite decimal number.
    static func number(_ node: YAMLNode, _ diagnostics: inout DiagnosticList) -> ExactDecimal? {
        guard let scalar = node.scalar else {
            diagnostics.append(.error(CatalogueText(.checkExpectedNumber, nested: ["kind": node.kindText]), at: node.location))
            return nil
        }
        if scalar.isEmpty {
            diagnostics.append(.error(CatalogueText(.checkNumberMissing), at: scalar.location))
            return nil
        }
        if scalar.isQuoted {
            diagnostics.append(
                .error(
                    CatalogueText(.checkQuotedNumber, ["text": scalar.text]), at: scalar.location,
                    notes: [CatalogueText(.checkQuotedNumberNote)]))
            return nil
        }
        switch DecimalLiteral.parse(scalar.text) {
        case .success(let value):
            return value
        case .failure(.notANumber):
            diagnostics.append(
                .error(
                    CatalogueText(.checkNotANumber, ["text": scalar.text]), at: scalar.location,
                    notes: [CatalogueText(.checkNotANumberNote)]))
        case .failure(.notFinite):
            diagnostics.append(
                .error(
                    CatalogueText(.checkNotFinite, ["text": scalar.text]), at: scalar.location,
                    notes: [CatalogueText(.checkNotFiniteNote)]))
        case .failure(.tooManyDigits):
            diagnostics.append(
                .error(
                    CatalogueText(.checkTooManyDigits, ["text": scalar.text]), at: scalar.location,
                    notes: [CatalogueText(.checkTooManyDigitsNote, ["places": String(DecimalLiteral.maximumScale)])]))
        }
        return nil
    }

    private static func tensor(
        channels: Int, height: Int, width: Int, values: CollectedValues,
        at location: SourceLocation, _ diagnostics: inout DiagnosticList
    ) -> Tensor? {
        do {
            return try Tensor(channels: channels, height: height, width: width, scale: values.scale, units: values.sharedScaleUnits())
        } catch .tooPrecise(let index) {
            let place = values.location(of: index) ?? location
            diagnostics.append(
                .error(
                    CatalogueText(
                        .checkTooPrecise,
                        ["value": "\(values.value(at: min(index, values.count - 1)))", "places": String(values.scale)]),
                    at: place, notes: [CatalogueText(.checkTooPreciseNote)]))
            return nil
        } catch {
            diagnostics.append(.error(CatalogueText(.checkNotATensor, ["shape": "\(channels)×\(height)×\(width)"]), at: location))
            return nil
        }
    }

    /// The values read for one tensor, left where they were read: a list read straight into
    /// numbers is referred to, not copied, so a lesson's numbers are held once (in their lists'
    /// shared arrays, 9 bytes a value) until the tensor's units (8 bytes a value) are made from them.
    struct CollectedValues {
        enum Run {
            /// A list read straight into numbers: its values' offsets locate them.
            case list(YAMLNumberList)
            /// One value read from its scalar node.
            case node(units: Int64, scale: UInt8, location: SourceLocation)
        }

        /// Runs of values in order, each with the index of its first value.
        private var runs: [(start: Int, run: Run)] = []
        private(set) var count = 0
        /// The most decimal places any value has: the tensor's shared scale.
        private(set) var scale = 0

        /// The largest of a list's scales (0 for none), in a plain loop over the bytes: the
        /// generic `max()` was not inlined here and took three times the instructions.
        private static func largest(_ scales: ArraySlice<UInt8>) -> UInt8 {
            scales.withUnsafeBufferPointer { buffer in
                var largest: UInt8 = 0
                for scale in buffer { largest = Swift.max(largest, scale) }
                return largest
            }
        }

        /// Makes room for `count` runs (lists, or values read from nodes) to come.
        mutating func reserveRuns(_ count: Int) {
            runs.reserveCapacity(count)
        }

        /// Appends a list's numbers; false when one of its items is not a number (reported).
        mutating func append(_ list: YAMLSequence, _ diagnostics: inout DiagnosticList, stopAtFirstProblem: Bool = false) -> Bool {
            if let numbers = list.numbers {
                runs.append((count, .list(numbers)))
                count += numbers.count
                scale = max(scale, Int(Self.largest(numbers.scales)))
                return true
            }
            var ok = true
            for item in list.items {
                guard let value = number(item, &diagnostics), let narrow = Int64(exactly: value.units) else {
                    ok = false
                    if stopAtFirstProblem { return false }
                    continue
                }
                runs.append((count, .node(units: narrow, scale: UInt8(truncatingIfNeeded: value.scale), location: item.location)))
                count += 1
                scale = max(scale, value.scale)
            }
            return ok
        }

        /// Every value's units at the shared scale, in order, made once into one array.
        ///
        /// Throws `.tooPrecise(index:)` naming the first value that cannot be held in 64 bits at
        /// the shared scale (e.g. `9e17` next to a value with two decimal places).
        func sharedScaleUnits() throws(TensorError) -> [Int64] {
            // A tensor written out under its own key is its store's values, in order: they are
            // brought to the shared scale where they are and become the tensor's units, with no
            // copy (for a 1.0 MB lesson, 1.2 MB of new memory and 300 page faults fewer).
            if let (source, store) = wholeStore() {
                if let unfit = source.stores[store].bringAll(toScale: scale) { throw .tooPrecise(index: unfit) }
                return source.stores[store].units
            }
            // 10^0 … 10^scale, looked up per value (the scale is at most 18, so each fits).
            let factors = Int64.powersOfTen(through: scale)
            // The index of the first value that does not fit, or nil. The values are written
            // straight into the new array's storage, without an append (and its checks) each.
            var unfit: Int?
            let result = [Int64](unsafeUninitializedCapacity: count) { result, written in
                written = 0
                for (start, run) in runs {
                    switch run {
                    case .list(let numbers):
                        numbers.withUnitsAndScales { units, scales in
                            for index in 0..<units.count {
                                let shift = scale - Int(scales[index])
                                guard shift < factors.count else {
                                    unfit = start + index
                                    return
                                }
                                let (value, overflow) = units[index].multipliedReportingOverflow(by: factors[shift])
                                if overflow {
                                    unfit = start + index
                                    return
                                }
                                result[written] = value
                                written += 1
                            }
                        }
                    case .node(let units, let own, _):
                        guard let value = units.scaledUp(byPowerOfTen: scale - Int(own)) else {
                            unfit = start
                            return
                        }
                        result[written] = value
                        written += 1
                    }
                    if unfit != nil { return }
                }
            }
            if let unfit { throw .tooPrecise(index: unfit) }
            return result
        }

        /// The source and store whose values are exactly these, in order, when they are: every
        /// run a list of the same store, each starting where the one before ended, from the
        /// store's first value to its last.
        private func wholeStore() -> (YAMLSource, Int)? {
            guard case .list(let first)? = runs.first?.run else { return nil }
            var next = 0
            for (_, run) in runs {
                guard case .list(let numbers) = run, numbers.source === first.source, numbers.store == first.store,
                    numbers.start == next
                else { return nil }
                next += numbers.count
            }
            return next == count && next == first.source.stores[first.store].count ? (first.source, first.store) : nil
        }

        /// The value at an index, exactly, at its own scale.
        func value(at index: Int) -> ExactDecimal {
            guard let (run, offset) = run(holding: index) else { return ExactDecimal(units: 0, scale: 0) }
            switch run {
            case .list(let numbers): return numbers.value(at: offset)
            case .node(let units, let scale, _): return ExactDecimal(units: Int128(units), scale: Int(scale))
            }
        }

        /// Where the value at an index was written.
        func location(of index: Int) -> SourceLocation? {
            guard let (run, offset) = run(holding: index) else { return nil }
            switch run {
            case .list(let numbers): return numbers.location(at: offset)
            case .node(_, _, let location): return location
            }
        }

        /// The run holding the value at an index, and the value's place in it.
        private func run(holding index: Int) -> (Run, Int)? {
            guard index >= 0, index < count, !runs.isEmpty else { return nil }
            var low = 0
            var high = runs.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if runs[middle].start <= index { low = middle } else { high = middle - 1 }
            }
            return (runs[low].run, index - runs[low].start)
        }
    }
}
