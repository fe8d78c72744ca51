"""Something made once per distinct Style (a writer's format, a stored style's number).

Cells share a handful of Style objects, so each object is looked up by identity first: hashing a
Style's sixteen fields for every cell would cost more than writing the cell.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from wpxl.model import Style

T = TypeVar("T")


class StyleMemo(Generic[T]):
    """``make`` is called once per distinct Style, in first-use order (so deterministically)."""

    def __init__(self, make: Callable[[Style], T]) -> None:
        self._make = make
        self._by_value: dict[Style, T] = {}
        self._by_id: dict[int, tuple[Style, T]] = {}  # id -> (the object, kept alive; result)

    def __call__(self, style: Style) -> T:
        seen = self._by_id.get(id(style))
        if seen is not None and seen[0] is style:
            return seen[1]
        made = self._by_value.get(style)
        if made is None:
            made = self._by_value[style] = self._make(style)
        self._by_id[id(style)] = (style, made)
        return made
