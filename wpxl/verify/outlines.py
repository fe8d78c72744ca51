"""The proof's own reading of which rows and columns a collapsed outline group folds away.

wpxl.read records each line's outline level and which lines are marked collapsed, as the XML
states them; this module decides afresh which lines nobody sees, so a group the reader left
open is still caught: a collapsed line folds every line next to it deeper than itself, on the
side away from the group's summary or, where that side has none, on the other.
"""

from __future__ import annotations

from wpxl.model import Outline, Sheet


def folded(sheet: Sheet) -> tuple[set[int], set[int]]:
    """The rows and the columns of ``sheet`` folded away in collapsed groups."""
    return _folded(sheet.row_outline), _folded(sheet.col_outline)


def _folded(outline: Outline) -> set[int]:
    lines: set[int] = set()
    for mark in outline.collapsed:
        depth = outline.levels.get(mark, 0)
        before = _run(outline, mark, depth, -1)
        after = _run(outline, mark, depth, 1)
        group = (before or after) if outline.summary_after else (after or before)
        lines.update(group)
    return lines


def _run(outline: Outline, mark: int, depth: int, step: int) -> list[int]:
    """The lines from the one next to ``mark`` on, each deeper than ``depth``."""
    lines = []
    line = mark + step
    while line >= 0 and outline.levels.get(line, 0) > depth:
        lines.append(line)
        line += step
    return lines
