#!/usr/bin/env python3
"""Rewrites the screen in README.md with what `pointwise render` draws today.

Run after `swift build`: python3 scripts/update-readme-screen.py
A test (CommandLineTests, "the screen in the README ...") fails when the two differ.
"""
import pathlib
import subprocess

root = pathlib.Path(__file__).resolve().parent.parent
readme = root / "README.md"
text = readme.read_text(encoding="utf-8")
screen = subprocess.run(
    [str(root / ".build/debug/pointwise"), "render", "intro", "--keys", "n l l l l l"],
    check=True, capture_output=True, text=True).stdout
intro = text.index("This is the screen after six steps")
start = text.index("```\n", intro) + 4
end = text.index("\n```\n", start)
readme.write_text(text[:start] + screen.rstrip("\n") + text[end:], encoding="utf-8")
