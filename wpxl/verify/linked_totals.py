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

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.outcomes import OutcomeContext
from wpxl.verify.proof import Proof
from wpxl.verify.shown_sums import shown_figure
from wpxl.verify.summed_blocks import first_words, row_labels
from wpxl.verify.total_words import figure, names_total
from wpxl.verify.typed_summaries import a_page, head_above

NAME = "linked_totals"
NOT_THE_TOTAL = "a figure typed as another sheet's total not showing what the copy shows for it"
AN_OUTCOME_TOTAL = "an outcome sheet's total typed on another sheet"
_GRAND = ""  # the key of a sheet's grand total
Coord = tuple[int, int]
T = TypeVar("T")


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
    if not a_page(cells):
        return []
    labels = row_labels(pair, cells)
    read = _Read(pair.source.name.strip().casefold())
    lines: dict[int, dict[str, _Total]] = {}  # figures by row, keyed by their header
    for (row, col), cell, label, head, value in _figures(cells, labels):
        shown = shown_figure(pair, (row, col)) if pair.carried((row, col)) else None
        if cell.formula is None:
            where = pair.where(pair.output_coord((row, col)))
            read.typed.append(_Typed(label, head, value, shown, where))
        lines.setdefault(row, {})[head.casefold()] = _Total(value, shown)
    read.totals = _totals(lines, {row: words for row, (_, words) in labels.items()})
    proof.later.append((NAME, read))
    return []


def _figures(
    cells: dict[Coord, Cell], labels: dict[int, tuple[int, str]]
) -> Iterator[tuple[Coord, Cell, str, str, float]]:
    """Each figure with words to its left and above it, in order: (place, cell, its row's
    first words, the nearest words above it, its value)."""
    for (row, col), cell in sorted(cells.items()):
        label, value = labels.get(row), figure(cell)
        if label is None or label[0] >= col or value is None:
            continue
        head = head_above(cells, row, col)
        if head is not None:
            yield (row, col), cell, label[1], head, value


def _outcome_totals(proof: Proof, index: int) -> dict[str, _Total]:
    """The totals of a small input sheet's outcome or sustainment figures, as the proof's
    own reading of outcome words finds them (none on a sheet that names no outcome)."""
    sheet = proof.source.read_again(index)
    if not a_page(sheet.cells):
        return {}
    context = OutcomeContext(sheet, proof.measures)
    if not context.may_hold_outcomes:
        return {}
    labels = first_words(sheet.cells)
    lines: dict[int, dict[str, _Total]] = {}
    for place, _, _, head, value in _figures(sheet.cells, labels):
        if context.is_outcome(place):
            lines.setdefault(place[0], {})[head.casefold()] = _Total(value, None)
    return _totals(lines, {row: words for row, (_, words) in labels.items()})


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
    others = _Others(proof, set(by_name))
    found: list[Finding] = []
    for sheet in sheets:
        for typed in sheet.typed:
            total = _total_of(typed, sheet, by_name)
            if total is not None and typed.shown is not None and total.shown is not None:
                if abs(typed.shown - total.shown) > 1e-6:
                    found.append(Finding(typed.where, NOT_THE_TOTAL))
            elif total is None and typed.shown is not None and others.outcome_total(typed):
                found.append(Finding(typed.where, AN_OUTCOME_TOTAL))
    return found


def _total_of(typed: _Typed, sheet: _Read, by_name: dict[str, _Read]) -> _Total | None:
    """The total of the sheet the figure's line (or its header) names that it is exactly."""
    for name, key in ((typed.label, typed.head), (typed.head, typed.label)):
        other = _named(name, by_name)
        if other is None or other is sheet:
            continue
        total = _exactly(other.totals, key, typed.value)
        if total is not None:
            return total
    return None


def _exactly(totals: dict[str, _Total], key: str, value: float) -> _Total | None:
    """The total under the header ``key`` (one naming a total: the grand total) if it is
    exactly ``value``."""
    total = totals.get(_GRAND if names_total(key) else key.casefold())
    return total if total is not None and total.value == value else None


class _Others:
    """The input's other sheets (those the copy does not show as counts: an outcome sheet is
    a percentage sheet there), each read again only when a figure's words name it."""

    def __init__(self, proof: Proof, volumes: set[str]) -> None:
        self._proof = proof
        entries = proof.source.survey.entries
        names = (" ".join(entry.name.split()).casefold() for entry in entries)
        self._index = {name: i for i, name in enumerate(names) if name not in volumes}
        self._read: dict[int, _Read] = {}

    def outcome_total(self, typed: _Typed) -> bool:
        """Whether the figure is exactly a total of outcome figures of the sheet it names."""
        for name, key in ((typed.label, typed.head), (typed.head, typed.label)):
            index = _named(name, self._index)
            if index is None:
                continue
            if index not in self._read:
                self._read[index] = _Read("", totals=_outcome_totals(self._proof, index))
            if _exactly(self._read[index].totals, key, typed.value) is not None:
                return True
        return False


def _named(name: str, by_name: dict[str, T]) -> T | None:
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
