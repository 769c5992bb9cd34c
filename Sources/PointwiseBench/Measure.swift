import Glibc

/// Timing and statistics: medians of repeated runs, in microseconds or milliseconds.
enum Measure {
    /// Nanoseconds on the monotonic clock.
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// The median of `runs` timings of `body`, in nanoseconds, after `warmup` untimed runs.
    static func median(runs: Int, warmup: Int = 2, _ body: () -> Void) -> Double {
        for _ in 0..<warmup { body() }
        var samples: [UInt64] = []
        samples.reserveCapacity(runs)
        for _ in 0..<runs {
            let start = now()
            body()
            samples.append(now() - start)
        }
        return median(samples)
    }

    static func median(_ samples: [UInt64]) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : (Double(sorted[middle - 1]) + Double(sorted[middle])) / 2
    }

    /// A duration in nanoseconds as milliseconds with three decimals, e.g. `1.234 ms`.
    static func milliseconds(_ nanoseconds: Double) -> String {
        fixed(nanoseconds / 1_000_000, decimals: 3) + " ms"
    }

    /// A number with a fixed count of decimals (the standard library has no format strings).
    static func fixed(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = abs(scaled % Int(scale))
        guard decimals > 0 else { return String(whole) }
        let digits = String(fraction)
        let sign = value < 0 && whole == 0 ? "-" : ""
        return sign + String(whole) + "." + String(repeating: "0", count: decimals - digits.count) + digits
    }
}
