#!/usr/bin/env python3
"""The CPU time of a key press in a real terminal: update, render and the ncurses draw.

`pointwise-bench` times update + render in process; this script runs the real binary in a
pseudo-terminal of the given size, as a learner's terminal would, and presses keys on it. For
each press it writes the key, then reads what the program draws until the screen has been quiet
for a moment, so every frame is drawn and sent through the terminal before the next key. The
figure is the process's own CPU time (the scheduler's count, /proc/PID/schedstat) over the presses,
divided by their number, minus what the program spends when idle for as long (its tick timer):
a key press's cost, free of the reader's waiting and of the machine's other load.

Usage: scripts/bench-keypress-pty.py [--binary PATH] [--size 120x40] [--presses N] [--draw ncurses] [LESSON ...]
(default lessons: intro, fully-connected, mobilenet, inception — lessons without questions, since
a question waits for its answer and the keys would go to it; the binary defaults to
.build/release/pointwise)
"""
import argparse
import fcntl
import os
import pty
import select
import shutil
import struct
import sys
import tempfile
import termios
import time

# The keys of pointwise-bench's section (c): steps, pixels, kernels, channels and back.
KEYS = [b"\x1b[C", b"\x1b[C", b"n", b"\x1b[C", b"]", b"L", b"J", b"\x1b[D", b"}", b"n", b"\x1b[C", b"p"]
QUIET = 0.05  # seconds without output that mark a frame as fully drawn


def cpu_seconds(pid):
    """CPU time of a process in seconds, to the nanosecond (the scheduler's own count,
    /proc/PID/schedstat); /proc/PID/stat's user + system ticks (10 ms) where it is missing."""
    try:
        with open(f"/proc/{pid}/schedstat") as stat:
            return int(stat.read().split()[0]) / 1e9
    except (OSError, ValueError, IndexError):
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def drain(fd, quiet=QUIET, limit=10.0):
    """Reads the program's output until it has been quiet for `quiet` seconds; returns its size."""
    total, deadline = 0, time.monotonic() + limit
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            return total
        try:
            chunk = os.read(fd, 1 << 16)
        except OSError:
            return total
        if not chunk:
            return total
        total += len(chunk)
    return total


def wait_for_first_frame(fd, limit=60.0):
    """Reads until the output holds the status line's "quit", then until it is quiet for 0.3 s.
    Quiet alone is not enough: a big lesson is read before its first frame is drawn."""
    seen, deadline = b"", time.monotonic() + limit
    while time.monotonic() < deadline and b"quit" not in seen:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 1 << 16)
            except OSError:
                return
            if not chunk:
                return
            seen = seen[-8:] + chunk
    drain(fd, quiet=0.3)


def measure(binary, lesson, width, height, presses, draw=""):
    state = tempfile.mkdtemp(prefix="pointwise-pty-")
    pid, fd = pty.fork()
    if pid == 0:
        env = dict(os.environ, TERM="xterm-256color", XDG_STATE_HOME=state, LANG="C.UTF-8", POINTWISE_DRAW=draw)
        os.execve(binary, [binary, lesson, "--fresh"], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
    os.kill(pid, 28)  # SIGWINCH: the size was set after the start
    wait_for_first_frame(fd)
    # Idle: what the program spends with no key for as long as the presses will take.
    start = cpu_seconds(pid)
    wall = time.monotonic()
    drawn = 0
    for index in range(presses):
        os.write(fd, KEYS[index % len(KEYS)])
        drawn += drain(fd)
    busy_wall = time.monotonic() - wall
    busy = cpu_seconds(pid) - start
    idle_start = cpu_seconds(pid)
    drain(fd, quiet=busy_wall, limit=busy_wall + 1)
    idle = cpu_seconds(pid) - idle_start
    os.write(fd, b"q")
    drain(fd, quiet=0.2)
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.close(fd)
    shutil.rmtree(state, ignore_errors=True)
    return busy, idle, drawn


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.environ.get("POINTWISE", ".build/release/pointwise"))
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--presses", type=int, default=240)
    parser.add_argument("--draw", default="", help="ncurses: every frame through ncurses' window, as before frames were bytes")
    parser.add_argument("lessons", nargs="*", default=["intro", "fully-connected", "mobilenet", "inception"])
    arguments = parser.parse_args()
    if not os.path.exists(arguments.binary):
        sys.exit(f"no binary at {arguments.binary}: run `swift build -c release` first")
    width, height = (int(part) for part in arguments.size.split("x"))
    print(f"| lesson | size | presses | CPU per key press | idle CPU over the same time | bytes drawn per press |")
    print("|---|---|---|---|---|---|")
    for lesson in arguments.lessons:
        busy, idle, drawn = measure(arguments.binary, lesson, width, height, arguments.presses, arguments.draw)
        per_press = max(0.0, busy - idle) / arguments.presses * 1000
        print(f"| {lesson} | {width}×{height} | {arguments.presses} | {per_press:.3f} ms | {idle * 1000:.0f} ms |"
              f" {drawn // max(1, arguments.presses)} |")


if __name__ == "__main__":
    main()
