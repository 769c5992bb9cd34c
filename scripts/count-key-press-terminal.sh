#!/usr/bin/env bash
# Instructions per key press in a real terminal: update, render, the comparison with the frame
# before and the ncurses draw, counted by callgrind, so the figure repeats on a shared, noisy
# machine where timings do not. For each lesson, runs the release binary under valgrind in a
# tmux pane of the given size, presses N keys (the cycle of scripts/bench-keypress-pty.py:
# steps, pixels, kernels, channels and back), waiting after each for its frame, then quits; the
# same run with no keys is taken away and the rest divided by N, so start-up is left out.
#
#   scripts/count-key-press-terminal.sh [N] [LESSON...]   (default: 40 presses; intro and inception)
#
# BINARY=path counts another build of pointwise instead of building this one; SIZE=WxH another size;
# DRAW=ncurses draws every frame through ncurses' window (POINTWISE_DRAW), as before frames were
# sent as bytes, so both ways are counted with one binary.
# Needs valgrind and tmux. valgrind 3.19 cannot read the Swift compiler's DWARF 5, so a copy of
# the binary with the debug sections stripped (`strip -g`) is what it runs. SWIFT_BACKTRACE is
# set so that the program does not run itself again (see CrashReporterSettings), which valgrind
# could not follow.
set -euo pipefail
cd "$(dirname "$0")/.."
presses="${1:-40}"
shift || true
lessons=("$@")
[ ${#lessons[@]} -gt 0 ] || lessons=(intro inception)
size="${SIZE:-120x40}"
binary="${BINARY:-}"
if [ -z "$binary" ]; then
  swift build -c release --product pointwise >/dev/null
  binary=.build/release/pointwise
fi
work="$(mktemp -d)"
session="pointwise-count-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT
strip -g -o "$work/pointwise" "$binary"
keys=(Right Right n Right "]" L J Left "}" n Right p)

# Waits until the pane shows the status line's "quit" (the program is drawing), up to a minute.
wait_for_screen() {
  for _ in $(seq 600); do
    if tmux capture-pane -p -t "$session" 2>/dev/null | grep -q "quit"; then return 0; fi
    sleep 0.1
  done
  echo "the lesson did not appear in the pane" >&2
  return 1
}

# Instructions of one interactive run with $2 key presses of lesson $1.
count() {
  local lesson="$1" count="$2"
  rm -f "$work/log" "$work/out"
  tmux new-session -d -s "$session" -x "${size%x*}" -y "${size#*x}" \
    "POINTWISE_DRAW=${DRAW:-} SWIFT_BACKTRACE=interactive=no valgrind --tool=callgrind --callgrind-out-file=$work/out $work/pointwise $lesson --fresh 2>$work/log"
  wait_for_screen
  sleep 1
  for ((press = 0; press < count; press++)); do
    tmux send-keys -t "$session" "${keys[press % ${#keys[@]}]}"
    sleep 0.3
  done
  sleep 1
  tmux send-keys -t "$session" q
  for _ in $(seq 300); do
    tmux has-session -t "$session" 2>/dev/null || break
    sleep 0.1
  done
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/log"
}

echo "| lesson | size | instructions per key press, terminal included |"
echo "|---|---|---|"
for lesson in "${lessons[@]}"; do
  base="$(count "$lesson" 0)"
  total="$(count "$lesson" "$presses")"
  printf '| %s | %s | %s |\n' "$lesson" "${size/x/×}" "$(python3 -c "print(f'{($total - $base) / $presses / 1e6:.2f} M')")"
done
