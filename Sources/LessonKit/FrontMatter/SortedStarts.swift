extension Array where Element == Int {
    /// The index of the last element at most `position` in this increasing list of starts (of
    /// lines, of runs of values), by halving: the part that holds `position`. 0 when no element
    /// is at most `position`, and for an empty list.
    func indexOfStart(holding position: Int) -> Int {
        var low = 0
        var high = count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if self[middle] <= position { low = middle } else { high = middle - 1 }
        }
        return Swift.max(0, low)
    }
}
