"""When this process may be copied (forked) to use a second core.

Three places use a worker process: a batch (one workbook a core), the analysis of one
workbook's sheet groups ahead of its planning (wpxl.ahead), and the proof's checks of one
copy's sheets beside the rest of its proof (wpxl.verify.alongside). Each asks here, and only
one of them may use the cores at a time: a batch using every core tells the workbooks in it.
"""

from __future__ import annotations

import multiprocessing
import threading
from multiprocessing.context import BaseContext


def fork_context() -> BaseContext | None:
    """Fork, where this process can be copied safely: a copy has wpxl imported already. A
    process with another thread running is never forked: the copy would hold that thread's
    locks, never released (so the live progress bars are redrawn without one)."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return None
