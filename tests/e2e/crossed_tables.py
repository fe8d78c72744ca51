"""Cross-tabulations totalled both ways, drawn at random with their truth, for the oracle of
tests/e2e/mixed_tables (``misshown``), which shares nothing with wpxl.

Two shapes the other drawings leave out:
- **quarters**: months under their quarters, a total column after each quarter's months and a
  year's column (last, or first after the labels), over offices grouped by region, the region
  named a line of its own (its total under or over its offices) or in a column of its own on
  its first office only, the grand total line at the foot or right under the header;
- **pairs**: two measures a month under the month's head (merged over both or not), each
  measure's total columns at the end, a Total line at the foot or right under the header.
Totals are SUMs of ranges, SUMs of lists, chains of '+' or typed figures; each covers its
leaves, however it reaches them (a year's column over the quarters' columns, a region's
quarter across its months or down its offices).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

from tests.e2e.mixed_tables import PLACES, REGIONS, Coord, Part, Sheet, _write

QUARTERS = [("Q1", ["Apr 2014", "May 2014", "Jun 2014"]),
            ("Q2", ["Jul 2014", "Aug 2014", "Sep 2014"]),
            ("Q3", ["Oct 2014", "Nov 2014", "Dec 2014"])]  # fmt: skip
PAIRS = [("Referrals", "Job starts"), ("Attachments", "Job starts"), ("Referrals", "Attachments")]


def book(rng: random.Random, path: Path) -> dict[str, Sheet]:
    """A workbook of one sheet of each shape drawn, at ``path``."""
    sheets, merges = {}, {}
    for shape in rng.sample(["quarters", "pairs"], rng.randint(1, 2)):
        sheet = Sheet("Referrals" if shape == "quarters" else "Measures")
        merges[sheet.name] = (_quarters if shape == "quarters" else _pairs)(rng, sheet)
        sheets[sheet.name] = sheet
    _write(path, sheets)
    workbook = openpyxl.load_workbook(path)
    for name, spans in merges.items():
        for span in spans:
            workbook[name].merge_cells(span)
    workbook.save(path)
    return sheets


def _count(rng: random.Random) -> int:
    return rng.choice([rng.randint(0, 9), rng.randint(0, 60), rng.randint(20, 400)])


class _Grid:
    """A table being drawn: each line's leaves (the lines of counts it covers) and each
    column's (the columns of counts), so any total's truth is their crossing."""

    def __init__(self, rng: random.Random, sheet: Sheet, typed: bool) -> None:
        self.rng, self.sheet, self.typed = rng, sheet, typed

    def text(self, at: Coord, words: object) -> None:
        self.sheet.cells[at] = words
        self.sheet.truth[at] = Part(words, "text")

    def count(self, at: Coord) -> None:
        value = _count(self.rng)
        self.sheet.cells[at] = value
        self.sheet.truth[at] = Part(value, "count")

    def total(self, at: Coord, parts: list[Coord], leaves: list[Coord]) -> None:
        """A total at ``at`` written over ``parts`` (cells of its line or column), worth the
        sum of ``leaves``."""
        value = sum(self.sheet.truth[c].value for c in leaves)  # type: ignore[misc]
        self.sheet.truth[at] = Part(value, "total", leaves)
        self.sheet.cells[at] = value if self.typed else _formula(self.rng, parts)


def _formula(rng: random.Random, parts: list[Coord]) -> str:
    names = [f"{get_column_letter(c)}{r}" for r, c in parts]
    rows, cols = {r for r, _ in parts}, {c for _, c in parts}
    spans = (len(rows) == 1 and max(cols) - min(cols) + 1 == len(cols)) or (
        len(cols) == 1 and max(rows) - min(rows) + 1 == len(rows)
    )
    if spans and rng.random() < 0.7:
        return f"=SUM({names[0]}:{names[-1]})"
    return rng.choice([f"=SUM({','.join(names)})", "=" + "+".join(names)])


def _quarters(rng: random.Random, sheet: Sheet) -> list[str]:
    grid = _Grid(rng, sheet, typed=rng.random() < 0.3)
    quarters = QUARTERS[: rng.randint(1, 3)]
    two_columns = rng.random() < 0.4  # Region | Office, the region on its first office only
    offices = iter(_office_names(rng, 12))
    regions = [
        (r, [next(offices) for _ in range(rng.randint(2, 4))]) for r in rng.sample(REGIONS, 3)
    ]
    first = 3 if two_columns else 2  # the first column of figures
    year_first = rng.random() < 0.3
    kinds: list[tuple[str, int]] = []  # each column of figures: ('month', q), ('quarter', q)
    if year_first:
        kinds.append(("year", -1))
    for q, (_, months) in enumerate(quarters):
        kinds += [("month", q)] * len(months) + [("quarter", q)]
    if not year_first:
        kinds.append(("year", -1))
    cols = {first + i: kind for i, kind in enumerate(kinds)}
    grid.text((1, 1), "Referrals by office and month, 2014-15")
    head = 3
    if rng.random() < 0.5:  # the quarters named over their months
        at = first + (1 if year_first else 0)
        for name, months in quarters:
            grid.text((head, at), f"{name} 2014-15")
            at += len(months) + 1
        head += 1
    grid.text((head, 1), "Region" if two_columns else "Office")
    if two_columns:
        grid.text((head, 2), "Office")
    month_names = iter(_month_heads(rng, sheet, [m for _, ms in quarters for m in ms], head, cols))
    for col, (kind, q) in cols.items():
        if kind == "month":
            grid.text((head, col), next(month_names))
        else:
            grid.text((head, col), f"{quarters[q][0]} total" if kind == "quarter" else "Total")
    _quarter_lines(grid, regions, cols, head, two_columns)
    return []


def _month_heads(
    rng: random.Random, sheet: Sheet, months: list[str], head: int, cols: dict[int, tuple[str, int]]
) -> list[object]:
    """The months' heads as words ('Apr 2014'), dates shown as months, or codes (201404)."""
    way = rng.choice(["words", "words", "dates", "codes"])
    when = [dt.datetime.strptime(m, "%b %Y") for m in months]
    if way == "dates":
        for col in (c for c, (k, _) in cols.items() if k == "month"):
            sheet.formats[(head, col)] = "mmm yyyy"
        return list(when)
    return [100 * d.year + d.month for d in when] if way == "codes" else list(months)


def _office_names(rng: random.Random, n: int) -> list[object]:
    """Offices by name, by a number ('1021') or by a code ('LS1')."""
    way = rng.choice(["names", "names", "numbers", "codes"])
    if way == "numbers":
        return rng.sample(range(1001, 9999), n)
    if way == "codes":
        return [f"{rng.choice(['LS', 'BD', 'YO', 'HU'])}{i}" for i in rng.sample(range(1, 30), n)]
    return rng.sample(PLACES, n)


def _quarter_lines(
    grid: _Grid,
    regions: list[tuple[str, list[object]]],
    cols: dict[int, tuple[str, int]],
    head: int,
    two_columns: bool,
) -> None:
    rng = grid.rng
    grand_on_top = rng.random() < 0.3
    region_lines = not two_columns and rng.random() < 0.8
    above = rng.random() < 0.4  # a region's line over its offices
    row = head + 1
    grand = row if grand_on_top else None
    row += 1 if grand_on_top else 0
    leaf_rows: list[int] = []
    subtotals: list[tuple[int, list[int]]] = []
    for region, offices in regions:
        at = row if region_lines and above else None
        row += 1 if at is not None else 0
        rows = list(range(row, row + len(offices)))
        for i, (line, office) in enumerate(zip(rows, offices, strict=True)):
            if two_columns:
                if i == 0:
                    grid.text((line, 1), region)
                grid.text((line, 2), office)
            else:
                indent = region_lines and isinstance(office, str)
                grid.text((line, 1), f"  {office}" if indent else office)
        row += len(offices)
        if region_lines and not above:
            at, row = row, row + 1
        if at is not None:
            grid.text((at, 1), region if above else f"{region} total")
            subtotals.append((at, rows))
        leaf_rows += rows
    if grand is None:
        grand = row
    grid.text((grand, 1), rng.choice(["Total", "All offices", "Yorkshire"]))
    months = [c for c, (k, _) in cols.items() if k == "month"]
    for line in leaf_rows:
        for col in months:
            grid.count((line, col))
    lines = [(line, [line]) for line in leaf_rows] + subtotals
    lines.append((grand, leaf_rows))
    down = {at: rows for at, rows in subtotals}
    for line, leaves_down in lines:
        for col, (kind, q) in cols.items():
            across = [
                c for c, (k, qq) in cols.items() if k == "month" and (qq == q or kind == "year")
            ]
            leaves = [(r, c) for r in leaves_down for c in ([col] if kind == "month" else across)]
            if kind == "month" and line in leaf_rows:
                continue
            if kind == "month" or (line not in leaf_rows and rng.random() < 0.5):
                parts = [(r, col) for r in _over(line, down, subtotals, leaf_rows)]
            elif kind == "year" and rng.random() < 0.5:
                parts = [(line, c) for c, (k, _) in cols.items() if k == "quarter"]
            else:
                parts = [(line, c) for c in across]
            grid.total((line, col), parts, leaves)


def _over(
    line: int, down: dict[int, list[int]], subtotals: list[tuple[int, list[int]]], leaves: list[int]
) -> list[int]:
    """The lines a total line adds up down its column: a region's its offices, the grand
    total the regions' lines (or every office, where there are none)."""
    if line in down:
        return down[line]
    return [at for at, _ in subtotals] or leaves


def _pairs(rng: random.Random, sheet: Sheet) -> list[str]:
    """Two measures a month; the merged spans of the months' heads."""
    grid = _Grid(rng, sheet, typed=rng.random() < 0.3)
    measures = rng.choice(PAIRS)
    months = [m for _, ms in QUARTERS[:2] for m in ms][: rng.randint(2, 5)]
    offices = rng.sample(PLACES, rng.randint(3, 7))
    grid.text((1, 1), f"{measures[0]} and {measures[1].lower()} by office and month")
    head, merged = 3, []
    grid.text((head + 1, 1), "Office")
    for i, month in enumerate([*months, "Total"]):
        col = 2 + 2 * i
        grid.text((head, col), month)
        if rng.random() < 0.5:
            merged.append(f"{get_column_letter(col)}{head}:{get_column_letter(col + 1)}{head}")
        for j, measure in enumerate(measures):
            grid.text((head + 1, col + j), measure)
    on_top = rng.random() < 0.3
    first = head + (3 if on_top else 2)
    rows = list(range(first, first + len(offices)))
    total_row = head + 2 if on_top else rows[-1] + 1
    grid.text((total_row, 1), "Total")
    for line, office in zip(rows, offices, strict=True):
        grid.text((line, 1), office)
        for i in range(len(months)):
            grid.count((line, 2 + 2 * i))
            grid.count((line, 3 + 2 * i))
    end = 2 + 2 * len(months)
    for line in [*rows, total_row]:
        for j in range(2):
            cols = [2 + 2 * i + j for i in range(len(months))]
            if line != total_row:
                grid.total((line, end + j), [(line, c) for c in cols], [(line, c) for c in cols])
                continue
            for col in [*cols, end + j]:
                span = cols if col == end + j else [col]
                grid.total(
                    (line, col), [(r, col) for r in rows], [(r, c) for r in rows for c in span]
                )
    return merged
