"""A named total over two levels of lines in one column, where a group may hold one line:
'Derby South', 'Derby', 'Nottingham West', 'Nottingham', ..., 'Grand total' (each region's line
under its one area, named by the place alone).

The tree reading takes an unnamed line for a total only over two lines or more: one line equal
to the line next to it is as likely a coincidence. So where every region had one area, no
region line was a total, the grand total explained nothing, and it was rounded on its own
(1,040 where the regions the copy shows add up to 1,020), which guidance R5 forbids.

Only for a named total the tree leaves unexplained, at the first or last of the lines: the
other lines, in order, part into runs each closed by a line adding up exactly the run before it
(or, the other way, opened by one adding up the run after it), two runs or more, and the named
total adds up exactly the closing lines, in every place (two places or more not 0). Such a
reading explains every line of the axis, and a total's place is held by arithmetic alone; with
one line in a run, which of the two is the total changes no figure the copy shows.
"""

from __future__ import annotations

from collections.abc import Callable

from wpxl.analyse.run_sums import equal_sum
from wpxl.analyse.totals import Axis

_MIN_PLACES = 2  # places a total must add up in, not 0, before a run of one is believed


def two_levels(
    axis: Axis, line: int, figure: Callable[[tuple[int, int]], float | None]
) -> dict[int, list[int]] | None:
    """The total ``line`` over the closing lines of the runs the other lines of ``axis`` part
    into, and each closing line over its run (see the doc); None where they do not so part."""
    lines = list(axis.lines)
    if line not in (lines[0], lines[-1]) or len(lines) < 5:
        return None
    vectors = {x: [figure(axis.coord(x, other)) for other in axis.across] for x in lines}
    if any(None in vector for vector in vectors.values()):
        return None  # a marker or a blank: not for so loose a reading

    def adds_up(total: int, parts: list[int]) -> bool:
        places = list(zip(vectors[total], *(vectors[p] for p in parts), strict=True))
        sums = all(equal_sum(v, list(ps)) for v, *ps in places)  # type: ignore[arg-type]
        return sums and sum(v != 0 for v, *_ in places) >= _MIN_PLACES

    others = [x for x in lines if x != line]
    for order, after in ((others, True), (others[::-1], False)):
        found: dict[int, list[int]] = {}
        run: list[int] = []
        for x in order:
            if run and adds_up(x, run):
                found[x] = run if after else run[::-1]
                run = []
            else:
                run.append(x)
        heads = sorted(found)
        if not run and len(found) >= 2 and adds_up(line, heads):
            return {line: heads, **found}
    return None
