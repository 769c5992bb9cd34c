#!/usr/bin/env python3
"""Writes a Pointwise lesson whose numbers are all written out, for the benchmarks.

A teacher who pastes a real layer into a lesson gets a file like this: every input value and
every weight as a decimal with a fixed number of places, one channel of the input per line.
The numbers come from a seeded generator, so the same arguments always give the same file.

    scripts/make-explicit-lesson.py                      # 28x28x192 -> 16, two decimals (~1 MB)
    scripts/make-explicit-lesson.py --height 56 --width 56 --in-channels 300 > big.md
"""
import argparse
import random
import sys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--height", type=int, default=28)
    parser.add_argument("--width", type=int, default=28)
    parser.add_argument("--in-channels", type=int, default=192)
    parser.add_argument("--out-channels", type=int, default=16)
    parser.add_argument("--decimals", type=int, default=2)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--output", "-o", help="file to write (default: standard output)")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    scale = 10 ** args.decimals

    def number() -> str:
        units = rng.randint(-scale, scale)
        sign = "-" if units < 0 else ""
        units = abs(units)
        if args.decimals == 0:
            return f"{sign}{units}"
        return f"{sign}{units // scale}.{units % scale:0{args.decimals}d}"

    shape = f"{args.height}×{args.width}×{args.in_channels} → {args.out_channels}"
    lines = [
        "---",
        f'title: "Explicit numbers: {shape}"',
        "language: en",
        "input:",
    ]
    for _ in range(args.in_channels):
        rows = ("[" + ", ".join(number() for _ in range(args.width)) + "]" for _ in range(args.height))
        lines.append("  - [" + ", ".join(rows) + "]")
    lines.append("weights:")
    for _ in range(args.out_channels):
        lines.append("  - [" + ", ".join(number() for _ in range(args.in_channels)) + "]")
    lines.append("bias: [" + ", ".join(number() for _ in range(args.out_channels)) + "]")
    lines.append("---")
    lines.append("")
    lines.append(f"A layer of {shape} with every number written out, as a teacher gets by pasting")
    lines.append("a real layer's values. The walkthrough text is the built-in one.")
    text = "\n".join(lines) + "\n"
    if args.output:
        with open(args.output, "w", encoding="utf-8") as file:
            file.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
