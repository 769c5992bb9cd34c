#!/usr/bin/env python3
"""Times whole-process start-up: `pointwise render intro` against a Swift hello-world.

Builds the hello-world twice with swiftc (-O, and -O -static-stdlib) in a temporary folder, then
runs every command in turn, RUNS times, interleaved so that a busy moment hurts all alike, and
prints each one's median and minimum wall time.

  scripts/bench-startup.py [--runs 60] [--binary .build/release/pointwise] [--static STATIC_BINARY]

STATIC_BINARY: pointwise built with `swift build -c release --static-swift-stdlib --scratch-path DIR`.
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--binary", default=".build/release/pointwise")
    parser.add_argument("--static", help="a pointwise binary with the Swift runtime linked in")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pointwise-startup-") as folder:
        source = os.path.join(folder, "hello.swift")
        with open(source, "w") as handle:
            handle.write('print("hello")\n')
        commands = {}
        for name, flags in (("hello-world, dynamic", ["-O"]), ("hello-world, static", ["-O", "-static-stdlib"])):
            binary = os.path.join(folder, name.replace(", ", "-"))
            subprocess.run(["swiftc", *flags, source, "-o", binary], check=True)
            commands[name] = [binary]
        commands["render intro, dynamic"] = [arguments.binary, "render", "intro"]
        if arguments.static:
            commands["render intro, static"] = [arguments.static, "render", "intro"]
        times = {name: [] for name in commands}
        for _ in range(arguments.runs):
            for name, command in commands.items():
                start = time.perf_counter()
                subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
                times[name].append(time.perf_counter() - start)
    for name, samples in times.items():
        print(f"{name:24} median {statistics.median(samples) * 1000:6.2f} ms   min {min(samples) * 1000:6.2f} ms")


if __name__ == "__main__":
    main()
