"""Mutants of a sanitised copy: its package changed the way a buggy plan or writer could.

Each mutation takes a copy (its parts, read as the zip it is) and the input it was made from,
and returns the parts changed in one place, or None where the copy offers no place for it
(a copy without a SUM cannot have one shortened). The proof (wpxl.verify) must refuse every
mutant: one it passes is a hole a plan's mistake could slip through.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wpxl.model import Cell, Workbook
from wpxl.model.layout import BANNER_ROWS, COVER_NAME
from wpxl.model.sheetref import a1, column_index
from wpxl.read import read_workbook
from wpxl.verify.formulas import sum_formula
from wpxl.verify.leaks import WrittenCell, read_sheet_part, sheet_parts
from wpxl.verify.values import is_date_format, is_year, number

Coord = tuple[int, int]
Parts = dict[str, bytes]
Place = tuple[str, Coord, float]  # a sheet, a cell of it, and its figure


@dataclass
class Copy:
    """A sanitised copy and its input, read once for every mutation of it."""

    parts: Parts
    path: Path  # the input's
    source: Workbook  # the input as wpxl.read reads it
    where: dict[str, str]  # output sheet name -> its part

    @classmethod
    def of(cls, copy: Path, source: Path) -> Copy:
        with zipfile.ZipFile(copy) as package:
            parts = {name: package.read(name) for name in package.namelist()}
        return cls(parts, source, read_workbook(source), sheet_parts(parts))

    @property
    def name(self) -> str:
        return self.path.stem

    def referred_to(self, sheet: str) -> bool:
        """Whether a formula of another sheet names ``sheet`` (its totals are not recached)."""
        quoted = (f"'{sheet}'!".encode(), f"{sheet}!".encode())
        return any(
            any(q in self.parts[part] for q in quoted)
            for name, part in self.where.items()
            if name != sheet
        )

    def cells(self, sheet: str) -> dict[Coord, WrittenCell]:
        return read_sheet_part(self.parts[self.where[sheet]], [])[0]

    def volume_sheets(self) -> list[str]:
        """The copy's sheets carried from an input sheet of the same name (not % sheets)."""
        names = {s.name for s in self.source.sheets if s.visible}
        return [n for n in self.where if n != COVER_NAME and n in names]

    def percent_sheets(self) -> list[str]:
        return [n for n in self.where if n.endswith("%")]

    def input_cell(self, sheet: str, coord: Coord) -> Cell | None:
        """The input cell an output cell came from (on sheets with no hidden lines)."""
        source = next(s for s in self.source.sheets if s.name == sheet)
        if source.hidden_rows or source.hidden_cols:
            return None
        return source.cells.get((coord[0] - BANNER_ROWS, coord[1]))

    def input_number(self, sheet: str, coord: Coord) -> float | None:
        """The input's count where an output cell came from (not a date, not words)."""
        cell = self.input_cell(sheet, coord)
        value = None if cell is None else cell.value
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        return float(value)

    def outcome_counts(self) -> list[float]:
        """Figures of the input's outcome sheets (whose copy is a % sheet) that are not
        multiples of 20: an outcome volume as the input holds it."""
        shown = {n.removesuffix(" %") for n in self.percent_sheets()}
        found = []
        for sheet in self.source.sheets:
            if sheet.name not in shown:
                continue
            for _, cell in sorted(sheet.cells.items()):
                value = cell.value
                if isinstance(value, int) and not isinstance(value, bool) and value % 20:
                    found.append(float(value))
        return sorted(found, reverse=True)  # the largest first: a volume beyond doubt

    def with_sheet(self, sheet: str, xml: bytes) -> Parts:
        return {**self.parts, self.where[sheet]: xml}


def write_parts(parts: Parts, path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return path


def _cell_xml(ref: str, style: int, value: object = None, formula: str | None = None) -> bytes:
    inner = ""
    if formula is not None:
        inner += f"<f>{formula}</f>"
    if isinstance(value, str):
        return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t>{value}</t></is></c>'.encode()
    if value is not None:
        inner += f"<v>{_figure(value)}</v>"
    return f'<c r="{ref}" s="{style}">{inner}</c>'.encode()


def _figure(value: object) -> str:
    number = float(value)  # type: ignore[arg-type]
    return str(int(number)) if number.is_integer() else repr(number)


def _rounded(value: float) -> float:
    """Rounded to the nearest 20, halves up, as a count."""
    return (value + 10) // 20 * 20


def replace_cell(xml: bytes, coord: Coord, new: bytes) -> bytes:
    ref = a1(*coord).encode()
    pattern = re.compile(rb'<c r="' + ref + rb'"(?:[^>]*/>|[^>]*>.*?</c>)', re.DOTALL)
    changed, count = pattern.subn(lambda _: new, xml, count=1)
    assert count == 1, ref
    return changed


def set_cell(
    copy: Copy, sheet: str, coord: Coord, value: object, formula: str | None = None
) -> Parts:
    """The copy with one cell rewritten, and every other SUM's cached value made to agree
    with it, as a writer that got one cell wrong would still cache its totals right."""
    cells = copy.cells(sheet)
    style = cells[coord][2]
    xml = replace_cell(
        copy.parts[copy.where[sheet]], coord, _cell_xml(a1(*coord), style, value, formula)
    )
    cells[coord] = (value, formula, style)
    for _ in range(4):  # totals of totals settle within a few passes
        for at, (old, sums, kept) in sorted(cells.items()):
            worked = _range_value(cells, sums) if sums and at != coord else None
            if worked is not None and worked != old:
                cells[at] = (worked, sums, kept)
                xml = replace_cell(xml, at, _cell_xml(a1(*at), kept, worked, sums))
    return copy.with_sheet(sheet, xml)


def _plain_counts(copy: Copy) -> list[tuple[str, Coord, float]]:
    """The plain (formula-less) counts of the volume sheets, in order."""
    found = []
    for sheet in copy.volume_sheets():
        for coord, (value, formula, _) in sorted(copy.cells(sheet).items()):
            if formula is None and isinstance(value, float) and coord[0] >= BANNER_ROWS:
                found.append((sheet, coord, value))
    return found


def _sums(copy: Copy) -> list[tuple[str, Coord, float, str]]:
    found = []
    for sheet in copy.volume_sheets():
        for coord, (value, formula, _) in sorted(copy.cells(sheet).items()):
            if formula and formula.startswith("SUM(") and isinstance(value, float):
                found.append((sheet, coord, value, formula))
    return found


def _value_at(cells: dict[Coord, WrittenCell], coord: Coord) -> float:
    cell = cells.get(coord)
    return cell[0] if cell is not None and isinstance(cell[0], float) else 0.0


def _range_value(cells: dict[Coord, WrittenCell], formula: str) -> float | None:
    parsed = sum_formula(formula)
    if parsed is None or any(r.sheet for r in parsed.ranges):
        return None
    return parsed.added + sum(_value_at(cells, c) for r in parsed.ranges for c in r.coords())


_RANGE = re.compile(r"^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$")


def _range(formula: str) -> tuple[int, int, int, int] | None:
    """(top, left, bottom, right), 0-based, of a SUM over one rectangle."""
    match = _RANGE.match(formula)
    if match is None:
        return None
    a, b, c, d = match.groups()
    return int(b) - 1, column_index(a), int(d) - 1, column_index(c)


def _sum_of(top: int, left: int, bottom: int, right: int) -> str:
    return f"SUM({a1(top, left)}:{a1(bottom, right)})"


Mutation = Callable[[Copy], Parts | None]


def body_unrounded(copy: Copy) -> Parts | None:
    """A rounded body count replaced by the input's figure at its place."""
    for sheet, coord, value in _plain_counts(copy):
        original = copy.input_number(sheet, coord)
        if original is not None and original != value and original % 20:
            return set_cell(copy, sheet, coord, original)
    return None


def _body_moved(by: float) -> Mutation:
    def mutate(copy: Copy) -> Parts | None:
        for sheet, coord, value in _plain_counts(copy):
            original = copy.input_number(sheet, coord)
            moved = value + by
            wrong = moved % 20 or abs(moved - (original or 0.0)) > 10
            if moved >= 0 and original is not None and wrong:
                return set_cell(copy, sheet, coord, moved)
        return None

    mutate.__doc__ = f"A rounded body count moved by {by}, no longer the nearest 20."
    return mutate


def tie_rounded_down(copy: Copy) -> Parts | None:
    """A count halfway between two multiples rounded down, not up: still within half the base
    of the input, the other nearest multiple; the rule says halves go up, yet nothing is
    disclosed that rounding up would hide."""
    for sheet, coord, value in _plain_counts(copy):
        original = copy.input_number(sheet, coord)
        if copy.referred_to(sheet):
            continue
        if original is not None and original % 20 == 10 and value == original + 10:
            return set_cell(copy, sheet, coord, value - 20)
    return None


def _reshaped_sum(change: Callable[[tuple[int, int, int, int]], tuple[int, int, int, int]]):
    """A SUM over one line of cells, reshaped by ``change``, its cache made to agree: the
    mistake a plan makes when it takes the wrong parts."""

    def mutate(copy: Copy) -> Parts | None:
        for sheet, coord, value, formula in _sums(copy):
            box = _range(formula)
            if box is None or (box[0] != box[2] and box[1] != box[3]):
                continue
            new = change(box)
            if min(new) < 0 or new[0] > new[2] or new[1] > new[3]:
                continue
            if new[0] <= coord[0] <= new[2] and new[1] <= coord[1] <= new[3]:
                continue  # a circle
            cells = copy.cells(sheet)
            added = [
                cells.get((r, c))
                for r in range(new[0], new[2] + 1)
                for c in range(new[1], new[3] + 1)
            ]
            if any(a is not None and a[1] is not None for a in added):
                continue  # over another total: a different mistake
            moved = _range_value(cells, _sum_of(*new))
            if moved is None or moved == value:
                continue
            return set_cell(copy, sheet, coord, moved, _sum_of(*new))
        return None

    return mutate


def _shorten(box):
    top, left, bottom, right = box
    return (top, left, bottom - 1, right) if top != bottom else (top, left, bottom, right - 1)


def _lengthen(box):
    top, left, bottom, right = box
    return (top, left, bottom + 1, right) if top != bottom else (top, left, bottom, right + 1)


def _lengthen_before(box):
    top, left, bottom, right = box
    return (top - 1, left, bottom, right) if top != bottom else (top, left - 1, bottom, right)


def _move_across(box):
    top, left, bottom, right = box
    return (
        (top, left + 1, bottom, right + 1) if top != bottom else (top + 1, left, bottom + 1, right)
    )


sum_shortened = _reshaped_sum(_shorten)
sum_lengthened = _reshaped_sum(_lengthen)
sum_lengthened_before = _reshaped_sum(_lengthen_before)
sum_moved = _reshaped_sum(_move_across)


def cache_changed(copy: Copy) -> Parts | None:
    """A SUM's cached value off by the base, the formula kept."""
    for sheet, coord, value, formula in _sums(copy):
        return set_cell(copy, sheet, coord, value + 20, formula)
    return None


def _rounded_original(keep_formula: bool, typed: bool) -> Mutation:
    """A total written as the input's total rounded on its own, not the sum of its rounded
    parts: as a SUM's cached value (``keep_formula``) or a plain figure; where the input's
    total is typed (``typed``) or a formula."""

    def mutate(copy: Copy) -> Parts | None:
        for sheet, coord, value, formula in _sums(copy):
            original = copy.input_number(sheet, coord)
            cell = copy.input_cell(sheet, coord)
            if original is None or cell is None or (cell.formula is None) != typed:
                continue
            if _rounded(original) != value:
                kept = formula if keep_formula else None
                return set_cell(copy, sheet, coord, _rounded(original), kept)
        return None

    return mutate


def outcome_in_body(copy: Copy) -> Parts | None:
    counts = copy.outcome_counts()
    plain = _plain_counts(copy)
    if not counts or not plain:
        return None
    sheet, coord, _ = plain[0]
    return set_cell(copy, sheet, coord, counts[0])


def _texts(copy: Copy, sheets: list[str]) -> list[tuple[str, Coord, str]]:
    found = []
    for sheet in sheets:
        for coord, (value, _, _) in sorted(copy.cells(sheet).items()):
            if isinstance(value, str) and coord[0] >= BANNER_ROWS:
                found.append((sheet, coord, value))
    return found


def _text_with_outcome(pick: Callable[[list[tuple[str, Coord, str]]], tuple | None], words: str):
    def mutate(copy: Copy) -> Parts | None:
        counts = copy.outcome_counts()
        chosen = pick(_texts(copy, copy.volume_sheets() + copy.percent_sheets()))
        if not counts or chosen is None:
            return None
        sheet, coord, text = chosen
        return set_cell(copy, sheet, coord, f"{text} {words.format(_figure(counts[0]))}")

    return mutate


def _first(texts):
    return texts[0] if texts else None


def _header(texts):
    """A text with a figure beside or under it: a header or label, not a title."""
    return texts[len(texts) // 2] if texts else None


outcome_in_title = _text_with_outcome(_first, "({})")
outcome_in_title_named = _text_with_outcome(_first, "({} job outcomes)")
outcome_in_label = _text_with_outcome(_header, "{}")


def outcome_in_sheet_name(copy: Copy) -> Parts | None:
    """A percentage sheet named with an outcome volume ('Job outcomes 127 %')."""
    counts = copy.outcome_counts()
    sheets = copy.percent_sheets()
    if not counts or not sheets:
        return None
    old = sheets[0]
    new = f"{old.removesuffix(' %')} {_figure(counts[0])} %"
    parts = dict(copy.parts)
    for name in ("xl/workbook.xml", "docProps/app.xml"):
        parts[name] = parts[name].replace(f">{old}<".encode(), f">{new}<".encode())
        parts[name] = parts[name].replace(f'name="{old}"'.encode(), f'name="{new}"'.encode())
    return parts


def outcome_in_defined_name(copy: Copy) -> Parts | None:
    counts = copy.outcome_counts()
    if not counts:
        return None
    book = copy.parts["xl/workbook.xml"]
    named = f'<definedName name="Outcomes">{_figure(counts[0])}</definedName>'
    names = f"<definedNames>{named}</definedNames>"
    return {**copy.parts, "xl/workbook.xml": book.replace(b"<calcPr", names.encode() + b"<calcPr")}


def outcome_in_core_properties(copy: Copy) -> Parts | None:
    counts = copy.outcome_counts()
    if not counts:
        return None
    core = copy.parts["docProps/core.xml"]
    said = f"<dc:description>{_figure(counts[0])}</dc:description>".encode()
    return {
        **copy.parts,
        "docProps/core.xml": core.replace(b"</cp:coreProperties>", said + b"</cp:coreProperties>"),
    }


def outcome_in_app_properties(copy: Copy) -> Parts | None:
    counts = copy.outcome_counts()
    if not counts:
        return None
    app = copy.parts["docProps/app.xml"]
    said = f"<Manager>{_figure(counts[0])}</Manager>".encode()
    return {
        **copy.parts,
        "docProps/app.xml": app.replace(b"</Properties>", said + b"</Properties>"),
    }


def outcome_in_number_format(copy: Copy) -> Parts | None:
    """A number format whose literal text states the count (``0" of 37"``), on a count."""
    counts = copy.outcome_counts()
    plain = _plain_counts(copy)
    if not counts or not plain:
        return None
    styles = copy.parts["xl/styles.xml"].decode()
    fmt = f'<numFmt numFmtId="200" formatCode="0&quot; of {_figure(counts[0])}&quot;"/>'
    if "<numFmts" in styles:
        styles = re.sub(
            r'<numFmts count="(\d+)">', lambda m: f'<numFmts count="{int(m[1]) + 1}">' + fmt, styles
        )
    else:
        styles = styles.replace("<fonts", f'<numFmts count="1">{fmt}</numFmts><fonts', 1)
    match = re.search(r'<cellXfs count="(\d+)">(.*?)</cellXfs>', styles, re.DOTALL)
    assert match is not None
    count = int(match[1])
    xf = '<xf numFmtId="200" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    styles = styles.replace(match[0], f'<cellXfs count="{count + 1}">{match[2]}{xf}</cellXfs>')
    sheet, coord, value = plain[0]
    xml = copy.parts[copy.where[sheet]]
    new = _cell_xml(a1(*coord), count, value)
    return {
        **copy.with_sheet(sheet, replace_cell(xml, coord, new)),
        "xl/styles.xml": styles.encode(),
    }


def outcome_in_extra_part(name: str, body: str) -> Mutation:
    """A part wpxl never writes (a chart's cache, a comment) holding the count."""

    def mutate(copy: Copy) -> Parts | None:
        counts = copy.outcome_counts()
        if not counts:
            return None
        return {**copy.parts, name: body.format(_figure(counts[0])).encode()}

    return mutate


outcome_in_chart = outcome_in_extra_part(
    "xl/charts/chart1.xml",
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">'
    '<c:chart><c:plotArea><c:barChart><c:ser><c:val><c:numRef><c:numCache><c:pt idx="0">'
    "<c:v>{}</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:barChart></c:plotArea>"
    "</c:chart></c:chartSpace>",
)
outcome_in_comment = outcome_in_extra_part(
    "xl/comments1.xml",
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors>'
    '<author>wpxl</author></authors><commentList><comment ref="B6" authorId="0"><text><t>{}'
    "</t></text></comment></commentList></comments>",
)


def _kept_figure(copy: Copy, wanted: Callable[[float, Cell], bool]) -> Place | None:
    """The first plain figure the copy keeps as the input holds it (no multiple of the base)
    whose input cell ``wanted`` accepts, by value and cell."""
    for sheet, coord, value in _plain_counts(copy):
        cell = copy.input_cell(sheet, coord)
        if cell is not None and value % 20 and number(cell.value) == value and wanted(value, cell):
            return sheet, coord, value
    return None


def label_moved_by_one(copy: Copy) -> Parts | None:
    """A figure kept as the input holds it (a year, date, code) one off."""
    found = _kept_figure(copy, lambda *_: True)
    return None if found is None else set_cell(copy, found[0], found[1], found[2] + 1)


def year_label_rounded(copy: Copy) -> Parts | None:
    """A year of a header row of years rounded as a count: 2011, 2012, 2013 -> 2020."""
    found = _kept_figure(copy, lambda v, _: is_year(v))
    return None if found is None else set_cell(copy, found[0], found[1], _rounded(found[2]))


def date_rounded(copy: Copy) -> Parts | None:
    """A date rounded as a count: 1 April 2013 (41365) -> 27 March (41360)."""
    found = _kept_figure(copy, lambda _, cell: is_date_format(cell.style.number_format))
    return None if found is None else set_cell(copy, found[0], found[1], _rounded(found[2]))


def code_rounded(copy: Copy) -> Parts | None:
    """A number naming a line (a code, a week, an age) rounded as a count."""
    found = _kept_figure(
        copy, lambda v, cell: not is_year(v) and not is_date_format(cell.style.number_format)
    )
    return None if found is None else set_cell(copy, found[0], found[1], _rounded(found[2]))


def percent_to_count(rounded: bool) -> Mutation:
    def mutate(copy: Copy) -> Parts | None:
        counts = copy.outcome_counts()
        if not counts:
            return None
        figure = (counts[0] + 10) // 20 * 20 if rounded else counts[0]
        for sheet in copy.percent_sheets():
            for coord, (value, formula, _) in sorted(copy.cells(sheet).items()):
                if isinstance(value, float) and formula is None and 0 < value <= 1:
                    return set_cell(copy, sheet, coord, figure)
        return None

    return mutate


percent_to_outcome_count = percent_to_count(False)
percent_to_rounded_outcome_count = percent_to_count(True)


def _row_flag(copy: Copy, flag: bytes) -> Parts | None:
    for sheet in copy.volume_sheets():
        xml = copy.parts[copy.where[sheet]]
        row = BANNER_ROWS + 3
        new, count = re.subn(rb'<row r="(%d)"' % row, rb'<row r="\1"' + flag, xml, count=1)
        if count:
            return copy.with_sheet(sheet, new)
    return None


def row_hidden(copy: Copy) -> Parts | None:
    return _row_flag(copy, b' hidden="1"')


def row_zero_height(copy: Copy) -> Parts | None:
    return _row_flag(copy, b' ht="0" customHeight="1"')


def column_hidden(copy: Copy) -> Parts | None:
    for sheet in copy.volume_sheets():
        xml = copy.parts[copy.where[sheet]]
        new, count = re.subn(rb"<col ([^>]*)/>", rb'<col \1 hidden="1"/>', xml, count=1)
        if count:
            return copy.with_sheet(sheet, new)
    return None


def sheet_hidden(copy: Copy) -> Parts | None:
    sheets = copy.volume_sheets()
    if not sheets:
        return None
    book = copy.parts["xl/workbook.xml"]
    old = f'<sheet name="{sheets[0]}"'.encode()
    return {**copy.parts, "xl/workbook.xml": book.replace(old, old + b' state="hidden"')}


def dropped_text_in_hidden_row(copy: Copy) -> Parts | None:
    """An input text the copy does not carry (a hidden line's, a removed note) written into a
    new row the copy hides."""
    shown = {
        text
        for sheet in copy.where
        for _, (text, _, _) in copy.cells(sheet).items()
        if isinstance(text, str)
    }
    for sheet in copy.volume_sheets():
        source = next(s for s in copy.source.sheets if s.name == sheet)
        for _, cell in sorted(source.cells.items()):
            text = cell.value
            if (
                isinstance(text, str)
                and len(text) >= 8
                and text not in shown
                and "<" not in text
                and "&" not in text
            ):
                xml = copy.parts[copy.where[sheet]]
                row = max(r for r, _ in copy.cells(sheet)) + 3
                new_row = (
                    f'<row r="{row}" hidden="1">'.encode()
                    + _cell_xml(f"A{row}", 0, text)
                    + b"</row>"
                )
                return copy.with_sheet(
                    sheet, xml.replace(b"</sheetData>", new_row + b"</sheetData>")
                )
    return None


def banner_removed(copy: Copy) -> Parts | None:
    sheets = copy.volume_sheets()
    if not sheets:
        return None
    return set_cell(copy, sheets[0], (0, 0), "Referrals")


def banner_published(copy: Copy) -> Parts | None:
    """An internal sheet's banner changed to say it is published."""
    for sheet in copy.volume_sheets():
        text = copy.cells(sheet)[(0, 0)][0]
        if isinstance(text, str) and text.startswith("INTERNAL"):
            said = (
                "PUBLISHED — this information is in the public domain. Figures rounded to the "
                "nearest 20; totals are sums of rounded figures."
            )
            return set_cell(copy, sheet, (0, 0), said)
    return None


MUTATIONS: dict[str, Mutation] = {
    "body_unrounded": body_unrounded,
    "body_plus_base": _body_moved(20),
    "body_minus_base": _body_moved(-20),
    "body_plus_one": _body_moved(1),
    "body_minus_one": _body_moved(-1),
    "sum_shortened": sum_shortened,
    "sum_lengthened": sum_lengthened,
    "sum_lengthened_before": sum_lengthened_before,
    "sum_moved": sum_moved,
    "cache_changed": cache_changed,
    "rounded_original_total_cached": _rounded_original(True, typed=False),
    "rounded_original_total_value": _rounded_original(False, typed=False),
    "rounded_original_typed_total_cached": _rounded_original(True, typed=True),
    "rounded_original_typed_total_value": _rounded_original(False, typed=True),
    "outcome_in_body": outcome_in_body,
    "outcome_in_title": outcome_in_title,
    "outcome_in_title_named": outcome_in_title_named,
    "outcome_in_label": outcome_in_label,
    "outcome_in_sheet_name": outcome_in_sheet_name,
    "outcome_in_defined_name": outcome_in_defined_name,
    "outcome_in_core_properties": outcome_in_core_properties,
    "outcome_in_app_properties": outcome_in_app_properties,
    "outcome_in_number_format": outcome_in_number_format,
    "outcome_in_chart": outcome_in_chart,
    "outcome_in_comment": outcome_in_comment,
    "label_moved_by_one": label_moved_by_one,
    "year_label_rounded": year_label_rounded,
    "date_rounded": date_rounded,
    "code_rounded": code_rounded,
    "percent_to_outcome_count": percent_to_outcome_count,
    "percent_to_rounded_outcome_count": percent_to_rounded_outcome_count,
    "row_hidden": row_hidden,
    "row_zero_height": row_zero_height,
    "column_hidden": column_hidden,
    "sheet_hidden": sheet_hidden,
    "dropped_text_in_hidden_row": dropped_text_in_hidden_row,
    "banner_removed": banner_removed,
    "banner_published": banner_published,
}

# Mutants that disclose nothing and get no figure wrong: the proof may pass them
HARMLESS: dict[str, Mutation] = {
    "tie_rounded_down": tie_rounded_down,
}


def merge_over_figure(copy: Copy) -> Parts | None:
    """A merge from a label over the figure beside it: the figure is in the copy, unseen."""
    for sheet, (row, col), _ in _plain_counts(copy):
        if col == 0:
            continue
        xml = copy.parts[copy.where[sheet]]
        merge = f'<mergeCell ref="{a1(row, col - 1)}:{a1(row, col)}"/>'.encode()
        new, count = re.subn(
            rb'<mergeCells count="(\d+)">',
            lambda m, merge=merge: b'<mergeCells count="%d">' % (int(m[1]) + 1) + merge,
            xml,
            count=1,
        )
        if count:
            return copy.with_sheet(sheet, new)
    return None


def figure_formatted_unseen(copy: Copy) -> Parts | None:
    """The style of the copy's counts given the format ';;;', which shows nothing."""
    plain = _plain_counts(copy)
    if not plain:
        return None
    style = copy.cells(plain[0][0])[plain[0][1]][2]
    styles = copy.parts["xl/styles.xml"].decode()
    fmt = '<numFmt numFmtId="201" formatCode=";;;"/>'
    if "<numFmts" in styles:
        styles = re.sub(
            r'<numFmts count="(\d+)">', lambda m: f'<numFmts count="{int(m[1]) + 1}">' + fmt, styles
        )
    else:
        styles = styles.replace("<fonts", f'<numFmts count="1">{fmt}</numFmts><fonts', 1)
    match = re.search(r"<cellXfs count=\"\d+\">(.*?)</cellXfs>", styles, re.DOTALL)
    xfs = re.findall(r"<xf [^>]*?(?:/>|>.*?</xf>)", match[1], re.DOTALL)
    changed = re.sub(r'numFmtId="\d+"', 'numFmtId="201"', xfs[style], count=1)
    changed = (
        changed.replace("<xf ", '<xf applyNumberFormat="1" ', 1)
        if "applyNumberFormat" not in changed
        else changed
    )
    styles = styles.replace(match[1], match[1].replace(xfs[style], changed, 1))
    return {**copy.parts, "xl/styles.xml": styles.encode()}


def figure_painted_white(copy: Copy) -> Parts | None:
    """The font of the copy's counts painted white: shown on white, unseen."""
    plain = _plain_counts(copy)
    if not plain:
        return None
    style = copy.cells(plain[0][0])[plain[0][1]][2]
    styles = copy.parts["xl/styles.xml"].decode()
    match = re.search(r"<cellXfs count=\"\d+\">(.*?)</cellXfs>", styles, re.DOTALL)
    xfs = re.findall(r"<xf [^>]*?(?:/>|>.*?</xf>)", match[1], re.DOTALL)
    font = int(re.search(r'fontId="(\d+)"', xfs[style])[1])
    fonts = re.search(r"<fonts count=\"\d+\">(.*?)</fonts>", styles, re.DOTALL)
    each = re.findall(r"<font>.*?</font>|<font/>", fonts[1], re.DOTALL)
    white = re.sub(r"<color [^>]*/>", "", each[font]).replace(
        "<font>", '<font><color rgb="FFFFFFFF"/>', 1
    )
    styles = styles.replace(fonts[1], fonts[1].replace(each[font], white, 1))
    return {**copy.parts, "xl/styles.xml": styles.encode()}


MUTATIONS.update(
    merge_over_figure=merge_over_figure,
    figure_formatted_unseen=figure_formatted_unseen,
    figure_painted_white=figure_painted_white,
)
