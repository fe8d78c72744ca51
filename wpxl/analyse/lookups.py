"""A figure looked up from another table (``=VLOOKUP($A4,Data!$A$4:$D$7,2,FALSE)``, HLOOKUP,
INDEX with MATCH, XLOOKUP) read as the cell it finds.

A dashboard that pulls each figure from a data sheet by its label is how many packs are made.
Read as formulas wpxl does not rebuild, every such figure was removed, and every total over
them with it: the dashboard was shared empty. An exact-match lookup names the one cell it
shows, so it is rebuilt as that cell of the copy (``=SUM(Data!B6)``), and the dashboard shows
the data sheet's own rounded figures. The cell is found as Excel finds it (the first line whose
key is equal, text in any case) and is taken only if it holds the value the lookup showed; an
approximate match, or a key or table wpxl cannot place, is left as it was, not understood.
"""

from __future__ import annotations

import re

from wpxl.analyse.book_sums import UNREBUILT
from wpxl.analyse.criteria_sums import CriteriaSums, cell_value, label_key, wanted_label
from wpxl.analyse.formulas import Ref, parse_ref
from wpxl.analyse.values import as_number
from wpxl.analyse.wrapped import arguments
from wpxl.model import Cell, Coord, Role, SheetAnalysis, SheetCoord

_LOOKUP = re.compile(r"(VLOOKUP|HLOOKUP|INDEX|(?:_xlfn\.)?XLOOKUP)\((.*)\)", re.IGNORECASE)
_MATCH = re.compile(r"MATCH\((.*)\)", re.IGNORECASE)
_EXACT = ("FALSE", "0")


def read_lookups(analyses: list[SheetAnalysis], sheets: dict[str, dict[Coord, Cell]]) -> None:
    """Every lookup (or SUMIFS) wpxl did not rebuild, on any sheet, becomes a total over the
    cell it finds (the cells it adds up); ``sheets``: every sheet's cells by name, for tables on
    other sheets."""
    sums = CriteriaSums(sheets)
    for analysis in analyses:
        name, cells, reasons = analysis.sheet.name, analysis.sheet.cells, analysis.reasons
        waiting = [c for c, why in reasons.items() if why.startswith(UNREBUILT)]
        for coord in waiting:
            formula, shown = cells[coord].formula, as_number(cells[coord].value)
            found = _found(formula, name, cells, sheets) if formula else None
            parts = (found,) if found is not None else sums.parts(formula or "", name, cells)
            table = next((t for t in analysis.tables if coord in t.area), None)
            if parts is None or table is None or shown is None:
                continue
            if sum(as_number(_shown(sheets, p)) or 0 for p in parts) != shown:
                continue  # not the cells it showed: how Excel found them is not known
            table.totals[coord] = parts
            analysis.roles[coord] = Role.TOTAL
            del reasons[coord]


def _found(
    formula: str, home: str, cells: dict[Coord, Cell], sheets: dict[str, dict[Coord, Cell]]
) -> SheetCoord | None:
    call = _LOOKUP.fullmatch(formula.strip())
    args = arguments(call.group(2)) if call else None
    if call is None or args is None:
        return None
    name = call.group(1).upper().removeprefix("_XLFN.")
    if name == "INDEX":
        return _index(args, home, cells, sheets)
    if name == "XLOOKUP":
        return _xlookup(args, home, cells, sheets)
    if len(args) != 4 or args[3].upper() not in _EXACT:
        return None
    key, table, place = wanted_label(args[0], cells), parse_ref(args[1]), args[2]
    if key is None or table is None or not place.isdecimal() or int(place) < 1:
        return None
    sheet = table.sheet or home
    return _match(key, table, int(place) - 1, name == "VLOOKUP", sheet, sheets.get(sheet, {}))


def _index(
    args: list[str], home: str, cells: dict[Coord, Cell], sheets: dict[str, dict[Coord, Cell]]
) -> SheetCoord | None:
    """``INDEX(table, row, [column])``, each place a number or an exact ``MATCH``."""
    table = parse_ref(args[0]) if args else None
    if table is None or not 2 <= len(args) <= 3:
        return None
    places = [_place(a, home, cells, sheets) for a in args[1:]]
    if any(p is None for p in places):
        return None
    if len(places) == 1:  # one number along a table one line wide
        if table.left == table.right:
            places.append(1)
        elif table.top == table.bottom:
            places.insert(0, 1)
        else:
            return None
    row, col = table.top + places[0] - 1, table.left + places[1] - 1  # type: ignore[operator]
    if not (table.top <= row <= table.bottom and table.left <= col <= table.right):
        return None
    return (table.sheet or home, row, col)


def _place(
    text: str, home: str, cells: dict[Coord, Cell], sheets: dict[str, dict[Coord, Cell]]
) -> int | None:
    """A place along a table: a number, or ``MATCH(key, line, 0)``'s."""
    if text.isdecimal():
        return int(text)
    call = _MATCH.fullmatch(text.strip())
    args = arguments(call.group(1)) if call else None
    if args is None or len(args) != 3 or args[2] not in ("0",):
        return None
    key, line = wanted_label(args[0], cells), parse_ref(args[1])
    if key is None or line is None or (line.top != line.bottom and line.left != line.right):
        return None
    found = _match(key, line, 0, line.left == line.right, line.sheet or home,
                   sheets.get(line.sheet or home, {}))  # fmt: skip
    return None if found is None else found[1] - line.top + found[2] - line.left + 1


def _xlookup(
    args: list[str], home: str, cells: dict[Coord, Cell], sheets: dict[str, dict[Coord, Cell]]
) -> SheetCoord | None:
    """``XLOOKUP(key, keys, results)``: exact and first to last, unless told otherwise."""
    mode, order = (args[4] if len(args) > 4 else ""), (args[5] if len(args) > 5 else "")
    if not 3 <= len(args) <= 6 or mode not in ("", "0") or order not in ("", "1"):
        return None
    key, keys, results = wanted_label(args[0], cells), parse_ref(args[1]), parse_ref(args[2])
    if key is None or keys is None or results is None:
        return None
    down = keys.left == keys.right
    sheet = keys.sheet or home
    found = _match(key, keys, 0, down, sheet, sheets.get(sheet, {}))
    if found is None:
        return None
    step = found[1] - keys.top if down else found[2] - keys.left
    row, col = (results.top + step, results.left) if down else (results.top, results.left + step)
    one_line = results.left == results.right if down else results.top == results.bottom
    return (results.sheet or home, row, col) if one_line else None


def _match(
    key: object, table: Ref, offset: int, down: bool, sheet: str, cells: dict[Coord, Cell]
) -> SheetCoord | None:
    """The cell ``offset`` across (``down``: columns; else rows) from the first key in the
    table's first column (or row) equal to ``key``, as Excel compares them."""
    wanted = label_key(key)
    if wanted is None or offset > (table.right - table.left if down else table.bottom - table.top):
        return None
    lines = range(table.top, table.bottom + 1) if down else range(table.left, table.right + 1)
    for line in lines:
        coord = (line, table.left) if down else (table.top, line)
        if label_key(cell_value(cells.get(coord))) == wanted:
            return (sheet, line, table.left + offset) if down else (sheet, table.top + offset, line)
    return None


def _shown(sheets: dict[str, dict[Coord, Cell]], found: SheetCoord) -> object:
    cell = sheets.get(found[0], {}).get((found[1], found[2]))
    return None if cell is None else cell.value
