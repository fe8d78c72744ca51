"""Run a stage without the cyclic garbage collector, and collect once it is done.

A sheet's model is hundreds of thousands of small objects that all live until the sheet is
done. The collector walks every new object it finds, and finds nothing: wpxl makes no
reference cycles that hold a sheet (tests/e2e/test_groups.py and
tests/verify/test_proof_frees_sheets.py keep it so), and everything else is freed as it is
let go. At the default thresholds those walks were about a fifth of a large sanitise; asked
200,000 allocations apart, still a tenth of the planning process's time on a 1M-cell workbook
(gen 0 alone, 104 walks of 29 ms). So it is off while a workbook is done, and what the run
may have left in a cycle is collected when it ends: the run's own objects, all still young.
Sanitise and the proof (run on its own by ``check``) both use it; nested, the inner one
changes nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def fewer_collections() -> Iterator[None]:
    if not gc.isenabled():  # nested, or the caller's own choice: left as it is
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)  # the run's objects were never collected, so all are in generation 0
