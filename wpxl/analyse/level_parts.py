"""A line level with a line it would add up: a sibling equal to them by chance, or a total the
figures bear out in every column.

Labels set in to show levels (an indent, or the labels' columns) put a total out from its parts:
'  Craven North', 12, over '  Halifax South', 0, and '  Calderdale', 12, all three under
'East', 24, in one period's column, are siblings, whatever they add up to. But an analyst who
lays out regions in a column of their own ('Region | Office', the region on its own line) may
write the contract package areas in the office column, each on top of its offices: 'CPA 7' over
'Leeds', 'Bradford', 'Wakefield', level with them by column, its figures their sum in every
month. Read as a sibling, nothing added up the offices, the region added up nothing it stood
over, and the copy rounded every line on its own (CPA 7's 240 over offices showing 220),
which guidance R5 forbids. Such a line is their total where every part is level with it and
it is their exact sum in every column, three or more not 0: a chance no sibling meets. A run
mixing levels ('Males' over 'Robbery' and the thefts set in under 'Total theft and handling')
says where its groups are, and is left to them.
"""

from __future__ import annotations

LEVEL_MATCHES = 3  # columns not 0 where a line level with its parts must add them up exactly


def level_with_a_part(
    indents: dict[int, int],
    nodes: dict[int, tuple[int, list[int] | None]],
    seq: list[int],
    line: int,
    kids: list[int],
) -> bool:
    """Whether labels set in to show levels put ``line`` level with a line of its run that
    totals nothing (``nodes``: each position of ``seq``'s next sibling and children, None for
    a leaf, as analyse/trees reads them)."""
    if not indents or line not in indents:
        return False
    level = indents[line]
    return any(nodes[k][1] is None and indents.get(seq[k], level + 1) <= level for k in kids)


def borne_out(level: tuple[dict[int, int], list[int], int], exact: int, misses: int) -> bool:
    """Whether a line level with a part of its run adds it up as a total must: every part a
    line level with it (``level``: the lines' indents, the run's lines and the line; a run
    mixing levels says where its groups are, as 'Males' over 'Robbery' and the thefts set in
    under their total), exactly in every column where they hold figures (``misses``: the
    columns it does not, or cannot be told), ``LEVEL_MATCHES`` or more of them not 0."""
    indents, parts, line = level
    flat = all(indents.get(part) == indents[line] for part in parts)
    return flat and not misses and exact >= LEVEL_MATCHES
