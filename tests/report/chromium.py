"""Render a page in real headless Chromium: a screenshot, and what the page wrote to its console.

Chromium logs console messages and uncaught script errors to stderr as ``INFO:CONSOLE`` lines
when run with ``--enable-logging=stderr --v=0``; a private profile keeps runs apart.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

_CONSOLE = re.compile(r":CONSOLE[:(]\d+\)?\] (.*)")


@dataclass(frozen=True, slots=True)
class Rendering:
    screenshot: Path
    console: list[str]


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def render(page: Path, work: Path, width: int = 1280, height: int = 2000) -> Rendering:
    binary = chromium()
    assert binary is not None, "chromium is not installed (Debian package 'chromium')"
    shot = work / f"{page.stem}.png"
    done = subprocess.run(
        [
            binary,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            f"--user-data-dir={work / 'chromium-profile'}",
            f"--window-size={width},{height}",
            f"--screenshot={shot}",
            "--enable-logging=stderr",
            "--v=0",
            page.resolve().as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and shot.exists(), done.stderr[-2000:]
    return Rendering(shot, [m.group(1) for m in _CONSOLE.finditer(done.stderr)])
