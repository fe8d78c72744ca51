"""Conditional formats that can show or hide a cell: the colours their rules may paint.

A rule's look (its ``dxf``) can turn a cell's text white on the sheet's white, which hides
it as surely as a white font does, or give it a number format that shows text as nothing
(';;;'); or lay a red, amber or green fill under a count written in
white, which shows it. Rules' conditions are not evaluated: what a rule may do, it is taken to
do. So text any rule could lose in its background is hidden (fail closed), and a number lost
only in its own background's colour is shown when a rule over it fills it in a colour it
stands out on: counts are rounded whatever, and a traffic-light table shows every one.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from openpyxl.utils.cell import range_boundaries

from wpxl.model import CellRange, ConditionalLook, Coord, Sheet
from wpxl.read.invisible import HIDDEN_BY_FORMAT, INVISIBLE_CELLS, alike
from wpxl.read.numformats import hides
from wpxl.read.seen import SheetExtras, hide
from wpxl.read.styles import StyleTable, dxf_look

M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
X14 = "{http://schemas.microsoft.com/office/spreadsheetml/2009/9/main}"
_XM = "{http://schemas.microsoft.com/office/excel/2006/main}"
CONDITIONAL, CONDITIONAL_2010 = M + "conditionalFormatting", X14 + "conditionalFormatting"


def conditional_looks(el: ET.Element, styles: StyleTable) -> list[ConditionalLook]:
    """The looks of a ``<conditionalFormatting>`` element's rules (or Excel 2010's, whose
    rules hold their own ``dxf``) that paint a font colour or a fill, or set a number format."""
    if el.tag == CONDITIONAL:
        ranges = _ranges(el.get("sqref") or "")
        dxfs = styles.dxfs()
        ids = [r.get("dxfId") or "" for r in el.iter(M + "cfRule")]
        found = [dxfs[int(i)] for i in ids if i.isdigit() and int(i) < len(dxfs)]
    else:
        ranges = _ranges(el.findtext(_XM + "sqref") or "")
        found = [dxf_look(d, styles.palette) for d in el.iter(X14 + "dxf")]
    return [ConditionalLook(ranges, *look) for look in found if any(look)]


def _ranges(sqref: str) -> tuple[CellRange, ...]:
    ranges = []
    for part in sqref.split():
        min_col, min_row, max_col, max_row = range_boundaries(part.replace("$", ""))
        ranges.append(CellRange(min_row - 1, min_col - 1, max_row - 1, max_col - 1))
    return tuple(ranges)


def settle(
    sheet: Sheet, extras: SheetExtras, styles: StyleTable, style_ids: dict[int, int]
) -> None:
    """Once the sheet's rules are known: each held number shown if a rule's fill shows it, else
    hidden; each text a rule's colours could lose in its background, or its number format show
    as nothing, hidden. ``style_ids``: the
    style index of each of the sheet's Styles, by id()."""
    held = extras.held  # a hidden sheet's cells are all hidden content already: none held
    over = _rules_over(sheet, held) if sheet.conditional and sheet.visible else {}
    for coord, (cell, inks, kind) in held.items():
        if any(_shows(rule, inks) for rule in over.get(coord, ())):
            sheet.cells[coord] = cell
        else:
            hide(extras, kind, cell.value, cell.formula)
    held.clear()
    for coord, rules in over.items():
        cell = sheet.cells.get(coord)
        if cell is None or not isinstance(cell.value, str):
            continue
        style_id = style_ids[id(cell.style)]
        inks = styles.inks(style_id, 0, True)
        if any(r.number_format is not None and hides(r.number_format, 0, True) for r in rules):
            kind = HIDDEN_BY_FORMAT
        elif _may_hide(rules, inks, styles.look(style_id).plain()):
            kind = INVISIBLE_CELLS
        else:
            continue
        del sheet.cells[coord]
        hide(extras, kind, cell.value, cell.formula)


def _rules_over(sheet: Sheet, held: dict[Coord, tuple]) -> dict[Coord, list]:
    """The rules over each text and held cell some rule covers. Each range is walked place by
    place when smaller than the cells to judge, else those cells are tested against it (a
    rule over whole columns costs one pass over them, not a million places)."""
    judged = {c for c, cell in sheet.cells.items() if isinstance(cell.value, str)} | set(held)
    over: dict[Coord, list[ConditionalLook]] = {}
    for rule in sheet.conditional:
        for rng in rule.ranges:
            if (rng.bottom - rng.top + 1) * (rng.right - rng.left + 1) <= len(judged):
                places = ((row, col) for row in range(rng.top, rng.bottom + 1)
                          for col in range(rng.left, rng.right + 1))  # fmt: skip
                inside = [c for c in places if c in judged]
            else:
                inside = [c for c in judged if c in rng]
            for coord in inside:
                rules = over.setdefault(coord, [])
                if rule not in rules:
                    rules.append(rule)
    return over


def _shows(rule: ConditionalLook, inks: tuple[str | None, ...]) -> bool:
    """Whether the rule lays a fill under the number that every colour it may show in stands
    out on."""
    colours = [rule.font_color] if rule.font_color else [ink for ink in inks if ink]
    fill = rule.fill_color
    return fill is not None and bool(colours) and not any(alike(c, fill) for c in colours)


def _may_hide(
    rules: list[ConditionalLook], inks: tuple[str | None, ...], background: str | None
) -> bool:
    """Whether any rule, alone or with the others, may paint the text in its background's
    colour: its font on its own fill, or (where it sets only one) on the cell's own or another
    rule's fill, in the cell's own or another rule's font colour."""
    for rule in rules:
        others = [r for r in rules if r is not rule]
        fonts = [rule.font_color] if rule.font_color else [*inks, *(r.font_color for r in others)]
        fills = (
            [rule.fill_color] if rule.fill_color else [background, *(r.fill_color for r in others)]
        )
        if any(f and b and alike(f, b) for f in fonts for b in fills):
            return True
    return False
