/// A data file's numbers as a tensor's shared-scale units, with how they were obtained.
struct DataFileValues {
    /// Decimal places shared by every value.
    var scale: Int
    /// The values' units in C order.
    var units: [Int64]
    /// True when rounding to `decimals` changed at least one value.
    var wereRounded: Bool

    /// The values of a `.npy` array: integers (and bools) exactly; floats rounded half to even to
    /// `decimals` places, which a float file must give unless every value is a whole number.
    ///
    /// The scale is then lowered to the fewest places that keep every value (a file of halves
    /// rounded to 3 places shows `0.5`, not `0.500`).
    static func read(_ array: NumpyArray, decimals: Int?, fileName: String) -> Result<DataFileValues, DataFileProblem> {
        var units: [Int64] = []
        units.reserveCapacity(array.count)
        var rounded = false
        let places = array.elementType.holdsIntegers ? 0 : (decimals ?? 0)
        for index in 0..<array.count {
            switch array.element(at: index) {
            case .integer(let value):
                guard let narrow = Int64(exactly: value), narrow.magnitude <= Self.largestMagnitude else {
                    return .failure(
                        DataFileProblem(
                            CatalogueText(.dataFileValueTooLarge, ["position": position(index, in: array.shape)]),
                            notes: [CatalogueText(.dataFileValueLimitNote)]))
                }
                units.append(narrow)
            case .float(let value):
                guard value.isFinite else {
                    return .failure(DataFileProblem(CatalogueText(.dataFileValueNotFinite, ["position": position(index, in: array.shape)])))
                }
                guard let result = HalfEvenRounding.rounded(value, decimals: places) else {
                    return .failure(
                        DataFileProblem(
                            CatalogueText(
                                .dataFileValueTooPrecise, ["position": position(index, in: array.shape), "places": String(places)]),
                            notes: [CatalogueText(.checkBoundTooLargeNote)]))
                }
                if !rounded, !result.exact {
                    guard decimals != nil else {
                        return .failure(
                            DataFileProblem(
                                CatalogueText(
                                    .dataFileNotWhole, ["type": "\(array.elementType)", "position": position(index, in: array.shape)]),
                                notes: [CatalogueText(.dataFileNotWholeNote, ["file": fileName])]))
                    }
                    rounded = true
                }
                units.append(result.units)
            }
        }
        let scale = fewestPlaces(units, scale: places)
        if scale < places {
            var divisor: Int64 = 1
            for _ in scale..<places { divisor *= 10 }
            units = units.map { $0 / divisor }
        }
        return .success(DataFileValues(scale: scale, units: units, wereRounded: rounded))
    }

    /// Largest unit magnitude kept (`Int64.max`; `Int64.min` has no positive twin).
    static let largestMagnitude = UInt64(Int64.max)

    /// The fewest decimal places (≤ `scale`) at which every value is still whole.
    static func fewestPlaces(_ units: [Int64], scale: Int) -> Int {
        var places = scale
        var divisor: Int64 = 10
        while places > 0, units.allSatisfy({ $0 % divisor == 0 }) {
            places -= 1
            if places > 0 { divisor *= 10 }
        }
        return places
    }

    /// An element's position as NumPy indexes it, e.g. `[0, 2, 5]`.
    static func position(_ index: Int, in shape: [Int]) -> String {
        var remainder = index
        var indices = [Int](repeating: 0, count: shape.count)
        for dimension in shape.indices.reversed() where shape[dimension] > 0 {
            indices[dimension] = remainder % shape[dimension]
            remainder /= shape[dimension]
        }
        return "[" + indices.map(String.init).joined(separator: ", ") + "]"
    }
}
