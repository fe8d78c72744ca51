"""The live bars in a terminal are redrawn as each stage ends, by the thread doing the work: no
refresh thread runs, so a large workbook's groups and a batch's workers can still be forked
(wpxl.cores.fork_context) rather than started afresh."""

from __future__ import annotations

import io
import threading

from rich.console import Console

from tests.builders import referrals_table, write_book
from wpxl.cli.progress import LARGE_WORKBOOK, BatchDisplay


def test_the_bars_run_no_thread_and_show_each_stage(tmp_path):
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": referrals_table([[121, 93]])})
    with source.open("ab") as padded:  # big enough for a bar of its own
        padded.write(b"\0" * LARGE_WORKBOOK)
    display = BatchDisplay([source], quiet=False, verbose=False)
    screen = io.StringIO()
    display._console = Console(file=screen, force_terminal=True, width=100)
    display.live = True
    before = threading.active_count()
    with display:
        display.stage(0, "started", 0, 5)
        display.stage(0, "read", 1, 5)
        assert threading.active_count() == before
    assert "pack.xlsx: analysing" in screen.getvalue()
