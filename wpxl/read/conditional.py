"""Conditional formats that can show or hide a cell: the colours their rules may paint.

A rule's look (its ``dxf``) can turn a cell's value white on the sheet's white, which hides
it as surely as a white font does, or give it a number format that shows it as nothing
(';;;'), as can a data bar or icon set set to show no value; or lay a red, amber or green
fill under a count written in white, which shows it. A rule comparing the value with numbers
('cell value less than 10') is taken to apply where the value meets it; any other rule's
condition is not evaluated: what it may do, it is taken to do. So a value any rule that may
apply to it could lose in its background, or show as nothing, is hidden (fail closed; a zero
shown as nothing hides nothing worth counting), and a number lost only in its own
background's colour is shown when a rule over it fills it in a colour it stands out on:
counts are rounded whatever, and a traffic-light table shows every one.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from openpyxl.utils.cell import range_boundaries

from wpxl.model import Cell, CellRange, ConditionalLook, Coord, Sheet
from wpxl.read.invisible import HIDDEN_BY_FORMAT, INVISIBLE_CELLS, alike
from wpxl.read.numformats import hides
from wpxl.read.seen import SheetExtras, hide
from wpxl.read.styles import StyleTable, dxf_look

M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
X14 = "{http://schemas.microsoft.com/office/spreadsheetml/2009/9/main}"
_XM = "{http://schemas.microsoft.com/office/excel/2006/main}"
CONDITIONAL, CONDITIONAL_2010 = M + "conditionalFormatting", X14 + "conditionalFormatting"


# The number format of a data bar or an icon set shown without its value: numbers shown as
# nothing, text as it is
NO_VALUE = ";;;@"
_NONE = (None, None, None)
_COMPARED = {
    "lessThan": lambda v, a: v < a[0],
    "lessThanOrEqual": lambda v, a: v <= a[0],
    "greaterThan": lambda v, a: v > a[0],
    "greaterThanOrEqual": lambda v, a: v >= a[0],
    "equal": lambda v, a: v == a[0],
    "notEqual": lambda v, a: v != a[0],
    "between": lambda v, a: min(a) <= v <= max(a),
    "notBetween": lambda v, a: not min(a) <= v <= max(a),
}


def conditional_looks(el: ET.Element, styles: StyleTable) -> list[ConditionalLook]:
    """The looks of a ``<conditionalFormatting>`` element's rules (or Excel 2010's, whose
    rules hold their own ``dxf``) that paint a font colour or a fill, or set a number format,
    each with its condition where it compares the value with numbers."""
    looks = []
    if el.tag == CONDITIONAL:
        ranges = _ranges(el.get("sqref") or "")
        dxfs = styles.dxfs()
        for rule in el.iter(M + "cfRule"):
            i = rule.get("dxfId") or ""
            look = dxfs[int(i)] if i.isdigit() and int(i) < len(dxfs) else _NONE
            looks.append((_valueless(rule, M, look), _condition(rule)))
    else:
        ranges = _ranges(el.findtext(_XM + "sqref") or "")
        for rule in el.iter(X14 + "cfRule"):
            dxf = rule.find(X14 + "dxf")
            look = dxf_look(dxf, styles.palette) if dxf is not None else _NONE
            looks.append((_valueless(rule, X14, look), (None, ())))
    return [ConditionalLook(ranges, *look, *cond) for look, cond in looks if any(look)]


def _valueless(rule: ET.Element, ns: str, look: tuple) -> tuple:
    """The rule's look, its number format NO_VALUE where it is a data bar or an icon set
    showing no value (the bar's length or the icon is all that shows)."""
    for kind in ("dataBar", "iconSet"):
        shape = rule.find(ns + kind)
        if shape is not None and shape.get("showValue") in ("0", "false"):
            return (*look[:2], NO_VALUE)
    return look


def _condition(rule: ET.Element) -> tuple[str | None, tuple[float, ...]]:
    """(operator, operands) of a rule comparing the value with numbers; (None, ()) else."""
    operator = rule.get("operator") or ""
    if rule.get("type") != "cellIs" or operator not in _COMPARED:
        return None, ()
    try:
        operands = tuple(float(f.text or "") for f in rule.iter(M + "formula"))
    except ValueError:
        return None, ()
    return (operator, operands) if operands else (None, ())


def may_apply(rule: ConditionalLook, value: float) -> bool:
    """Whether the rule's condition may hold for a cell of this number."""
    if rule.operator is None:
        return True
    wanted = 2 if "etween" in rule.operator else 1
    return len(rule.operands) < wanted or _COMPARED[rule.operator](value, rule.operands)


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
            sheet.unseen_formulas.pop(coord, None)
            over.pop(coord)  # shown by a rule's fill: judged
        else:
            hide(extras, kind, cell.value, cell.formula, coord)
    held.clear()
    for coord, rules in over.items():
        cell = sheet.cells.get(coord)
        kind = _hidden_by(rules, cell, styles, style_ids) if cell is not None else None
        if kind is not None:
            del sheet.cells[coord]
            hide(extras, kind, cell.value, cell.formula, coord)  # type: ignore[union-attr]
            if cell.formula:  # type: ignore[union-attr]
                sheet.unseen_formulas[coord] = cell.formula  # type: ignore[union-attr]


def _hidden_by(
    rules: list[ConditionalLook], cell: Cell, styles: StyleTable, style_ids: dict[int, int]
) -> str | None:
    """The kind of hidden content a text or a number is when the rules over it may show it
    as nothing or in its background's colour; None when it stays seen."""
    value, style_id = cell.value, style_ids[id(cell.style)]
    if isinstance(value, str):
        sign, text = 0, True
    elif isinstance(value, int | float) and not isinstance(value, bool) and value:
        sign, text = (1 if value > 0 else -1), False
        rules = [rule for rule in rules if may_apply(rule, value)]
    else:
        return None
    if any(r.number_format is not None and hides(r.number_format, sign, text) for r in rules):
        return HIDDEN_BY_FORMAT
    if _may_hide(rules, styles.inks(style_id, sign, text), styles.look(style_id).plain()):
        return INVISIBLE_CELLS
    return None


def _rules_over(sheet: Sheet, held: dict[Coord, tuple]) -> dict[Coord, list]:
    """The rules over each text, number and held cell some rule covers. Each range is walked
    place by place when smaller than the cells to judge, else those cells are tested against it (a
    rule over whole columns costs one pass over them, not a million places)."""
    judged = {c for c, cell in sheet.cells.items() if _judged(cell.value)} | set(held)
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


def _judged(value: object) -> bool:
    """Text, and numbers but zero: what a rule may hide."""
    return isinstance(value, str) or (
        isinstance(value, int | float) and not isinstance(value, bool) and value != 0
    )


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
