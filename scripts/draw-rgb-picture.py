#!/usr/bin/env python3
"""Draws the 6×6 RGB picture of the `rgb-to-grey` lesson and writes it as Lessons/rgb-picture.png.

Pixel by pixel, no image library: the PNG is written with Python's zlib and struct only (8-bit
RGB, no interlacing, filter 0 on every row), so the file is the same on every machine.

Row 1 holds six swatches — pure red, green, blue, yellow, white and black — so the learner sees
how differently the grey conversion treats them; rows 2–6 are a small scene: sky, a sun, a red
house with a dark door, and grass.

Usage: scripts/draw-rgb-picture.py [--out Lessons/rgb-picture.png]
"""
import argparse
import os
import struct
import zlib

SKY = (135, 206, 235)
SUN = (255, 215, 0)
HOUSE = (178, 34, 34)
DOOR = (60, 40, 20)
GRASS = (34, 139, 34)

PICTURE = [
    [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 0), (255, 255, 255), (0, 0, 0)],
    [SKY, SKY, SKY, SKY, SUN, SUN],
    [SKY, SKY, SKY, SKY, SUN, SUN],
    [SKY, HOUSE, HOUSE, HOUSE, SKY, SKY],
    [GRASS, HOUSE, DOOR, HOUSE, GRASS, GRASS],
    [GRASS, GRASS, GRASS, GRASS, GRASS, GRASS],
]


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(rows):
    height, width = len(rows), len(rows[0])
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    raw = b"".join(b"\x00" + bytes(value for pixel in row for value in pixel) for row in rows)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "Lessons", "rgb-picture.png")))
    args = parser.parse_args()
    with open(args.out, "wb") as f:
        f.write(png(PICTURE))
    print(f"wrote {args.out}: {len(PICTURE[0])}×{len(PICTURE)} RGB")


if __name__ == "__main__":
    main()
