import Foundation
import Testing

/// Work proportional to what was asked: a tiny file describing a huge layer is not printed for
/// hours; print refuses at once, says why, and names the flag that insists.
@Suite("The output budget of print")
struct OutputBudgetTests {
    /// 256 channels of 32×32 and 64 kernels: 16,777,216 steps, over the walkthrough's budget.
    static let manySteps = """
        ---
        input: {generate: constant, value: 1, channels: 256, height: 32, width: 32}
        weights: {generate: constant, value: 1, kernels: 64, channels: 256}
        ---

        """
    /// 1024 channels of 64×64 and 1024 kernels: 4,294,967,296 multiplications.
    static let manyMultiplications = """
        ---
        input: {generate: constant, value: 1, channels: 1024, height: 64, width: 64}
        weights: {generate: constant, value: 1, kernels: 1024, channels: 1024}
        ---

        """

    @Test("print and print --json refuse beyond the budget at once, naming the size and --force")
    func refusals() throws {
        let folder = try TemporaryFolder()
        let steps = try folder.write("steps.md", Self.manySteps)
        let products = try folder.write("products.md", Self.manyMultiplications)
        let clock = ContinuousClock()
        let start = clock.now
        let walkthrough = try CommandRun.pointwise(["print", steps])
        #expect(walkthrough.status == 1)
        #expect(walkthrough.standardOutput.isEmpty)
        #expect(walkthrough.standardError.contains("16,777,216 steps"))
        #expect(walkthrough.standardError.contains("--force"))
        let json = try CommandRun.pointwise(["print", products, "--json"])
        #expect(json.status == 1)
        #expect(json.standardOutput.isEmpty)
        #expect(json.standardError.contains("4,294,967,296 multiplications"))
        #expect(json.standardError.contains("--force"))
        #expect(clock.now - start < .seconds(20))
    }

    @Test("--force prints anyway, and stops as soon as the reader goes")
    func force() throws {
        let folder = try TemporaryFolder()
        let steps = try folder.write("steps.md", Self.manySteps)
        let run = try CommandRun.run(
            executable: "/bin/bash",
            [
                "-c",
                "trap '' PIPE; timeout 60 \"$POINTWISE\" print \"$1\" --force | head -c 100; status=${PIPESTATUS[0]}; echo; echo \"status $status\"",
                "bash", steps,
            ],
            environment: ["POINTWISE": try PointwiseBinary.path(), "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"])
        #expect(run.standardOutput.hasSuffix("status 141\n"))
        #expect(run.standardOutput.utf8.count > 100)
    }

    @Test("render --keys stops at q: keys after it are not applied")
    func renderStopsAtQuit() throws {
        let stopped = try CommandRun.pointwise(["render", "intro", "--keys", "l q l l"])
        let one = try CommandRun.pointwise(["render", "intro", "--keys", "l"])
        #expect(stopped.status == 0)
        #expect(stopped.standardOutput == one.standardOutput)
    }
}
