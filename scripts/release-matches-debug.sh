#!/usr/bin/env bash
# The release build must read and show every bundled lesson file exactly as the debug build does.
#
# The tests run the debug build. The optimizer of a release build ends values' lives at their last
# use, where a debug build keeps them to the end of their scope, so a pointer kept past its
# array's life (the lesson's bytes copied from an array already freed) breaks only the shipped
# binary. This runs both builds on each lesson in Lessons/ as a file (those under 64 KB are read
# by copy, the others mapped) and compares `check`, `print --json`, `print` and a rendered frame
# byte for byte.
#
#   scripts/release-matches-debug.sh [RELEASE_BINARY] [DEBUG_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
release="${1:-.build/release/pointwise}"
debug="${2:-.build/debug/pointwise}"
failed=0
# Both builds, the same arguments: their output and messages must be equal.
same() {
  if ! cmp -s <("$debug" "$@" 2>&1) <("$release" "$@" 2>&1); then
    echo "release and debug differ: pointwise $*"
    failed=1
  fi
}
for file in Lessons/*.md; do
  case "$(basename "$file")" in README*.md) continue ;; esac
  same check "$file"
  same print --json "$file"
  same print "$file"
  same render "$file" --size 100x30 --keys "l l n"
done
[ "$failed" -eq 0 ] && echo "release matches debug on every bundled lesson file"
exit "$failed"
