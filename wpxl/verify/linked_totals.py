"""Invariant 14: a figure typed as another sheet's total shows what the copy shows for it.

A 'Summary' sheet listing each area's (or each measure's) total, pasted as values, holds each
of those totals a second time: 'Leeds' 2,469 beside the Leeds sheet whose Total row reads
1,411 and 1,058. Rounded on its own the summary shows 2,460 while the Leeds sheet's rounded
cells add up to 2,480, and the two roundings of one figure together narrow it (guidance R5:
a total is the sum of the rounded cells it covers, never the rounded original total).

The proof reads the input itself, sheets of no more than 2,000 figures (a summary is a page).
A typed figure is a sheet's total when its row's first words (or, laid the other way, the
nearest words above it) are that sheet's name (or the only sheet's whose name begins or ends
with them: 'Leeds' for 'Leeds MI'), and it is exactly the figure of that sheet's
Total row under the same header; under a header naming a total, exactly the sheet's grand
total (its Total row's figure so headed, or without one the sum of the Total row). A sheet
with no Total row is added up column by column. The copy must show at the figure what it
shows at the total (the sum of what it shows at the parts), unless either is not shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import Proof
from wpxl.verify.shown_sums import shown_figure
from wpxl.verify.summed_blocks import figure, first_words, names_total
from wpxl.verify.typed_summaries import head_above

NAME = "linked_totals"
NOT_THE_TOTAL = "a figure typed as another sheet's total not showing what the copy shows for it"
_MOST_FIGURES = 2_000
_GRAND = ""  # the key of a sheet's grand total
Coord = tuple[int, int]


@dataclass(frozen=True, slots=True)
class _Total:
    value: float  # the input's
    shown: float | None  # what the copy shows (None: not all of it shown)


@dataclass(frozen=True, slots=True)
class _Typed:
    label: str  # its row's first words
    head: str  # the nearest words above it
    value: float
    shown: float | None
    where: str


@dataclass(slots=True)
class _Read:
    """One small volume sheet: its typed figures and its totals by header (lower case)."""

    name: str
    typed: list[_Typed] = field(default_factory=list)
    totals: dict[str, _Total] = field(default_factory=dict)


def linked_figures(pair: SheetPair, proof: Proof) -> list[Finding]:
    """Keep a small volume sheet's typed figures and totals for the finish, which compares the
    sheets: nothing is found here."""
    if pair.kind != "volume" or pair.source is None:
        return []
    cells = pair.source.cells
    if not _a_page(cells):
        return []
    labels = first_words(cells)
    read = _Read(pair.source.name.strip().casefold())
    lines: dict[int, dict[str, _Total]] = {}  # figures by row, keyed by their header
    for (row, col), cell in sorted(cells.items()):
        label, value = labels.get(row), figure(cell)
        head = head_above(cells, row, col)
        if label is None or label[0] >= col or value is None or head is None:
            continue
        shown = shown_figure(pair, (row, col)) if pair.carried((row, col)) else None
        if cell.formula is None:
            where = pair.where(pair.output_coord((row, col)))
            read.typed.append(_Typed(label[1], head, value, shown, where))
        lines.setdefault(row, {})[head.casefold()] = _Total(value, shown)
    read.totals = _totals(lines, {row: words for row, (_, words) in labels.items()})
    proof.later.append((NAME, read))
    return []


def _a_page(cells: dict[Coord, Cell]) -> bool:
    """Whether the sheet holds no more than a page of figures (asked of every cell only there)."""
    figures = 0
    for cell in cells.values():
        figures += figure(cell) is not None
        if figures > _MOST_FIGURES:
            return False
    return True


def _totals(lines: dict[int, dict[str, _Total]], labels: dict[int, str]) -> dict[str, _Total]:
    """The sheet's one Total row by header, and its grand total under ``_GRAND``; without a
    Total row, each header's figures added up; none where two Total rows leave it unclear."""
    footed = [row for row in lines if names_total(labels[row])]
    if len(footed) > 1:
        return {}
    if footed:
        foot = dict(lines[footed[0]])
    else:
        foot = {}
        for line in lines.values():
            for head, total in line.items():
                found = foot.get(head, _Total(0.0, 0.0))
                foot[head] = _Total(found.value + total.value, _plus(found.shown, total.shown))
    grand = [total for head, total in foot.items() if names_total(head)]
    if len(grand) == 1:
        foot[_GRAND] = grand[0]
    elif not grand and foot:
        shown: float | None = 0.0
        for total in foot.values():
            shown = _plus(shown, total.shown)
        foot[_GRAND] = _Total(sum(total.value for total in foot.values()), shown)
    return foot


def _plus(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a + b


def linked_totals_shown(proof: Proof) -> list[Finding]:
    sheets: list[_Read] = [data for name, data in proof.later if name == NAME]  # type: ignore[misc]
    by_name = {sheet.name: sheet for sheet in sheets}
    found: list[Finding] = []
    for sheet in sheets:
        for typed in sheet.typed:
            total = _total_of(typed, sheet, by_name)
            if total is None or typed.shown is None or total.shown is None:
                continue
            if abs(typed.shown - total.shown) > 1e-6:
                found.append(Finding(typed.where, NOT_THE_TOTAL))
    return found


def _total_of(typed: _Typed, sheet: _Read, by_name: dict[str, _Read]) -> _Total | None:
    """The total of the sheet the figure's line (or its header) names that it is exactly."""
    for name, key in ((typed.label, typed.head), (typed.head, typed.label)):
        other = _named(name, by_name)
        if other is None or other is sheet:
            continue
        total = other.totals.get(_GRAND if names_total(key) else key.casefold())
        if total is not None and total.value == typed.value:
            return total
    return None


def _named(name: str, by_name: dict[str, _Read]) -> _Read | None:
    """The sheet so called, or else the one whose name's words begin or end with these."""
    words = name.casefold().split()
    found = by_name.get(" ".join(words))
    if found is not None or not words:
        return found
    size = len(words)
    named = [
        read
        for sheet, read in by_name.items()
        if len(own := sheet.split()) > size and words in (own[:size], own[-size:])
    ]
    return named[0] if len(named) == 1 else None
