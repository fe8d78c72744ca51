"""What a benchmarked command and the processes it starts hold in memory between them (Linux)."""

from __future__ import annotations

import os


def tree_pss_kb(pid: int) -> int:
    """The proportional set size (KiB) of a process and all its descendants: pages a forked
    worker still shares with its parent are counted once between them, not once each."""
    total, waiting = 0, [pid]
    while waiting:
        process = waiting.pop()
        try:
            with open(f"/proc/{process}/smaps_rollup") as rollup:
                total += next(int(line.split()[1]) for line in rollup if line.startswith("Pss:"))
            for task in os.listdir(f"/proc/{process}/task"):
                with open(f"/proc/{process}/task/{task}/children") as children:
                    waiting.extend(int(c) for c in children.read().split())
        except (OSError, StopIteration):  # ended between two reads, or not Linux
            continue
    return total
