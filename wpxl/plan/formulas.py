"""Write the formulas wpxl plans: sums over rounded cells, and ratios of two rounded cells."""

from __future__ import annotations

from itertools import groupby
from operator import itemgetter

from wpxl.model import Coord, SheetCoord
from wpxl.model.sheetref import a1, quote_sheet

MAX_SUM_ARGS = 255
_ROW, _COL = itemgetter(1), itemgetter(2)
_SHEET_ROW, _SHEET_COL = itemgetter(0, 1), itemgetter(0, 2)
Run = tuple[str, int, int, int, int]  # a run's sheet and corners: top, left, bottom, right


def sum_formula(parts: list[tuple[str, int, int]], home: str) -> str:
    """``SUM`` over the parts, as few ranges as possible; ``+`` joins SUMs past Excel's 255 args."""
    ordered = sorted(dict.fromkeys(parts))  # in order as given (a set would scramble the run)
    run = one_run(ordered)
    if run is not None:  # most totals: one run along a row or down a column
        return f"SUM({line_range(*run, home)})"
    args: list[str] = []
    for (sheet, col), group in groupby(ordered, key=lambda p: (p[0], p[2])):
        rows = [r for _, r, _ in group]
        prefix = "" if sheet == home else quote_sheet(sheet) + "!"
        start = prev = rows[0]
        for row in [*rows[1:], None]:
            if row is not None and row == prev + 1:
                prev = row
                continue
            ref = a1(start, col) if start == prev else f"{a1(start, col)}:{a1(prev, col)}"
            args.append(prefix + ref)
            if row is not None:
                start = prev = row
    args = _rows_as_ranges(args, ordered, home)
    chunks = [args[i : i + MAX_SUM_ARGS] for i in range(0, len(args), MAX_SUM_ARGS)]
    return "+".join(f"SUM({','.join(chunk)})" for chunk in chunks)


def line_range(sheet: str, top: int, left: int, bottom: int, right: int, home: str) -> str:
    """One run of a row or a column as a formula names it from ``home`` (a single cell alone)."""
    prefix = "" if sheet == home else quote_sheet(sheet) + "!"
    if (top, left) == (bottom, right):
        return prefix + a1(top, left)
    return f"{prefix}{a1(top, left)}:{a1(bottom, right)}"


def one_run(parts: list[SheetCoord]) -> Run | None:
    """The sheet and corners (top, left, bottom, right) of parts that fill one run of a row or
    of a column, each cell once and in any order: most totals, told apart without sorting
    thousands of parts. None for any other shape."""
    sheet, row, col = parts[0]
    # the parts' (sheet, line) pairs and places along it, gathered by map: no Python step a part
    if len(parts) > 1 and parts[1][1] == row:  # along a row
        if set(map(_SHEET_ROW, parts)) != {(sheet, row)}:
            return None
        lines = set(map(_COL, parts))
        first, last = min(lines), max(lines)
        corners = (sheet, row, first, row, last)
    else:  # down a column
        if set(map(_SHEET_COL, parts)) != {(sheet, col)}:
            return None
        lines = set(map(_ROW, parts))
        first, last = min(lines), max(lines)
        corners = (sheet, first, col, last, col)
    return corners if len(lines) == len(parts) == last - first + 1 else None


def _rows_as_ranges(args: list[str], parts: list[tuple[str, int, int]], home: str) -> list[str]:
    """A run of single cells along one row reads better as one range (B5:F5, not B5,C5,...)."""
    if len(args) < 2 or len({p[0] for p in parts}) != 1 or len({p[1] for p in parts}) != 1:
        return args
    sheet, row, _ = parts[0]
    cols = [p[2] for p in parts]
    if cols != list(range(cols[0], cols[0] + len(cols))):
        return args
    prefix = "" if sheet == home else quote_sheet(sheet) + "!"
    return [f"{prefix}{a1(row, cols[0])}:{a1(row, cols[-1])}"]


def ratio_formula(numerator: Coord, denominator: Coord) -> str:
    return f"{a1(*numerator)}/{a1(*denominator)}"
