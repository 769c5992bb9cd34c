#!/usr/bin/env bash
# Instructions per key press (update + render), counted by callgrind: repeatable on a shared,
# noisy machine where timings are not. For each bundled lesson, size and view given, runs
# `pointwise-bench keys` with 0 and with N presses and prints the difference divided by N, so
# reading the lesson and opening the view are left out.
#
#   scripts/count-key-press.sh [N] [LESSON...]     (default: 120 presses; intro and inception)
#
# Needs valgrind. The bench is built in release mode; valgrind 3.19 cannot read the Swift
# compiler's DWARF 5, so a copy with the debug sections stripped (`strip -g`) is what it runs.
set -euo pipefail
cd "$(dirname "$0")/.."
presses="${1:-120}"
shift || true
lessons=("$@")
[ ${#lessons[@]} -gt 0 ] || lessons=(intro inception)
swift build -c release --product pointwise-bench >/dev/null
bench="$(mktemp)"
trap 'rm -f "$bench" "$bench.out"' EXIT
strip -g -o "$bench" .build/release/pointwise-bench
count() {
  valgrind --tool=callgrind --callgrind-out-file="$bench.out" "$bench" keys "$@" 2>&1 \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
echo "| lesson | size | view | instructions per key press |"
echo "|---|---|---|---|"
for lesson in "${lessons[@]}"; do
  for size in 80x24 120x40; do
    for view in numbers colour shades; do
      base="$(count "$lesson" "$size" 0 "$view")"
      total="$(count "$lesson" "$size" "$presses" "$view")"
      printf '| %s | %s | %s | %s |\n' "$lesson" "$size" "$view" \
        "$(python3 -c "print(f'{($total - $base) / $presses / 1e6:.2f} M')")"
    done
  done
done
