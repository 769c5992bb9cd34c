#!/usr/bin/env python3
"""How much code a key press's render runs: distinct instruction cache lines, per render.

A press after the learner's pause finds its code gone from the caches, so what it costs is close
to how many different 64-byte lines of code it runs, each fetched again, rather than how many
instructions. This script runs `pointwise-bench keys LESSON SIZE N` under callgrind, collecting
only inside `ExplainerRenderer.render` and writing one profile after each call (the first frame,
then one per press). For each profile it prints the instructions, the distinct code lines and
4 KB pages. Then, for the last press, it lists the functions that run the most distinct lines.

Usage: scripts/code-footprint.py [--bench PATH] [--presses N] [--size WxH] [--top K] [LESSON]
(default: inception, 120x40, 12 presses, top 25; the bench defaults to
.build/release/pointwise-bench, built with `swift build -c release --product pointwise-bench`)
Needs valgrind; valgrind 3.19 cannot read the Swift compiler's DWARF 5, so a copy of the binary
with its debug sections stripped is what it runs.
"""
import argparse
import collections
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

RENDER = "$s9Explainer0A8RendererO6render_5width6height13recordingHits10ScreenCore0H0VAA0A5StateV_S2iSbtFZ"


def position(token, current):
    """A callgrind position: absolute (`0x…` or decimal), relative (`+N`, `-N`) or the same (`*`)."""
    if token == "*":
        return current
    sign = 0
    if token[0] in "+-":
        sign = 1 if token[0] == "+" else -1
        token = token[1:]
    number = int(token, 16) if token.startswith("0x") else int(token)
    return current + sign * number if sign else number


def read_names(files):
    """Callgrind names each function once per run, as `fn=(id) name`, then by id alone."""
    names = {}
    for path in files:
        with open(path) as profile:
            for line in profile:
                match = re.match(r"c?fn=\((\d+)\) (.*)", line.strip())
                if match:
                    names[match.group(1)] = match.group(2)
    return names


def lines_by_function(path, names):
    """The distinct 64-byte code lines each function ran in one profile, and its instructions."""
    lines, instructions = collections.defaultdict(set), 0
    current, after_call, function = 0, False, None
    with open(path) as profile:
        for line in profile:
            if line.startswith("fn="):
                match = re.match(r"fn=\((\d+)\)", line.strip())
                function = names.get(match.group(1), match.group(1)) if match else line.strip()
                continue
            if line.startswith("calls="):
                after_call = True  # the next cost line is the call's inclusive cost: not this code
                continue
            if not line or line[0] not in "0123456789+-*":
                continue
            fields = line.split()
            if len(fields) < 3:
                continue
            current = position(fields[0], current)
            if after_call:
                after_call = False
                continue
            lines[function].add(current >> 6)
            instructions += int(fields[2])
    return lines, instructions


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", default=".build/release/pointwise-bench")
    parser.add_argument("--presses", type=int, default=12)
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("lesson", nargs="?", default="inception")
    arguments = parser.parse_args()
    if not os.path.exists(arguments.bench):
        sys.exit(f"{arguments.bench} is missing: swift build -c release --product pointwise-bench")
    work = tempfile.mkdtemp(prefix="pointwise-footprint-")
    try:
        binary = os.path.join(work, "pointwise-bench")
        subprocess.run(["strip", "-g", "-o", binary, arguments.bench], check=True)
        out = os.path.join(work, "profile")
        subprocess.run(
            ["valgrind", "--tool=callgrind", "--dump-instr=yes", "--collect-atstart=no", f"--toggle-collect={RENDER}",
             f"--dump-after={RENDER}", f"--callgrind-out-file={out}",
             binary, "keys", arguments.lesson, arguments.size, str(arguments.presses)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env=dict(os.environ, SWIFT_BACKTRACE="interactive=no"))
        dumps = sorted(glob.glob(out + ".*"), key=lambda path: int(path.rsplit(".", 1)[1]))
        names = read_names([out] + dumps)
        print(f"| render | instructions | code lines | code KB | 4 KB pages |")
        print("|---|---|---|---|---|")
        last = None
        for index, path in enumerate(dumps):
            lines, instructions = lines_by_function(path, names)
            if not lines:
                continue
            every = set().union(*lines.values())
            label = "first frame" if index == 0 else f"press {index}"
            print(f"| {label} | {instructions:,} | {len(every):,} | {len(every) * 64 // 1024} | {len({line >> 6 for line in every})} |")
            last = lines
        if last is None:
            sys.exit("no render was profiled")
        ranked = sorted(last.items(), key=lambda item: -len(item[1]))[: arguments.top]
        demangled = subprocess.run(
            ["swift", "demangle", "--simplified", "--compact"], input="\n".join(name for name, _ in ranked),
            capture_output=True, text=True).stdout.splitlines()
        print(f"\nThe last press's {arguments.top} widest functions (distinct code lines):\n")
        for (name, lines), readable in zip(ranked, demangled or [name for name, _ in ranked]):
            print(f"{len(lines):5d}  {readable[:110]}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
