#!/usr/bin/env bash
# The first frame of a big lesson against `intro`'s, with the bound the C floor sets: builds
# bench/first-frame.c, bench/floor.c and a static no-op with gcc, then runs bench/first-frame.c's
# interleaved rounds (see its comment).
#
#   scripts/bench-first-frame.sh [RUNS] [LESSON]   (default: 150 rounds; the 1.0 MB explicit lesson,
#                                                  made by scripts/make-explicit-lesson.py if missing)
#
# POINTWISE=path times another build (default: .build/release/pointwise, built if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-150}"
lesson="${2:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
binary="${POINTWISE:-.build/release/pointwise}"
[ -x "$binary" ] || swift build -c release --product pointwise >/dev/null
if [ -z "$lesson" ]; then
  lesson="$work/explicit-1mb.md"
  python3 scripts/make-explicit-lesson.py -o "$lesson"
fi
gcc -O2 -o "$work/first-frame" bench/first-frame.c
gcc -O2 -o "$work/floor" bench/floor.c
printf 'int main(void) { return 0; }\n' >"$work/noop.c"
gcc -O2 -static -o "$work/noop" "$work/noop.c"
# A fresh copy of the binary: start-up depends on how the page cache holds the file (README).
cp "$binary" "$work/pointwise"
"$work/first-frame" "$runs" "$lesson" "$work/pointwise" "$work/floor" "$work/noop"
