#!/usr/bin/env python3
"""Explicit-number lessons: pointwise against a C floor and python3 + numpy, side by side in one run.

A lesson whose numbers are all written out (what a teacher gets by pasting a real layer) is the
hardest case for reading and printing. This script writes two such lessons with
scripts/make-explicit-lesson.py — 28×28×192 → 16 with two decimals (about 1 MB) and 56×56×300 → 16
(about 6.5 MB, near the front matter's limits) — builds bench/floor.c with gcc (the practical
floor: same file → int64 units → exact output → the same JSON), and times, interleaved so a busy
moment hurts all alike:

  - `pointwise check LESSON` and `floor check LESSON`;
  - `pointwise print LESSON --json` and `floor json LESSON` (outputs checked byte for byte first);
  - python3 + numpy parsing the same numbers from the lesson's text (np.fromstring), computing
    the layer with einsum and printing the same JSON object (checked to agree to rounding);
  - with --before PATH, another pointwise binary on the same commands (a before/after figure).

Each figure is the median of --runs whole-process runs, with the peak resident memory of one run
(GNU time's %M, measured per child). With --callgrind, also the instructions each pointwise command executes (valgrind),
which a shared machine does not disturb.

Usage: scripts/bench-explicit.py [--binary PATH] [--before PATH] [--runs N] [--callgrind] [--small-only]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NUMPY_PROGRAM = r'''
import json, sys
import numpy as np
text = open(sys.argv[1], encoding="utf-8").read()
front = text.split("\n---\n", 1)[0]
sections, key = {}, None
for line in front.split("\n"):
    if line and not line.startswith(" ") and ":" in line:
        key = line.split(":", 1)[0]
        sections[key] = [line.split(":", 1)[1]]
    elif key:
        sections[key].append(line)
def numbers(key):
    body = ",".join(l.replace("- ", "", 1) for l in sections[key] if l.strip()).replace("[", "").replace("]", "")
    return np.fromstring(body, sep=",")
title = sections["title"][0].strip().strip('"')
weights_rows = [l for l in sections["weights"] if l.strip()]
input_rows = [l for l in sections["input"] if l.strip()]
o, c = len(weights_rows), len(input_rows)
h = input_rows[0].count("[") - 1
x = numbers("input").reshape(c, h, -1)
w = numbers("weights").reshape(o, c)
b = numbers("bias") if "bias" in sections else None
out = np.einsum("oc,chw->ohw", w, x)
if b is not None:
    out = out + b[:, None, None]
wd = x.shape[2]
result = {
    "title": title, "language": "en",
    "shape": {"height": h, "width": wd, "inChannels": c, "outChannels": o},
    "input": x.tolist(), "weights": w.tolist(), "bias": None if b is None else b.tolist(), "activation": "none",
    "output": out.tolist(), "steps": h * wd * o * (c + (b is not None)), "multiplications": h * wd * o * c,
    "additions": h * wd * o * (c - 1 + (b is not None)), "parameters": c * o + (o if b is not None else 0),
}
sys.stdout.write(json.dumps(result, separators=(",", ":")) + "\n")
'''


def run(command):
    """Runs a whole process; returns (seconds, stdout bytes, peak resident MB).

    The peak is GNU time's (`/usr/bin/time -f %M`), not this script's os.wait4: Linux counts in a
    child's ru_maxrss the pages it had right after the fork, i.e. this Python with numpy loaded
    (about 27 MB even for /bin/true), which used to make every row read the same 46.5 MB.
    """
    with tempfile.NamedTemporaryFile("r") as peak_file:
        start = time.perf_counter()
        process = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", peak_file.name] + command,
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        output = process.stdout.read()
        process.wait()
        elapsed = time.perf_counter() - start
        if process.returncode != 0:
            sys.exit("failed: " + " ".join(command))
        return elapsed, output, int(peak_file.read().split()[-1]) / 1024


STRIPPED = {}


def instructions(command, folder):
    # This valgrind (3.19) cannot read the debug sections swiftc writes and gives up on the
    # binary, so it runs a copy without them (same code, same instruction count).
    binary = command[0]
    if binary not in STRIPPED:
        STRIPPED[binary] = os.path.join(folder, "stripped-%d" % len(STRIPPED))
        subprocess.run(["strip", "-g", "-o", STRIPPED[binary], binary], check=True)
    completed = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", STRIPPED[binary]] + command[1:],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    found = re.search(r"Collected : (\d+)", completed.stderr)
    return int(found.group(1)) if found else None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.environ.get("POINTWISE", os.path.join(ROOT, ".build/release/pointwise")))
    parser.add_argument("--before", help="another pointwise binary to time on the same commands")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--callgrind", action="store_true")
    parser.add_argument("--small-only", action="store_true", help="only the 1 MB lesson")
    arguments = parser.parse_args()
    import numpy as np

    with tempfile.TemporaryDirectory() as folder:
        floor = os.path.join(folder, "floor")
        subprocess.run(["gcc", "-O2", "-o", floor, os.path.join(ROOT, "bench", "floor.c")], check=True)
        script = os.path.join(folder, "numpy_conv.py")
        open(script, "w").write(NUMPY_PROGRAM)
        lessons = [("28×28×192 → 16", ["--height", "28", "--width", "28", "--in-channels", "192"])]
        if not arguments.small_only:
            lessons.append(("56×56×300 → 16", ["--height", "56", "--width", "56", "--in-channels", "300"]))
        for label, options in lessons:
            path = os.path.join(folder, "lesson.md")
            subprocess.run([sys.executable, os.path.join(HERE, "make-explicit-lesson.py"), "-o", path] + options, check=True)
            size = os.path.getsize(path)
            values = 0
            commands = {
                "floor check": [floor, "check", path],
                "pointwise check": [arguments.binary, "check", path],
                "floor json": [floor, "json", path],
                "pointwise print --json": [arguments.binary, "print", path, "--json"],
                "python3 + numpy (text)": [sys.executable, script, path],
            }
            if arguments.before:
                commands["before: pointwise check"] = [arguments.before, "check", path]
                commands["before: pointwise print --json"] = [arguments.before, "print", path, "--json"]
            # Agreement first: byte for byte with the floor, to rounding with numpy.
            ours = run(commands["pointwise print --json"])[1]
            if ours != run(commands["floor json"])[1]:
                sys.exit("pointwise print --json differs from the C floor's JSON")
            import json
            mine, theirs = json.loads(ours), json.loads(run(commands["python3 + numpy (text)"])[1])
            if not np.allclose(np.array(mine["output"]), np.array(theirs["output"]), atol=1e-9):
                sys.exit("numpy's output differs from pointwise's")
            values = len(np.array(mine["input"]).ravel()) + len(np.array(mine["weights"]).ravel())
            times = {name: [] for name in commands}
            peaks = {name: 0.0 for name in commands}
            for _ in range(arguments.runs):
                for name, command in commands.items():
                    elapsed, _, peak = run(command)
                    times[name].append(elapsed)
                    peaks[name] = max(peaks[name], peak)
            median = {name: statistics.median(samples) * 1000 for name, samples in times.items()}
            print(f"\n### {label}: {size / 1e6:.2f} MB of lesson, {values:,} values "
                  f"(tensors {values * 8 / 1048576:.1f} MB), median of {arguments.runs} interleaved runs\n")
            counts = {}
            if arguments.callgrind:
                for name, command in commands.items():
                    if "numpy" not in name:
                        counts[name] = instructions(command, folder)
            print("| command | median | peak memory | vs its C floor | instructions |")
            print("|---|---|---|---|---|")
            for name in commands:
                floor_name = "floor json" if ("json" in name and "floor" not in name) else ("floor check" if "check" in name and "floor" not in name else None)
                if "numpy" in name:
                    floor_name = "floor json"
                ratio = f"{median[name] / median[floor_name]:.2f}×" if floor_name else ""
                count = f"{counts[name] / 1e6:,.0f} M" if counts.get(name) else ""
                if count and floor_name and "numpy" not in name and counts.get(floor_name):
                    count += f" ({counts[name] / counts[floor_name]:.2f}×)"
                print(f"| `{name}` | {median[name]:.1f} ms | {peaks[name]:.1f} MB | {ratio} | {count} |")
            print(f"\npointwise print --json / python3+numpy: {median['pointwise print --json'] / median['python3 + numpy (text)']:.3f}×")


if __name__ == "__main__":
    main()
