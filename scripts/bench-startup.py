#!/usr/bin/env python3
"""Times whole-process start-up: `pointwise render intro` against a Swift hello-world.

Builds the hello-world three ways with swiftc in a temporary folder (-O; -O -static-stdlib, the
Swift runtime linked in; -O -static-executable, everything linked in, as the release build of
pointwise is on Linux), then runs every command in turn, RUNS times, interleaved so that a busy
moment hurts all alike, and prints each one's median and minimum wall time and its ratio to the
hello-worlds.

  scripts/bench-startup.py [--runs 60] [--binary .build/release/pointwise] [--also NAME=BINARY ...]

--also adds other pointwise builds to the same run, for example the dynamic build of an earlier
commit (`swift build -c release --scratch-path DIR` in a worktree of it).
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time

HELLO_WORLDS = (
    ("hello-world, dynamic", ["-O"]),
    ("hello-world, static runtime", ["-O", "-static-stdlib"]),
    ("hello-world, static executable", ["-O", "-static-executable"]),
)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--binary", default=".build/release/pointwise")
    parser.add_argument("--also", action="append", default=[], metavar="NAME=BINARY",
                        help="another pointwise binary to time in the same run")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pointwise-startup-") as folder:
        source = os.path.join(folder, "hello.swift")
        with open(source, "w") as handle:
            handle.write('print("hello")\n')
        commands = {}
        for name, flags in HELLO_WORLDS:
            binary = os.path.join(folder, name.replace(", ", "-").replace(" ", "-"))
            # The static link warns that the runtime's dlopen needs this glibc at run time; it is
            # the same machine, so the warning is noise here.
            subprocess.run(["swiftc", *flags, source, "-o", binary], check=True, stderr=subprocess.DEVNULL)
            commands[name] = [binary]
        commands["render intro"] = [arguments.binary, "render", "intro"]
        for extra in arguments.also:
            name, _, binary = extra.partition("=")
            commands[f"render intro, {name}"] = [binary, "render", "intro"]
        times = {name: [] for name in commands}
        for _ in range(arguments.runs):
            for name, command in commands.items():
                start = time.perf_counter()
                subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
                times[name].append(time.perf_counter() - start)
    medians = {name: statistics.median(samples) for name, samples in times.items()}
    minimums = {name: min(samples) for name, samples in times.items()}
    hellos = [name for name, _ in HELLO_WORLDS]
    width = max(len(name) for name in commands)
    print(f"{'':{width}}  {'median':>9}  {'min':>9}   ratio of the medians to the hello-world")
    print(f"{'':{width}}  {'':>9}  {'':>9}   {'dynamic':>9} {'static rt':>9} {'static ex':>9}")
    for name in commands:
        ratios = " ".join(f"{medians[name] / medians[hello]:>8.2f}×" for hello in hellos)
        print(f"{name:{width}}  {medians[name] * 1000:6.2f} ms  {minimums[name] * 1000:6.2f} ms   {ratios}")


if __name__ == "__main__":
    main()
