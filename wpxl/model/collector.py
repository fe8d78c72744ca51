"""Run a stage with the cyclic garbage collector asked less often.

A sheet's model is hundreds of thousands of small objects that all live until the sheet is
done; at the default thresholds the collector walks them over and over (about a fifth of a
large sanitise, a sixth of ``wpxl check --against``). wpxl makes few reference cycles, so
collecting less often costs no memory. Sanitise and the proof (run on its own by ``check``)
both use it; nested, the inner one changes nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG = 200_000  # allocations between collections of the youngest generation (default 700)
OLDER = 20  # collections of the generation below between those of each older one (default 10)


@contextmanager
def fewer_collections() -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], YOUNG), max(before[1], OLDER), max(before[2], OLDER))
    try:
        yield
    finally:
        gc.set_threshold(*before)
