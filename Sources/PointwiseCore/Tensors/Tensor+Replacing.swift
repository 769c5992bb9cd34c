extension Tensor {
    /// This tensor with one value replaced, the shared scale raised when the new value needs it.
    ///
    /// Nil when a value would no longer fit in 64 bits at the raised scale; the caller says so
    /// and keeps the lesson as it was.
    public func replacing(channel: Int, row: Int, column: Int, with value: ExactDecimal) -> Tensor? {
        let newScale = max(scale, value.scale)
        var units = units
        if newScale > scale {
            guard let factor = Int64.powerOfTen(newScale - scale) else { return nil }
            for index in units.indices {
                let (scaled, overflow) = units[index].multipliedReportingOverflow(by: factor)
                if overflow { return nil }
                units[index] = scaled
            }
        }
        guard let valueUnits = value.units.scaledUp(byPowerOfTen: newScale - value.scale),
            let narrow = Int64(exactly: valueUnits)
        else { return nil }
        units[index(channel: channel, row: row, column: column)] = narrow
        return try? Tensor(channels: channels, height: height, width: width, scale: newScale, units: units)
    }
}
