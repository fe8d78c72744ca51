"""Rows and columns folded away in a collapsed outline group, though not marked hidden.

Excel marks each line of a collapsed group ``hidden`` and its summary line ``collapsed``; a
file that marks only the summary line still shows the group folded away in LibreOffice, which
reads the outline itself. A line nobody sees there is hidden content, so the group's lines are
read as hidden: those next to a collapsed line, on the side away from its summary (above it
when summaries come below, Excel's default), whose level is deeper than its own. A collapsed
line with no deeper lines on that side folds those on its other side (fail closed).
"""

from __future__ import annotations

from typing import Any

from wpxl.model import Outline, Sheet

FOLDED = "rows or columns folded away in a collapsed outline group"


def folded_lines(outline: Outline) -> set[int]:
    """The lines of ``outline`` a collapsed group folds away."""
    levels, folded = outline.levels, set()
    for line in outline.collapsed:
        own = levels.get(line, 0)
        first, second = (-1, 1) if outline.summary_after else (1, -1)
        group = _deeper_run(levels, line, own, first) or _deeper_run(levels, line, own, second)
        folded.update(group)
    return folded


def _deeper_run(levels: dict[int, int], line: int, own: int, step: int) -> list[int]:
    run, at = [], line + step
    while at >= 0 and levels.get(at, 0) > own:
        run.append(at)
        at += step
    return run


def outlined(outline: Outline, first: int, last: int, el: Any) -> None:
    """A row's or a range of columns' outline level, and whether it is marked collapsed, from
    its element."""
    level = int(el.get("outlineLevel") or 0)
    for line in range(first, last + 1):
        if level:
            outline.levels[line] = level
        if el.get("collapsed") in ("1", "true"):
            outline.collapsed.add(line)


def fold(sheet: Sheet) -> list[tuple[str, int]]:
    """The sheet's rows and columns a collapsed group folds away, made hidden; the kind and
    how many, to count."""
    found = []
    for outline, hidden in ((sheet.row_outline, sheet.hidden_rows),
                            (sheet.col_outline, sheet.hidden_cols)):  # fmt: skip
        folded = folded_lines(outline) - hidden if outline.collapsed else set()
        if folded:
            found.append((FOLDED, len(folded)))
            hidden.update(folded)
    return found
