#!/usr/bin/env python3
"""Writes a corpus of hostile lessons and measures `pointwise check` on each: CPU time and peak memory.

Each file is within (or just past) the documented limits, shaped the way an attacker would shape
it: one huge line, millions of tiny lines, text made of combining marks, bidi and invisible
characters, the largest generated tensors, YAML aliases, deep nesting. The budget the README
documents is that any lesson within the limits is checked in at most 2 s and 1 GB, and any frame
drawn in at most 50 ms; this script prints the figures for every file (frames for those that
check without errors, at 80x24 and 200x60, by `pointwise-bench frames`) and the largest of each,
and exits 1 if a file is over either budget (or if `check` crashed: an exit status other than 0
or 1).

  scripts/hostile-corpus.py [--binary .build/release/pointwise] [--bench .build/release/pointwise-bench]
                            [--seconds 2] [--mib 1024] [--frame-ms 50] [--keep DIR]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

MIB = 1024 * 1024
HEAD = "---\ninput:\n  - [[1, 2], [3, 4]]\nweights:\n  - [2]\n---\n"


def corpus():
    """(name, bytes) for every hostile file."""
    yield "hash-lines-16MiB.md", (HEAD + "##\n" * ((16 * MIB - len(HEAD)) // 3)).encode()
    yield "heading-x-1M.md", (HEAD + "## x\n" * 1_000_000).encode()
    marks = "a" + "\u0301" * 31
    body = (marks * (14 * MIB // len(marks.encode()))).encode()[: 14 * MIB]
    yield "combining-marks-14MB.md", (HEAD + "## introduction\n").encode() + body.decode("utf-8", "ignore").encode()
    yield "combining-one-cluster.md", (HEAD + "## introduction\na" + "\u0301" * 100_000 + "\n").encode()
    yield "decomposed-accents-20KB.md", (HEAD + "## introduction\n" + "e\u0301" * 6000 + "\n").encode()
    yield "bad-values-one-line.md", ("---\ninput: [[[" + ", ".join(["x"] * 10_000) + "]]]\nweights: [[1]]\n---\n").encode()
    yield "bad-questions-one-line.md", (HEAD[:-4] + "questions: [" + ", ".join(["{pixel: [9, 9]}"] * 5000) + "]\n---\n").encode()
    yield "unknown-keys-500k.md", ("---\n" + "".join(f"k{i}: 1\n" for i in range(500_000)) + "---\n").encode()
    yield "long-word-1MB.md", (HEAD + "## introduction\n" + "w" * (1 * MIB) + "\n").encode()
    yield "long-cjk-line.md", (HEAD + "## introduction\n" + "卷積" * 5000 + "\n").encode()
    yield "bidi-invisible.md", (HEAD + "## introduction\n" + "\u202e\u200f\u2028\u2060\ufeff\U000e0041x" * 1000 + "\n").encode()
    yield "escapes.md", (HEAD + "## introduction\n" + "\x1b[2J\x1b]0;x\x07\x9b31m" * 2000 + "\n").encode()
    yield "generated-max.md", b"---\ninput: {generate: random, seed: 1, channels: 4096, height: 64, width: 64, range: [-1, 1], decimals: 2}\nweights: {generate: random, seed: 2, kernels: 4096, range: [-1, 1], decimals: 2}\n---\n"
    yield "generated-16Mi-values.md", b"---\ninput: {generate: ramp, channels: 4096, height: 64, width: 64, range: [0, 1], decimals: 2}\nweights: {generate: constant, kernels: 1, value: 1}\n---\n"
    yield "aliases.md", ("---\na: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]\n" + "".join(f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n" for p, c in zip("abcdefgh", "bcdefghi")) + "---\n").encode()
    yield "deep-nesting.md", ("---\ninput: " + "[" * 100_000 + "]" * 100_000 + "\n---\n").encode()
    yield "explicit-values-8MiB.md", ("---\ninput:\n" + "".join("  - [" + ", ".join(["[" + ", ".join(["1.5"] * 64) + "]"] * 64) + "]\n" for _ in range(200)) + "weights:\n  - [" + ", ".join(["1"] * 200) + "]\n---\n").encode()
    yield "nul-and-bad-utf8.md", HEAD.encode() + b"## introduction\n" + b"\x00\xff\xfe\xc0\x80" * 100_000 + b"\n"
    yield "cr-only.md", (HEAD + "## introduction\r" + "x\r" * 1_000_000).encode()
    yield "placeholders.md", (HEAD + "## introduction\n" + "{nope} " * 100_000 + "\n").encode()
    # Within every limit, so they are drawn: each section as long as it may be, in the costliest
    # text to measure and wrap.
    sections = ["introduction", "term", "output", "pixel", "end"]
    def full(text):
        return (HEAD + "".join(f"## {name}\n{text}\n\n" for name in sections)).encode()
    yield "sections-decomposed-10k.md", full("e\u0301" * 10_000)
    yield "sections-cjk-10k.md", full("卷積，" * 3333)
    yield "sections-one-word-10k.md", full("w" * 10_000)
    yield "sections-marks-at-limit.md", full(("a" + "\u0301" * 31) * 634)
    yield "sections-invisible-10k.md", full("\u2060\u200e" * 5000)
    yield "sections-emoji-10k.md", full("\U0001F469\u200d\U0001F469\u200d\U0001F467 " * 2000)


def measure(binary, path):
    """(seconds of CPU, seconds of wall time, peak resident MiB, exit status) of `pointwise check path`.

    GNU time runs the check, so the peak memory is the check's own: a child forked from this
    script would count the script's memory (the corpus file it just wrote) as its own.
    """
    with tempfile.NamedTemporaryFile("r") as report:
        start = time.monotonic()
        code = subprocess.call(
            ["/usr/bin/time", "-q", "-o", report.name, "-f", "%U %S %M %x", binary, "check", path],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.monotonic() - start
        fields = report.read().split()
    if len(fields) < 4:
        return 0.0, wall, 0.0, code
    user, system, kilobytes, status = fields[-4:]
    return float(user) + float(system), wall, int(kilobytes) / 1024, int(status)


def frames(bench, path, size):
    """The slowest frame in milliseconds of the lesson at path (first frame and 120 key presses)."""
    output = subprocess.run([bench, "frames", path, size, "120"], capture_output=True, text=True).stdout
    for word in output.split():
        if word.startswith("slowest="):
            return float(word.split("=")[1])
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=".build/release/pointwise")
    parser.add_argument("--keep", help="write the corpus here and keep it")
    parser.add_argument("--seconds", type=float, default=2.0, help="CPU budget per file")
    parser.add_argument("--mib", type=float, default=1024.0, help="memory budget per file")
    parser.add_argument("--bench", default=".build/release/pointwise-bench",
                        help="pointwise-bench, to time the frames of every file that checks without errors")
    parser.add_argument("--frame-ms", type=float, default=50.0, help="frame budget, at 80x24 and 200x60")
    arguments = parser.parse_args()
    folder = arguments.keep or tempfile.mkdtemp(prefix="pointwise-hostile-")
    os.makedirs(folder, exist_ok=True)
    over = []
    largest_cpu = largest_rss = (0.0, "")
    slowest_frame = (0.0, "")
    slow_frames = []
    print(f"{'file':34} {'bytes':>10} {'cpu s':>7} {'wall s':>7} {'MiB':>7} status  slowest frame")
    try:
        for name, data in corpus():
            path = os.path.join(folder, name)
            with open(path, "wb") as handle:
                handle.write(data)
            cpu, wall, mib, code = measure(arguments.binary, path)
            frame = ""
            if code == 0:
                times = [frames(arguments.bench, path, size) for size in ("80x24", "200x60")]
                if None in times:
                    over.append(name + " (frames not measured)")
                else:
                    slowest = max(times)
                    frame = f"{slowest:.1f} ms"
                    slowest_frame = max(slowest_frame, (slowest, name))
                    if slowest > arguments.frame_ms:
                        slow_frames.append(name)
            print(f"{name:34} {len(data):>10} {cpu:>7.2f} {wall:>7.2f} {mib:>7.1f} {code:>6}  {frame}")
            largest_cpu = max(largest_cpu, (cpu, name))
            largest_rss = max(largest_rss, (mib, name))
            if cpu > arguments.seconds or mib > arguments.mib or code not in (0, 1):
                over.append(name)
            if not arguments.keep:
                os.remove(path)
    finally:
        if not arguments.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"largest CPU time: {largest_cpu[0]:.2f} s ({largest_cpu[1]}); largest peak memory: {largest_rss[0]:.1f} MiB ({largest_rss[1]}); "
          f"slowest frame: {slowest_frame[0]:.1f} ms ({slowest_frame[1]})")
    if slow_frames:
        print(f"frames over {arguments.frame_ms:g} ms: " + ", ".join(slow_frames))
        over += [name + " (frame)" for name in slow_frames]
    if over:
        print("over budget or crashed: " + ", ".join(over))
        sys.exit(1)


if __name__ == "__main__":
    main()
