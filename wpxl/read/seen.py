"""A cell as the sheet's reader sees it: what shows is read, what hides is counted and kept aside.

The sheet reader (wpxl.read.sheetxml) hands each cell here. A cell whose look or number format
shows nothing is left out (wpxl.read.invisible); a rich-text run nobody sees is cut from its
text; a count dressed up by a date, time or percentage format is read as the count it is; a
formula that reads a hidden sheet, or only adds up constants, is read as the value it showed,
as its text would quote what is not carried. Each is counted under its kind, with its text,
so the cover lists it and the leak check looks for it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from wpxl.model import Cell, CellValue, Coord, Style
from wpxl.read.constants import constant_value
from wpxl.read.invisible import HIDDEN_BY_FORMAT, HIDDEN_RUNS, INVISIBLE_CELLS
from wpxl.read.numformats import QUOTING_FORMATS, hides, quotes_text
from wpxl.read.sheetnames import HIDDEN_SHEET_FORMULAS, sheets_referred
from wpxl.read.strings import M, Run, runs_of
from wpxl.read.styles import DISGUISED_COUNTS, StyleTable

CONSTANT_FORMULAS = "formulas of constants only (the values they showed are kept)"
# A number (an exponent only after its digits: "E12" alone is a cell of column E), and numbers
# with operators, brackets and spaces between them.
_NUMBER = r"(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:[Ee][+-]?\d+)?"
_CONSTANT = re.compile(rf"[\s+\-*/^()%]*{_NUMBER}(?:[\s+\-*/^()%]+{_NUMBER})*[\s+\-*/^()%]*")
_F, _V, _IS = M + "f", M + "v", M + "is"
_NAME = re.compile(r"(?<![\w.!$'\\])([A-Za-z_\\][\w.]*)(?![\w.(!'])")


@dataclass(slots=True)
class SheetExtras:
    """What a sheet holds that wpxl never carries, counted for the report."""

    kinds: dict[str, int] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)
    # hidden column ranges too wide to list (columns G to XFD): their cells' columns are hidden
    wide_hidden: list[tuple[int, int]] = field(default_factory=list)
    # numbers lost only in their background's colour, by place, with the colours they may show
    # in and the kind they are hidden as: shown if a conditional fill of the sheet's lies under
    # them, else hidden
    held: dict[Coord, tuple[Cell, tuple[str | None, ...], str]] = field(default_factory=dict)
    # the kind of each cell (or rich-text run) hidden by its look, by place (Sheet.unseen_kinds)
    places: dict[Coord, str] = field(default_factory=dict)

    def found(self, kind: str, count: int = 1) -> None:
        self.kinds[kind] = self.kinds.get(kind, 0) + count


@dataclass(slots=True)
class Links:
    """Formulas read as the values they showed as they read a hidden sheet, by place (the
    sheet's ``hidden_links``), and each array formula's other cells by its first: they show its
    values, holding no formula of their own, so what it reads is what they read too."""

    found: dict[Coord, str]
    arrays: dict[Coord, list[Coord]] = field(default_factory=dict)

    def keep(self, coord: Coord, formula: str) -> None:
        for at in (coord, *self.arrays.get(coord, ())):
            self.found[at] = formula


def formula_as_seen(
    formula: str,
    value: CellValue,
    hidden_sheets: frozenset[str],
    extras: SheetExtras,
    hidden_names: frozenset[str] = frozenset(),
    links: tuple[Links, Coord] | None = None,
) -> tuple[CellValue, str | None]:
    """The cell's value and formula, the formula None when the cell is to be read as the value
    it showed: its formula reads a sheet that is not carried, itself or by a defined name of a
    range on it ("=Ref_JSA", Ref_JSA being Data!$B$4 on a hidden Data), or holds only
    constants ("=2213", "=4649+2213-4649"). A workbook saved by a script stores no value: a
    formula of constants is then read as what it works out to, and any other stays a formula
    without a value, as it is; read as nothing, it would be an empty place a total could be
    rebuilt without, where Excel shows a figure. A formula read so as it reads a hidden sheet
    is kept in ``links`` (the sheet's, by the cell's place): what it read may count outcomes."""
    if _CONSTANT.fullmatch(formula):
        kind = CONSTANT_FORMULAS
        if value is None:
            value = constant_value(formula)
    elif _reads_hidden(formula, hidden_sheets, hidden_names):
        kind = HIDDEN_SHEET_FORMULAS
    else:
        return value, formula
    if value is None:
        return value, formula
    extras.found(kind)
    extras.text.append("=" + formula)
    if links is not None and kind == HIDDEN_SHEET_FORMULAS:
        links[0].keep(links[1], formula)
    return value, None


def as_seen(
    value: CellValue,
    formula: str | None,
    style_id: int,
    rich: tuple[Run, ...],
    styles: StyleTable,
    extras: SheetExtras,
    coord: Coord,
) -> tuple[CellValue, Style] | None:
    """The cell's value and style as its reader sees them, or None when nothing of it shows
    (its text and figure are kept for the report and the leak check). A number lost only in
    its background's colour is held until the sheet's conditional formats are known: a fill
    of theirs may show it (wpxl.read.conditional)."""
    style = styles.style(style_id)[0]
    look = styles.look(style_id)
    number = isinstance(value, int | float) and not isinstance(value, bool)
    inks = _inks(styles, style_id, value)
    hidden_by, held = None, False
    if look.tiny() or any(look.unseen_in(ink) for ink in inks):
        # a colour the number format names ([White]) hides the value as its format
        hidden_by = HIDDEN_BY_FORMAT if look.colour not in inks else INVISIBLE_CELLS
        held = number and not look.tiny() and not _format_hides(style_id, styles, value)
    elif _format_hides(style_id, styles, value):
        hidden_by = HIDDEN_BY_FORMAT
    if hidden_by is not None and not held:
        hide(extras, hidden_by, value, formula, coord)
        return None
    if rich and isinstance(value, str):
        seen = [not look.with_run(styles.palette.rgb(r.colour, None), r.size).invisible()
                for r in rich]  # fmt: skip
        if not all(seen):
            extras.found(HIDDEN_RUNS)
            extras.places[coord] = HIDDEN_RUNS
            extras.text.append("".join(r.text for r, shown in zip(rich, seen, strict=True)
                                       if not shown))  # fmt: skip
            value = "".join(r.text for r, shown in zip(rich, seen, strict=True) if shown) or None
    if (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and styles.disguises(style_id, value)
    ):
        extras.found(DISGUISED_COUNTS)
        style = styles.as_count(style_id)
    if held:
        extras.held[coord] = (Cell(value, formula, style), inks, hidden_by)
        return None
    if quotes_text(styles.number_format(style_id)):  # '0" referrals"': named by its cells
        extras.places.setdefault(coord, QUOTING_FORMATS)
    return value, style


def _reads_hidden(formula: str, sheets: frozenset[str], names: frozenset[str]) -> bool:
    if sheets and "!" in formula and sheets_referred(formula) & sheets:
        return True
    return bool(names) and bool(_names_in(formula) & names)


def _names_in(formula: str) -> set[str]:
    """The words of a formula that may be defined names, in upper case: not in quotes, not a
    function's name nor a sheet's."""
    return {word.upper() for word in _NAME.findall(re.sub(r'"[^"]*"', "", formula))}


def hide(
    extras: SheetExtras, kind: str, value: CellValue, formula: str | None, coord: Coord
) -> None:
    """A cell nobody sees: counted under ``kind`` at its place, its text and formula kept for
    the leak check."""
    extras.found(kind)
    extras.places[coord] = kind
    extras.text.extend([str(value)] + ([] if formula is None else ["=" + formula]))


def _inks(styles: StyleTable, style_id: int, value: CellValue) -> tuple[str | None, ...]:
    if isinstance(value, str):
        return styles.inks(style_id, 0, True)
    if isinstance(value, bool) or not isinstance(value, int | float | dt.date | dt.time):
        return (styles.look(style_id).colour,)
    if isinstance(value, int | float):
        return styles.inks(style_id, (value > 0) - (value < 0), False)
    return styles.inks(style_id, 1, False)  # a date or time: a positive serial


def _format_hides(style_id: int, styles: StyleTable, value: CellValue) -> bool:
    number_format = styles.number_format(style_id)
    if isinstance(value, str):
        return hides(number_format, 0, True)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return hides(number_format, (value > 0) - (value < 0), False)


def rich_runs(el: Any, runs: dict[int, tuple[Run, ...]] | None) -> tuple[Run, ...]:
    """The formatted runs of a cell's string: shared (by index) or written in the cell."""
    kind = el.get("t")
    if kind == "s" and runs and el.find(_F) is None:
        return runs.get(int(el.findtext(_V) or -1), ())
    if kind == "inlineStr":
        inline = el.find(_IS)
        return runs_of(inline) if inline is not None else ()
    return ()
