"""The tree of a table's totals in words, for ``wpxl inspect``: which row (or column) adds up
which, nested as the source nests them, and the rows no total covers (an "Unknown" row the
source's total leaves out), which stay counts.

Only line numbers and the workbook's own labels are shown, never a figure; a label that could
quote one is not repeated, as the output would not repeat it.
"""

from __future__ import annotations

from wpxl.model import Coord, Role, SheetAnalysis, Table
from wpxl.model.sheetref import a1, runs
from wpxl.read.quoted_figures import could_quote_a_figure

FIGURES = (Role.COUNT, Role.TOTAL)


def describe_trees(analysis: SheetAnalysis, table: Table) -> list[str]:
    lines: list[str] = []
    for by_row in (True, False):
        children = _children(analysis, table, by_row)
        if not children:
            continue
        noun = "row" if by_row else "column"
        lines.append(f"{noun}s as a tree of totals (each the sum of the {noun}s under it):")
        inner = {kid for kids in children.values() for kid in kids}
        for root in sorted(t for t in children if t not in inner):
            lines.extend(_branch(analysis, table, children, root, by_row, depth=1))
        outside = _outside(analysis, table, children, inner, by_row)
        if outside:
            shown = ", ".join(f"{_name(x, by_row)} {_label(analysis, table, x, by_row)}"
                              for x in outside)  # fmt: skip
            lines.append(f"  {noun}s outside every total (kept as counts): {shown}")
    return lines


def _children(analysis: SheetAnalysis, table: Table, by_row: bool) -> dict[int, list[int]]:
    """Each total line and the lines its cells add up along the other axis (same sheet)."""
    sheet = analysis.sheet.name
    found: dict[int, set[int]] = {}
    keep, move = (1, 0) if by_row else (0, 1)
    for coord, parts in table.totals.items():
        if not parts or any(p[0] != sheet or p[keep + 1] != coord[keep] for p in parts):
            continue
        found.setdefault(coord[move], set()).update(p[move + 1] for p in parts)
    return {line: sorted(kids - {line}) for line, kids in found.items() if kids - {line}}


def _branch(
    analysis: SheetAnalysis,
    table: Table,
    children: dict[int, list[int]],
    line: int,
    by_row: bool,
    depth: int,
    seen: frozenset[int] = frozenset(),
) -> list[str]:
    kids = children[line]
    noun = "rows" if by_row else "columns"
    text = f"{_name(line, by_row)} {_label(analysis, table, line, by_row)} = {noun} "
    lines = ["  " * depth + text + _spans(kids, by_row)]
    for kid in kids:
        if kid in children and kid not in seen:
            lines.extend(_branch(analysis, table, children, kid, by_row, depth + 1, seen | {line}))
    return lines


def _outside(
    analysis: SheetAnalysis,
    table: Table,
    children: dict[int, list[int]],
    inner: set[int],
    by_row: bool,
) -> list[int]:
    """Lines holding figures that are neither a total nor inside one."""
    lines = table.body_rows if by_row else table.body_cols
    across = table.body_cols if by_row else table.body_rows

    def has_figures(line: int) -> bool:
        coords: list[Coord] = [(line, x) if by_row else (x, line) for x in across]
        return any(analysis.roles.get(c) in FIGURES for c in coords)

    return [x for x in lines if x not in children and x not in inner and has_figures(x)]


def _name(line: int, by_row: bool) -> str:
    return f"row {line + 1}" if by_row else f"column {a1(0, line)[:-1]}"


def _spans(lines: list[int], by_row: bool) -> str:
    """Runs of neighbouring lines as first-last: 'rows 7-8, 11'."""
    show = (lambda x: str(x + 1)) if by_row else (lambda x: a1(0, x)[:-1])
    return ", ".join(
        show(run[0]) if len(run) == 1 else f"{show(run[0])}-{show(run[-1])}" for run in runs(lines)
    )


def _label(analysis: SheetAnalysis, table: Table, line: int, by_row: bool) -> str:
    """The line's own words, quoted: its row label or its column header."""
    cells = analysis.sheet.cells
    where = (
        [(line, c) for c in table.label_cols] if by_row else [(r, line) for r in table.header_rows]
    )
    words = [str(cell.value).strip() for c in where if (cell := cells.get(c)) is not None
             and isinstance(cell.value, str) and cell.value.strip()]  # fmt: skip
    text = " ".join(" ".join(words).split())
    if not text:
        return "(no label)"
    if could_quote_a_figure(text):
        return "(a label that quotes a figure: not shown)"
    return f"'{text[:60]}'"
