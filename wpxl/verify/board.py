"""Which of the proof's two processes runs each check of a sheet, settled as each gets to it.

The second process (wpxl.verify.alongside) is first given the share that weights measured in one
process foretell. Those weights cannot see that this process, grown large by the analysis, runs
the same checks slower than the small second process does, nor what a book's own sheets cost:
the second process finished first and this one worked on alone. So, done with its share, the
second process takes checks this process has not come to yet, and this process runs a check
only if it is still free when it comes to it. Each check is run once, by one process, and its
findings keep their place, so the findings are the same whoever ran it.

The board is memory shared by the two processes, made before the second is forked, so it holds a
fixed number of checks; a book with more keeps its later checks in this process.
"""

from __future__ import annotations

from multiprocessing.context import BaseContext

FREE, HERE, THERE = 0, 1, 2
CAPACITY = 8192  # checks on the board: nine a sheet, 910 sheets


class Board:
    """Each check's owner, by its place in the order this process comes to them, and the sheet
    this process has come to."""

    def __init__(self, context: BaseContext) -> None:
        self._owners = context.Array("b", CAPACITY)
        self._at = context.Value("i", 0, lock=False)  # guarded by the owners' lock

    def deal(self, count: int, reserved: set[int]) -> None:
        """A new proof's ``count`` checks free, but the ``reserved`` ones: the other process's."""
        with self._owners.get_lock():
            self._at.value = 0
            for place in range(min(count, CAPACITY)):
                self._owners[place] = THERE if place in reserved else FREE

    def reach(self, sheet: int) -> None:
        """This process has come to ``sheet``: the other takes no check of it it does not hold."""
        with self._owners.get_lock():
            self._at.value = sheet

    def here(self, place: int) -> bool:
        """Whether this process runs the check at ``place``, claiming it if it is still free."""
        if place >= CAPACITY:
            return True
        with self._owners.get_lock():
            if self._owners[place] == FREE:
                self._owners[place] = HERE
            return self._owners[place] == HERE

    def take(self, sheets: list[int], holding: int | None) -> int | None:
        """A free check for the other process, by its place (``sheets``: the sheet of each
        place), claimed: the last free one of the sheet whose pair it holds (``holding``), else
        the last of the first sheet this process has not come to (this process takes a sheet's
        checks from its first). None when there is neither: the rest are this process's."""
        with self._owners.get_lock():
            free = [p for p in range(min(len(sheets), CAPACITY)) if self._owners[p] == FREE]
            held = [p for p in free if sheets[p] == holding]
            ahead = [p for p in free if sheets[p] > self._at.value]
            chosen = held or [p for p in ahead if sheets[p] == sheets[ahead[0]]]
            if not chosen:
                return None
            self._owners[chosen[-1]] = THERE
            return chosen[-1]
