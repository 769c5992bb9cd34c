#!/usr/bin/env python3
"""The first frame as a learner sees it: `pointwise LESSON` started on a pseudo-terminal, timed
from the start of the process until its first frame has been written whole.

`scripts/bench-first-frame.sh` times `pointwise render` (the frame as text, no terminal). This
runs the interactive program on a pty of the given size, in a plain UTF-8 xterm environment
with a fresh state folder (no progress to resume, no recent files), and reads what it writes
until the status line's "quit" has arrived: everything a learner waits for, start-up, reading
the lesson, the tutor's bookkeeping, ncurses' setup and the frame's bytes. The lessons are run
in turn, RUNS rounds, so the machine's other load falls on all alike; the report gives each
median and its ratio to the first lesson's.

Usage: scripts/bench-first-frame-pty.py [--binary PATH] [--size 120x40] [--runs 40] LESSON ...
(default lessons: intro and the 1.0 MB explicit lesson, made by scripts/make-explicit-lesson.py;
the binary defaults to .build/release/pointwise)
"""
import argparse
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time


def first_frame_ms(binary, lesson, columns, rows):
    """Milliseconds from the fork to the first frame's status line, or None if it never came."""
    with tempfile.TemporaryDirectory() as state:
        start = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            os.environ.update(TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8", XDG_STATE_HOME=state, HOME=state)
            os.environ.pop("COLORTERM", None)
            os.execv(binary, [binary, lesson, "--fresh"])
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        seen = b""
        elapsed = None
        deadline = start + 30
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([fd], [], [], 1.0)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen = seen[-64:] + chunk
            if b"quit" in seen:
                elapsed = (time.perf_counter() - start) * 1000
                break
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
        os.close(fd)
        return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=".build/release/pointwise")
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("lessons", nargs="*")
    arguments = parser.parse_args()
    columns, rows = (int(part) for part in arguments.size.split("x"))
    lessons = arguments.lessons
    work = tempfile.TemporaryDirectory()
    if not lessons:
        explicit = os.path.join(work.name, "explicit-1mb.md")
        script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "make-explicit-lesson.py")
        subprocess.run([sys.executable, script, "-o", explicit], check=True)
        lessons = ["intro", explicit]
    if not os.access(arguments.binary, os.X_OK):
        sys.exit(f"no binary at {arguments.binary}: build it with `swift build -c release`")
    times = {lesson: [] for lesson in lessons}
    for _ in range(arguments.runs):
        for lesson in lessons:
            elapsed = first_frame_ms(arguments.binary, lesson, columns, rows)
            if elapsed is None:
                sys.exit(f"{lesson}: no first frame within 30 s")
            times[lesson].append(elapsed)
    first = statistics.median(times[lessons[0]])
    print(f"| lesson | first frame on a {columns}×{rows} pty (median of {arguments.runs}) | ÷ {os.path.basename(lessons[0])} |")
    print("|---|---|---|")
    for lesson in lessons:
        median = statistics.median(times[lesson])
        print(f"| {os.path.basename(lesson)} | {median:.2f} ms | {median / first:.2f}× |")


if __name__ == "__main__":
    main()
