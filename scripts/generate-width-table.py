#!/usr/bin/env python3
"""Generates Sources/PointwiseCore/Text/UnicodeWidthTable.swift from pinned Unicode data files.

The terminal-column width of every scalar, and the grapheme facts the layout needs to measure
clusters as terminals draw them, come from Unicode's own data rather than a hand-kept list:

  EastAsianWidth.txt         wide (W) and fullwidth (F) scalars take two columns
  UnicodeData.txt            general categories: nonspacing and enclosing marks (Mn, Me) and
                             format characters (Cf) take none
  GraphemeBreakProperty.txt  Hangul medial vowels and final consonants (V, T) take none;
                             prepended concatenation marks (Prepend) are drawn on their own
  emoji-data.txt             Extended_Pictographic starts an emoji cluster (a ZWJ sequence or a
                             modifier sequence is drawn two columns wide)

The version is pinned: the script refuses files of another Unicode version, so the committed
table always says which data it came from. Debian's `unicode-data` package installs the files
under /usr/share/unicode (the default --data folder).

  scripts/generate-width-table.py            rewrite the Swift table
  scripts/generate-width-table.py --check    exit 1 if the committed table differs (CI's test)
"""
import argparse
import os
import re
import sys

VERSION = "15.0.0"
HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "..", "Sources", "PointwiseCore", "Text", "UnicodeWidthTable.swift")
FILES = {
    "EastAsianWidth.txt": "EastAsianWidth.txt",
    "UnicodeData.txt": "UnicodeData.txt",
    "GraphemeBreakProperty.txt": "auxiliary/GraphemeBreakProperty.txt",
    "emoji-data.txt": "emoji/emoji-data.txt",
}


def read(data, name):
    path = os.path.join(data, FILES[name])
    with open(path, encoding="utf-8") as handle:
        return path, handle.read()


def check_version(path, text, name):
    head = "\n".join(text.splitlines()[:12])
    if name == "UnicodeData.txt":
        # UnicodeData.txt names no version: U+1F6DC (WIRELESS) came in 15.0, U+1FAE9 in 16.0.
        if "\n1F6DC;" not in text or "\n1FAE9;" in text:
            sys.exit(f"{path}: not Unicode {VERSION}'s UnicodeData.txt")
        return
    if name == "emoji-data.txt":
        if f"Emoji Version {VERSION[:-2]}" not in head:
            sys.exit(f"{path}: not the emoji data of Unicode {VERSION}")
        return
    if f"-{VERSION}.txt" not in head:
        sys.exit(f"{path}: not Unicode {VERSION} (first lines: {head.splitlines()[0]})")


def property_lines(text):
    """(first, last, value) for each data line `XXXX..YYYY ; Value # comment`."""
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        field, value = [part.strip() for part in line.split(";")[:2]]
        first, _, last = field.partition("..")
        yield int(first, 16), int(last or first, 16), value


def general_categories(text):
    """Scalar -> general category, with the `<..., First>`/`<..., Last>` ranges expanded."""
    categories = {}
    start = None
    for line in text.splitlines():
        fields = line.split(";")
        code, name, category = int(fields[0], 16), fields[1], fields[2]
        if name.endswith(", First>"):
            start = code
            continue
        if name.endswith(", Last>") and start is not None:
            for scalar in range(start, code + 1):
                categories[scalar] = category
            start = None
            continue
        categories[code] = category
    return categories


def ranges(scalars):
    """Sorted closed ranges covering the set."""
    result = []
    for scalar in sorted(scalars):
        if result and scalar == result[-1][1] + 1:
            result[-1][1] = scalar
        else:
            result.append([scalar, scalar])
    return result


def swift_ranges(name, doc, scalars):
    items = [f"0x{a:X}...0x{b:X}" for a, b in ranges(scalars)]
    lines, line = [], "       "
    for item in items:
        if len(line) + len(item) + 2 > 100:
            lines.append(line.rstrip())
            line = "       "
        line += " " + item + ","
    lines.append(line.rstrip())
    body = "\n".join(lines)
    return f"    /// {doc}\n    static let {name}: [ClosedRange<UInt32>] = [\n{body}\n    ]\n"


def build(data):
    texts = {}
    for name in FILES:
        path, text = read(data, name)
        check_version(path, text, name)
        texts[name] = text
    categories = general_categories(texts["UnicodeData.txt"])
    wide = set()
    for first, last, value in property_lines(texts["EastAsianWidth.txt"]):
        if value in ("W", "F"):
            wide.update(range(first, last + 1))
    grapheme = {}
    for first, last, value in property_lines(texts["GraphemeBreakProperty.txt"]):
        for scalar in range(first, last + 1):
            grapheme[scalar] = value
    pictographic = set()
    for first, last, value in property_lines(texts["emoji-data.txt"]):
        if value == "Extended_Pictographic":
            pictographic.update(range(first, last + 1))
    prepend = {s for s, v in grapheme.items() if v == "Prepend"}
    zero = set()
    for scalar, category in categories.items():
        # Marks that draw on the character before, and invisible format characters, take no
        # column; the soft hyphen is shown (as terminals and wcwidth do), and so are prepended
        # marks such as U+0600 ARABIC NUMBER SIGN, which terminals draw one column wide.
        if category in ("Mn", "Me") or (category == "Cf" and scalar != 0x00AD and scalar not in prepend):
            zero.add(scalar)
    zero.update(s for s, v in grapheme.items() if v in ("V", "T"))
    zero.add(0x200B)
    # Drawn two columns wide by glibc's wcwidth (its generator widens them on purpose) and so by
    # tmux and the terminals that follow it, though Unicode 15.0 has them as N and A: the
    # Yijing hexagrams (Unicode 16.0 made them W) and the circled numbers on black squares.
    wide.update(range(0x3248, 0x3250))
    wide.update(range(0x4DC0, 0x4E00))
    wide -= zero
    return wide, zero, prepend, pictographic


def render(wide, zero, prepend, pictographic):
    return (
        "// Generated by scripts/generate-width-table.py from Unicode "
        + VERSION
        + " (EastAsianWidth.txt, UnicodeData.txt,\n"
        "// GraphemeBreakProperty.txt, emoji-data.txt; Debian's unicode-data package). Do not edit:\n"
        "// change the script and run it again.\n\n"
        "/// Terminal-column facts of every Unicode " + VERSION + " scalar, as sorted closed ranges.\n"
        "///\n"
        "/// `TextWidth` looks scalars up here by binary search; anything in no range is one column.\n"
        "enum UnicodeWidthTable {\n"
        f"    /// The Unicode version the ranges come from.\n    static let version = \"{VERSION}\"\n\n"
        + swift_ranges("wide", "East Asian Wide (W) and Fullwidth (F) scalars: two columns.", wide)
        + "\n"
        + swift_ranges(
            "zeroWidth",
            "Nonspacing and enclosing marks, format characters (not U+00AD or prepended marks),\n"
            "    /// Hangul medial vowels and final consonants, U+200B: no column of their own.",
            zero,
        )
        + "\n"
        + swift_ranges(
            "prepend",
            "Grapheme_Cluster_Break=Prepend: marks Unicode joins to the character after them,\n"
            "    /// which terminals draw in a column of their own before it.",
            prepend,
        )
        + "\n"
        + swift_ranges(
            "extendedPictographic",
            "Extended_Pictographic: the scalars an emoji cluster (ZWJ or modifier sequence) starts with.",
            pictographic,
        )
        + "}\n"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="/usr/share/unicode", help="folder with the Unicode data files")
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed table is out of date")
    arguments = parser.parse_args()
    text = render(*build(arguments.data))
    if arguments.check:
        with open(OUTPUT, encoding="utf-8") as handle:
            if handle.read() != text:
                sys.exit(f"{OUTPUT} differs from what Unicode {VERSION}'s data gives: run {sys.argv[0]}")
        print(f"width table matches Unicode {VERSION}")
        return
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(f"wrote {os.path.normpath(OUTPUT)} from Unicode {VERSION}")


if __name__ == "__main__":
    main()
