"""A line followed by its parts and a group the table does not show, read as one part.

ONS gives 'SCOTLAND' above its council areas, which add up to a little less than it (births
whose council area is not known): Scotland is no total of them, so the trees read it as a line
and each council area as a line beside it. 'UNITED KINGDOM' above, the sum of England, Wales
and elsewhere, Scotland and Northern Ireland, is then over no run of lines, and was rounded on
its own. When a line's run of parts finds none, it is scanned again with each such line and the
lines under it taken as one part: the line's figures count, the lines under it are passed over.
"""

from __future__ import annotations

UNSHOWN_SHARE = 0.2  # at most this share of a line may be a group its table does not show


class UnshownGroups:
    """Where the part that starts at each position of a reading ends when the lines under a
    line that are a little less than it, together, are taken with it."""

    def __init__(
        self,
        seq: list[int],
        vectors: dict[int, list[float | None]],
        nodes: dict[int, tuple[int, list[int] | None]],
    ) -> None:
        self.seq, self.vec, self.nodes = seq, vectors, nodes
        self.ends: dict[int, int] = {}

    def end(self, at: int) -> int:
        """The position after the part starting at ``at``: after its group when the line there
        is a leaf over two or more nodes a little less than it, else after its own node."""
        if at not in self.ends:
            self.ends[at] = self._group_end(at)
        return self.ends[at]

    def _group_end(self, at: int) -> int:
        after = self.nodes[at][0]
        if self.nodes[at][1] is not None:
            return after
        head = self.vec[self.seq[at]]
        figures = [value or 0.0 for value in head]  # worked out once, not once a comparison
        key = max(range(len(head)), key=figures.__getitem__, default=None)
        if key is None or not head[key]:
            return after
        kids: list[int] = []
        acc, j = 0.0, after
        while j < len(self.seq) and acc + (self.vec[self.seq[j]][key] or 0.0) <= head[key]:
            acc += self.vec[self.seq[j]][key] or 0.0
            kids.append(j)
            j = self.nodes[j][0]
        return j if len(kids) >= 2 and self._short_of(head, kids) else after

    def _short_of(self, head: list[float | None], kids: list[int]) -> bool:
        """The parts add up to a little less than the head in every column where all hold
        figures (and to less in one at least): a group not shown, not lines beside it."""
        short = False
        for k, value in enumerate(head):
            parts = [self.vec[self.seq[p]][k] for p in kids]
            if value is None or None in parts:
                continue
            gap = value - sum(p or 0.0 for p in parts)
            if gap < 0 or gap > UNSHOWN_SHARE * value:
                return False
            short = short or gap > 0
        return short
