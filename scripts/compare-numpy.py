#!/usr/bin/env python3
"""Times `pointwise print --json` against python3 + numpy: the generated 28×28×192 → 16 layer, then
lessons with every number written out.

Both run as whole processes, as a user would start them, with their output sent to a pipe that
is read and thrown away. Before timing, the script asks pointwise for the lesson's numbers
(`print --json`) and saves the input and the weights as .npy files: numpy's fastest way to read
numbers from a file, so numpy gets its best case. The numpy program then loads them, computes
the 1×1 convolution (`einsum` over channels, i.e. the matrix product of pixels by weights) and
prints the same JSON object pointwise prints (title, language, shape, input, weights, bias,
activation, output, steps, multiplications, additions, parameters). Both outputs are checked to
agree before anything is timed. Medians of repeated runs; the ratio is numpy's time divided by
pointwise's (above 1 means pointwise is faster).

Then the same for explicit-number lessons (what a teacher gets by pasting a real layer), written by
scripts/make-explicit-lesson.py: 28×28×192 → 16 (1.0 MB) and 56×56×300 → 16 (6.2 MB, near the
front matter's limits). There numpy gets no head start: it parses the same numbers from the
lesson's own text (`np.fromstring`, the program of scripts/bench-explicit.py), as pointwise does.

Usage: scripts/compare-numpy.py [--binary PATH] [--lesson NAME_OR_PATH] [--runs N] [--no-explicit] [--small-only]
The binary defaults to .build/release/pointwise (run `swift build -c release` first).
"""
import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

NUMPY_PROGRAM = r'''
import json, sys
import numpy as np
folder = sys.argv[1]
meta = json.load(open(folder + "/meta.json"))
x = np.load(folder + "/input.npy")      # [C_in][H][W]
w = np.load(folder + "/weights.npy")    # [C_out][C_in]
out = np.einsum("oc,chw->ohw", w, x)    # out[o] = sum_c w[o][c] * x[c], at every pixel
c, h, wd = x.shape
o = w.shape[0]
result = {
    "title": meta["title"], "language": meta["language"],
    "shape": {"height": h, "width": wd, "inChannels": c, "outChannels": o},
    "input": x.tolist(), "weights": w.tolist(), "bias": None, "activation": "none",
    "output": out.tolist(), "steps": h * wd * o * c, "multiplications": h * wd * o * c,
    "additions": h * wd * o * (c - 1), "parameters": c * o,
}
sys.stdout.write(json.dumps(result, separators=(",", ":")) + "\n")
'''


def timed(command):
    start = time.perf_counter()
    completed = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if completed.returncode != 0:
        sys.exit("failed: " + " ".join(command) + "\n" + completed.stderr.decode())
    return elapsed, completed.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.environ.get("POINTWISE", ".build/release/pointwise"))
    parser.add_argument("--lesson", default="inception")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--no-explicit", action="store_true", help="only the generated lesson")
    parser.add_argument("--small-only", action="store_true", help="of the explicit lessons, only the 1 MB one")
    arguments = parser.parse_args()
    pointwise = [arguments.binary, "print", arguments.lesson, "--json"]

    import numpy as np
    with tempfile.TemporaryDirectory() as folder:
        # The same numbers for numpy, from pointwise itself (not timed).
        _, text = timed(pointwise)
        lesson = json.loads(text)
        if lesson["bias"] is not None or lesson["activation"] != "none":
            sys.exit("this comparison covers lessons without bias or activation")
        np.save(folder + "/input.npy", np.array(lesson["input"], dtype=np.float64))
        np.save(folder + "/weights.npy", np.array(lesson["weights"], dtype=np.float64))
        json.dump({"title": lesson["title"], "language": lesson["language"]}, open(folder + "/meta.json", "w"))
        script = folder + "/conv.py"
        open(script, "w").write(NUMPY_PROGRAM)
        numpy_command = [sys.executable, script, folder]

        # Same output (to floating-point rounding) before timing anything.
        _, numpy_text = timed(numpy_command)
        theirs = np.array(json.loads(numpy_text)["output"])
        ours = np.array(lesson["output"])
        if theirs.shape != ours.shape or not np.allclose(theirs, ours, atol=1e-9):
            sys.exit("numpy's output differs from pointwise's")

        pointwise_times, numpy_times = [], []
        for _ in range(arguments.runs):  # interleaved, so a busy moment hurts both alike
            pointwise_times.append(timed(pointwise)[0])
            numpy_times.append(timed(numpy_command)[0])

    shape = lesson["shape"]
    ours_ms = statistics.median(pointwise_times) * 1000
    theirs_ms = statistics.median(numpy_times) * 1000
    print(f"lesson: {arguments.lesson} ({shape['height']}×{shape['width']}×{shape['inChannels']} → {shape['outChannels']}), "
          f"{len(text)} bytes of JSON, median of {arguments.runs} runs each")
    print(f"pointwise print --json:        {ours_ms:8.1f} ms")
    print(f"python3 + numpy {np.__version__} (.npy): {theirs_ms:8.1f} ms")
    print(f"ratio numpy / pointwise:       {theirs_ms / ours_ms:8.2f}×  (above 1: pointwise is faster)")
    if not arguments.no_explicit:
        explicit(arguments)


def explicit(arguments):
    """The explicit-number lessons, numpy parsing the same text; outputs checked to agree first."""
    import numpy as np
    here = os.path.dirname(os.path.abspath(__file__))
    spec = importlib.util.spec_from_file_location("bench_explicit", os.path.join(here, "bench-explicit.py"))
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    lessons = [("28×28×192 → 16", ["--height", "28", "--width", "28", "--in-channels", "192"])]
    if not arguments.small_only:
        lessons.append(("56×56×300 → 16", ["--height", "56", "--width", "56", "--in-channels", "300"]))
    with tempfile.TemporaryDirectory() as folder:
        script = os.path.join(folder, "numpy_from_text.py")
        open(script, "w").write(bench.NUMPY_PROGRAM)
        for label, options in lessons:
            path = os.path.join(folder, "lesson.md")
            subprocess.run([sys.executable, os.path.join(here, "make-explicit-lesson.py"), "-o", path] + options, check=True)
            pointwise = [arguments.binary, "print", path, "--json"]
            numpy_command = [sys.executable, script, path]
            ours = json.loads(timed(pointwise)[1])
            theirs = json.loads(timed(numpy_command)[1])
            if not np.allclose(np.array(ours["output"]), np.array(theirs["output"]), atol=1e-9):
                sys.exit("numpy's output differs from pointwise's on " + label)
            pointwise_times, numpy_times = [], []
            for _ in range(arguments.runs):
                pointwise_times.append(timed(pointwise)[0])
                numpy_times.append(timed(numpy_command)[0])
            ours_ms = statistics.median(pointwise_times) * 1000
            theirs_ms = statistics.median(numpy_times) * 1000
            print(f"\nexplicit lesson {label}: {os.path.getsize(path) / 1e6:.2f} MB of text, median of {arguments.runs} runs each")
            print(f"pointwise print --json:        {ours_ms:8.1f} ms")
            print(f"python3 + numpy (from text):   {theirs_ms:8.1f} ms")
            print(f"pointwise / numpy:             {ours_ms / theirs_ms:8.3f}×  (goal: at most 0.2×)")


if __name__ == "__main__":
    main()
