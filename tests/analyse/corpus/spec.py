"""A tiny language for labelled workbooks: every cell is written with the role it must be given.

``make_corpus.py`` describes each workbook with these specs; ``write_labelled`` writes the
.xlsx (xlsxwriter, so formulas carry cached values as Excel's do) and the ``*.expect.json``
sidecar holding every non-empty cell's role and every total's parts. Totals' cached values are
worked out here from their parts, so a corpus workbook is always arithmetically honest.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import xlsxwriter
from openpyxl.utils.cell import range_boundaries
from xlsxwriter.utility import xl_cell_to_rowcol, xl_rowcol_to_cell

CREATED = dt.datetime(2013, 10, 7, 9, 30)
_NUMERIC_TEXT = re.compile(r"^\s*\d[\d,]*\s*$")


@dataclass
class Spec:
    role: str
    value: Any = None
    formula: str | None = None  # without '='; "sum" means SUM over the parts as given
    fmt: dict[str, Any] | None = None
    parts: tuple[str, ...] = ()  # A1 cells or ranges, maybe 'Sheet'!B4: what a total sums
    as_text: bool = False  # a typed total written as text ("1,234")
    ratio: tuple[str, str] | None = None  # numerator and denominator of a derived formula


def title(v: str, **fmt: Any) -> Spec:
    return Spec("title", v, fmt=fmt or {"bold": True})


def note(v: str) -> Spec:
    return Spec("note", v, fmt={"italic": True})


def head(v: Any, **fmt: Any) -> Spec:
    return Spec("header", v, fmt=fmt or {"bold": True, "bottom": 1})


def label(v: Any, **fmt: Any) -> Spec:
    return Spec("label", v, fmt=fmt or None)


def count(v: int | str, **fmt: Any) -> Spec:
    return Spec("count", v, fmt=fmt or None)


def text(v: str) -> Spec:
    return Spec("text", v)


def noncount(v: Any, **fmt: Any) -> Spec:
    return Spec("noncount", v, fmt=fmt or None)


def derived(v: Any = None, formula: str | None = None, **fmt: Any) -> Spec:
    ratio = None
    if formula is not None and re.fullmatch(r"[A-Z]+\d+/[A-Z]+\d+", formula):
        num, den = formula.split("/")
        ratio = (num, den)
    return Spec("derived", v, formula=formula, fmt=fmt or None, ratio=ratio)


def dropped(v: Any, formula: str | None = None, **fmt: Any) -> Spec:
    return Spec("dropped", v, formula=formula, fmt=fmt or None)


def total(*parts: str, formula: str | None = "sum", as_text: bool = False, **fmt: Any) -> Spec:
    """A total over ``parts``; formula=None types its value, as_text types it as text."""
    return Spec("total", None, formula=formula, fmt=fmt or {"bold": True}, parts=parts,
                as_text=as_text)  # fmt: skip


@dataclass
class SheetSpec:
    name: str
    cells: dict[tuple[int, int], Spec] = field(default_factory=dict)
    merges: list[str] = field(default_factory=list)
    widths: dict[int, float] = field(default_factory=dict)
    # Excel tables (ListObjects): (range with its header row, name); the header row's specs
    # name the columns, and the cells keep what their specs say
    tables: list[tuple[str, str]] = field(default_factory=list)

    def put(self, ref: str, spec: Spec) -> None:
        self.cells[xl_cell_to_rowcol(ref)] = spec

    def row(self, ref: str, *specs: Spec | None) -> None:
        """Specs left to right from ``ref``; None leaves a cell blank."""
        row, col = xl_cell_to_rowcol(ref)
        for offset, spec in enumerate(specs):
            if spec is not None:
                self.cells[(row, col + offset)] = spec

    def merge(self, ref: str) -> None:
        self.merges.append(ref)


@dataclass
class BookSpec:
    name: str
    about: str
    sheets: list[SheetSpec] = field(default_factory=list)
    refused: list[str] | None = None  # words the refusal message must contain
    policy: dict[str, Any] = field(default_factory=dict)  # policy keys the book is read with

    def sheet(self, name: str) -> SheetSpec:
        made = SheetSpec(name)
        self.sheets.append(made)
        return made


def _expand(ref: str, home: str) -> list[tuple[str, int, int]]:
    sheet = home
    if "!" in ref:
        sheet, ref = ref.rsplit("!", 1)
        sheet = sheet.strip("'")
    left, top, right, bottom = range_boundaries(ref)
    return [(sheet, r - 1, c - 1) for r in range(top, bottom + 1) for c in range(left, right + 1)]


class _Values:
    """Works out every cell's number: counts as typed, totals as the sum of their parts."""

    def __init__(self, book: BookSpec) -> None:
        self.sheets = {s.name: s for s in book.sheets}

    def spec(self, key: tuple[str, int, int]) -> Spec | None:
        return self.sheets[key[0]].cells.get((key[1], key[2]))

    def parts(self, key: tuple[str, int, int]) -> list[tuple[str, int, int]]:
        spec = self.spec(key)
        assert spec is not None
        found = []
        for ref in spec.parts:
            for part in _expand(ref, key[0]):
                part_spec = self.spec(part)
                if part_spec is not None and part_spec.role in ("count", "total"):
                    found.append(part)
        return found

    def number(self, key: tuple[str, int, int]) -> float:
        spec = self.spec(key)
        if spec is None:
            return 0
        if spec.role == "total":
            return sum(self.number(p) for p in self.parts(key))
        if spec.role == "derived" and spec.ratio is not None:
            num, den = (_expand(r, key[0])[0] for r in spec.ratio)
            return self.number(num) / self.number(den)
        value = spec.value
        if isinstance(value, str) and _NUMERIC_TEXT.match(value):
            return int(value.replace(",", ""))
        return value if isinstance(value, int | float) else 0


def write_labelled(book: BookSpec, folder: Path) -> None:
    values = _Values(book)
    path = folder / f"{book.name}.xlsx"
    workbook = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    workbook.set_properties({"title": book.name, "author": "wpxl corpus", "created": CREATED})
    formats: dict[str, Any] = {}

    def fmt(spec: Spec) -> Any:
        if not spec.fmt:
            return None
        key = json.dumps(spec.fmt, sort_keys=True)
        if key not in formats:
            formats[key] = workbook.add_format(spec.fmt)
        return formats[key]

    expect: dict[str, Any] = {"about": book.about, "refused": book.refused, "sheets": {}}
    if book.policy:
        expect["policy"] = book.policy
    for sheet in book.sheets:
        ws = workbook.add_worksheet(sheet.name)
        ws.set_column(0, 0, 26)
        for rng, name in sheet.tables:
            _add_table(ws, sheet, rng, name)
        roles: dict[str, str] = {}
        totals: dict[str, list[str]] = {}
        for (row, col), spec in sorted(sheet.cells.items()):
            key = (sheet.name, row, col)
            ref = xl_rowcol_to_cell(row, col)
            roles[ref] = spec.role
            _write_cell(ws, row, col, spec, fmt(spec), values, key)
            if spec.role == "total":
                totals[ref] = [f"{s}!{xl_rowcol_to_cell(r, c)}" for s, r, c in values.parts(key)]
        for rng in sheet.merges:
            first = rng.split(":")[0]
            spec = sheet.cells.get(xl_cell_to_rowcol(first))
            value = spec.value if spec is not None else ""
            ws.merge_range(rng, value, fmt(spec) if spec is not None else None)
        expect["sheets"][sheet.name] = {"roles": roles, "totals": totals}
    workbook.close()
    sidecar = folder / f"{book.name}.expect.json"
    sidecar.write_text(json.dumps(expect, indent=1) + "\n", encoding="utf-8")


def _add_table(ws: Any, sheet: SheetSpec, rng: str, name: str) -> None:
    """An Excel table over ``rng``, its columns named by the header specs of its first row."""
    left, top, right, _ = range_boundaries(rng)
    headers = [sheet.cells[(top - 1, c - 1)].value for c in range(left, right + 1)]
    ws.add_table(rng, {"name": name, "autofilter": False,
                       "columns": [{"header": str(h)} for h in headers]})  # fmt: skip


def _write_cell(
    ws: Any, row: int, col: int, spec: Spec, cell_format: Any, values: _Values, key: Any
) -> None:
    if spec.role == "total":
        number = values.number(key)
        if spec.formula is None and spec.value is not None:
            number = spec.value  # typed as the source published it (perturbed, say)
        if spec.formula is None:
            if spec.as_text:
                ws.write_string(row, col, f"{int(number):,}", cell_format)
            else:
                ws.write_number(row, col, number, cell_format)
            return
        formula = f"SUM({','.join(spec.parts)})" if spec.formula == "sum" else spec.formula
        ws.write_formula(row, col, "=" + formula, cell_format, number)
        return
    if spec.formula is not None:
        cached = values.number(key) if spec.ratio is not None else spec.value
        ws.write_formula(row, col, "=" + spec.formula, cell_format, cached)
        return
    value = spec.value
    if isinstance(value, str):
        ws.write_string(row, col, value, cell_format)
    elif isinstance(value, dt.date | dt.datetime):
        ws.write_datetime(row, col, value, cell_format)
    else:
        ws.write(row, col, value, cell_format)
