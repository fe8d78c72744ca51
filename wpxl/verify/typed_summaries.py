"""Invariant 12: a summary typed as the sum of other sheets shows the sum of what they show.

A provider's 'All areas' sheet is often the areas' sheets added up and pasted as values: each
of its figures is, to the last digit, the sum of the figure under the same row label and column
header on each area's sheet. Rounded cell by cell, it shows the rounded original totals (280)
beside areas whose rounded cells the reader adds up to something else (80 + 120 + 60), which
guidance R5 forbids; wpxl.plan.summaries rebuilds such a sheet over the areas, but only where
it reads every area table as counts alone (one '[c]' in an area left it rounded cell by cell).

The proof reads the input itself, sheets of no more than 2,000 figures (a summary is a page):
each figure keyed by its row's first words and the nearest words above it in its column, a
key that comes twice on a sheet left out, and so is a total's (a sheet by age adds up the same
people as the areas' totals, its own way: wpxl warns of such tables, guidance R6). A sheet
where two or more figures are each the sum of
the figures of their key on two or more other sheets (two or more of those figures not 0), and
none is off the sum of its parts but where a part is a marker ('[c]': its figure unknown), is
a summary of them (a sheet off its parts somewhere is left to wpxl.plan.summaries' warning),
and the copy must show at each such figure the sum of what it shows at its parts, unless one of
them is not shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from wpxl.model import Cell
from wpxl.verify.block_heads import marker_text
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import Proof
from wpxl.verify.shown_sums import shown_figure
from wpxl.verify.summed_blocks import row_labels
from wpxl.verify.total_words import figure, names_total

NAME = "summaries_add_up"
NOT_THE_SHEETS_SUM = "a summary's figure not showing the sum of the sheets it adds up"
_MOST_FIGURES = 2_000
_MIN_SUMS = 2
Coord = tuple[int, int]
Key = tuple[str, str]  # a figure's row label and column header, in lower case


@dataclass(frozen=True, slots=True)
class _Figure:
    value: float  # the input's
    shown: float | None  # what the copy shows there (None: nothing, the cell removed)
    where: str


Keyed = dict[Key, _Figure | None]  # None: a marker ('[c]') where a figure would be


def summary_figures(pair: SheetPair, proof: Proof) -> list[Finding]:
    """Keep a small volume sheet's figures by their keys for the finish (which compares the
    sheets): nothing is found here."""
    if pair.kind != "volume" or pair.source is None:
        return []
    cells = pair.source.cells
    if not a_page(cells):
        return []  # an extract, not a page: no summary of sheets
    labels = row_labels(pair, cells)
    keyed: Keyed = {}
    twice: set[Key] = set()
    for (row, col), cell in cells.items():
        label, value = labels.get(row), figure(cell)
        if label is None or label[0] >= col or (value is None and not marker_text(cell.value)):
            continue
        head = head_above(cells, row, col)
        if head is None or names_total(label[1]) or names_total(head):
            continue  # a total line adds up its own sheet's lines (another sheet may differ)
        key = (label[1].casefold(), head.casefold())
        if key in keyed:
            twice.add(key)
        where = pair.where(pair.output_coord((row, col)))
        keyed[key] = None if value is None else _Figure(value, _shown(pair, (row, col)), where)
    if keyed:
        proof.later.append((NAME, {k: f for k, f in keyed.items() if k not in twice}))
    return []


def summaries_add_up(proof: Proof) -> list[Finding]:
    sheets: list[Keyed] = [data for name, data in proof.later if name == NAME]  # type: ignore[misc]
    found: list[Finding] = []
    for sheet in sheets:
        for total, parts in _summed(sheet, [other for other in sheets if other is not sheet]):
            shown = [part.shown for part in parts]
            if total.shown is None or None in shown:
                continue  # a figure not shown: the other invariants see to it
            if abs(total.shown - sum(shown)) > 1e-6:  # type: ignore[arg-type]
                found.append(Finding(total.where, NOT_THE_SHEETS_SUM))
    return found


def _summed(sheet: Keyed, others: list[Keyed]) -> list[tuple[_Figure, list[_Figure]]]:
    """The sheet's figures that are the sums of their keys' figures on the other sheets, when
    it is a summary of them (see the doc); none otherwise."""
    summed = []
    for key, total in sheet.items():
        held = [other[key] for other in others if key in other]
        parts = [part for part in held if part is not None]
        if total is None or len(parts) < 2 or sum(1 for part in parts if part.value) < 2:
            continue
        if abs(total.value - sum(part.value for part in parts)) <= 1e-9:
            summed.append((total, parts))
        elif len(parts) == len(held):
            return []  # a figure off its parts, none of them a marker: no summary
    return summed if len(summed) >= _MIN_SUMS else []


def a_page(cells: dict[Coord, Cell]) -> bool:
    """Whether a sheet holds no more than a page of figures, a summary's size (its cells are
    counted only that far: an extract of 500,000 is not walked whole)."""
    figures = 0
    for cell in cells.values():
        figures += figure(cell) is not None
        if figures > _MOST_FIGURES:
            return False
    return True


def head_above(cells: dict[Coord, Cell], row: int, col: int) -> str | None:
    """The nearest words above a figure in its column."""
    for above in range(row - 1, -1, -1):
        cell = cells.get((above, col))
        text = cell.value if cell is not None else None
        if isinstance(text, str) and text.strip() and not marker_text(text):  # '[c]' heads nothing
            return " ".join(text.split())
    return None


def _shown(pair: SheetPair, place: Coord) -> float | None:
    return shown_figure(pair, place) if pair.carried(place) else None  # a hidden line: none
