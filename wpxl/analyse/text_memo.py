"""How many texts a reading of labels, headers or formulas remembers: a whole sheet's.

A label's words are read by about eight readings, each walking the sheet's labels top to bottom
in its turn (totals, subsets, measures, money, rates, periods...). A memo of 4,096 texts held a
small sheet's labels, but a council x month sheet of 19,200 rows had forgotten the first label
long before the next reading asked about it again: every asking missed, and each label's words
were worked out eight times, a twentieth of the analysis of a 1M-cell book. A memo of 65,536
texts holds a sheet of the largest size wpxl is measured on (38,400 rows in one sheet) between
the readings. Once a group of sheets is analysed, a memo holding more texts than a small book
has is let go (``let_go_of_large``): kept, a sheet of 19,200 labels held 28 MB more while it was
planned and proved, for labels no other sheet repeats; a pack whose sheets repeat a few hundred
offices keeps them from sheet to sheet.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

TEXTS_A_SHEET = 1 << 16
KEPT = 4096  # texts a memo keeps from one group of sheets to the next

_Reading = TypeVar("_Reading", bound=Callable[..., Any])
_MEMOS: list[Any] = []


def by_text(reading: _Reading) -> _Reading:
    """``reading`` worked out once per distinct text while a sheet is read."""
    remembered = lru_cache(maxsize=TEXTS_A_SHEET)(reading)
    _MEMOS.append(remembered)
    return remembered  # type: ignore[return-value]


def let_go_of_large() -> None:
    """Each memo holding more texts than ``KEPT`` emptied: a large sheet's labels, not asked
    about again once its group is analysed."""
    for memo in _MEMOS:
        if memo.cache_info().currsize > KEPT:
            memo.cache_clear()
