"""A regrouped sheet (``--aggregate``) is held to the input sheet it was made from.

The copy of a regrouped sheet matches the regrouped sheet, not the input file, so the proof
compares the copy with the regrouped sheet (wpxl.verify.proof) and, here, the regrouped sheet
with the input's, redoing the regrouping from the input's own cells:

- every figure on a new line is exactly the sum of the input's figures on the lines it claims
  to add up, in the same column (row) - no figure is invented;
- each input line with figures is added up once, or is left out as the total of a run of
  consecutive lines that are added up - no figure is lost or counted twice;
- nothing outside the regrouped tables changed, and no figure stands in a regrouped table where
  no line adds it up;
- every text the input sheet does not hold carries no number but a year the input names (the
  group names: "Apr-Jun 2013", "JSA payment groups") - no figure is smuggled into a label.

The claims (wpxl.model.regrouping) only say where to look: a wrong one is a finding.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from wpxl.model import Cell, Coord, Sheet
from wpxl.model.regrouping import RegroupedSheet, Regrouping
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.outcomes import OutcomeContext
from wpxl.verify.values import is_year, number, number_tokens

if TYPE_CHECKING:
    from wpxl.verify.proof import Proof

_TOLERANCE = 1e-6
INVENTED = "a regrouped figure that is not the sum of the input's figures it stands for"
LOST = "a regrouping that leaves out figures of the input"
TWICE = "a regrouping that adds up an input line twice"
MOVED = "a regrouping that changes a cell outside the tables it regroups"
STRAY = "a regrouped table holding a figure no line of the input adds up to"
QUOTED = "a regrouped label that quotes a figure"


def regrouping_holds(pair: SheetPair, proof: Proof) -> list[Finding]:
    """The regrouped sheet a copy was compared with is the input sheet, regrouped."""
    if pair.original is None or pair.source is None:
        return []
    claim = proof.source.regrouped[pair.original.name]
    before = SheetPair(pair.name, "volume", {}, [], pair.original)  # for its shown figures
    after = SheetPair(pair.name, "volume", {}, [], pair.source)
    places: list[tuple[Coord, str]] = []
    touched: set[Coord] = set()
    for table in claim.tables:
        places.extend(_sums(table, before, after, touched))
    places.extend(_outside(pair.original, pair.source, touched))
    places.extend(_labels(pair.original, pair.source))
    return [Finding(pair.where(pair.output_coord(at)), kind) for at, kind in sorted(places)]


def unclaimed(proof: Proof) -> list[Finding]:
    """A regrouped sheet that names no visible input sheet is compared with nothing: refused."""
    visible = {e.shown for e in proof.source.survey.entries if e.state == "visible"}
    return [
        Finding(f"sheet '{name}'", "a regrouped sheet the input does not have")
        for name in sorted(proof.source.regrouped)
        if name not in visible
    ]


def _sums(
    table: Regrouping, before: SheetPair, after: SheetPair, touched: set[Coord]
) -> list[tuple[Coord, str]]:
    """Each new line's figures against the input lines it adds up; every input line with
    figures added up once, or left out as a total over lines that are."""
    found: list[tuple[Coord, str]] = []
    at, across, names = table.at, table.across, (*table.labels, *table.across)
    lines = {*table.cleared, *(line for line, _ in table.lines)}
    touched.update(at(line, o) for line in lines for o in names)
    old = before.source.cells if before.source is not None else {}
    new = after.source.cells if after.source is not None else {}
    used: dict[int, int] = {}
    for line, parts in table.lines:
        if line not in table.cleared and any(_held(old.get(at(line, o))) != _EMPTY for o in names):
            found.append((at(line, names[0]), MOVED))  # written over a line it did not clear
        for part in parts:
            used[part] = used.get(part, 0) + 1
        for o in across:
            want = [before.shown(at(p, o)) for p in parts]
            got = after.shown(at(line, o))
            if got is None and all(w is None for w in want):
                continue
            if got is None or abs(got - sum(w or 0.0 for w in want)) > _TOLERANCE:
                found.append((at(line, o), INVENTED))
    for part, times in used.items():
        if times > 1 or part not in table.cleared:
            found.append((at(part, across[0] if across else 0), TWICE))
    added = [
        [before.shown(at(line, o)) or 0.0 for o in across]
        for line in sorted(table.cleared)
        if line in used
    ]
    for line in table.cleared:
        held = [before.shown(at(line, o)) for o in across]
        if line not in used and any(h is not None for h in held) and not _a_total(held, added):
            found.append((at(line, across[0]), LOST))
    claimed = {at(line, o) for line, _ in table.lines for o in across}
    for line in lines:
        for o in names:
            cell = new.get(at(line, o))
            if cell is not None and at(line, o) not in claimed and _figure(cell) is not None:
                found.append((at(line, o), STRAY))
    return found


def _a_total(held: list[float | None], added: list[list[float]]) -> bool:
    """Whether a line left out adds up, in every column, a run of consecutive lines that are
    added up (a total, or a subtotal, over them): leaving it out loses no figure."""
    want = [h or 0.0 for h in held]
    for start in range(len(added)):
        run = [0.0] * len(want)
        for line in added[start:]:
            run = [a + b for a, b in zip(run, line, strict=True)]
            if all(abs(r - w) <= _TOLERANCE for r, w in zip(run, want, strict=True)):
                return True
    return False


def _outside(original: Sheet, regrouped: Sheet, touched: set[Coord]) -> list[tuple[Coord, str]]:
    """Every cell of the sheet outside the regrouped tables as the input holds it."""
    old, new = original.cells, regrouped.cells
    return [
        (coord, MOVED)
        for coord in (old.keys() | new.keys()) - touched
        if _held(old.get(coord)) != _held(new.get(coord))
    ]


_EMPTY = (None, None)


def _held(cell: Cell | None) -> tuple[object, str | None]:
    if cell is None or cell.value in (None, ""):
        return _EMPTY
    return cell.value, cell.formula


def _labels(original: Sheet, regrouped: Sheet) -> list[tuple[Coord, str]]:
    """Texts the input sheet does not hold carry no number but a year the input names."""
    texts = {c.value for c in original.cells.values() if isinstance(c.value, str)}
    years = _years(original, texts)
    return [
        (coord, QUOTED)
        for coord, cell in regrouped.cells.items()
        if isinstance(cell.value, str)
        and cell.value not in texts
        and any(v not in years for v, *_ in number_tokens(cell.value))
    ]


def _years(sheet: Sheet, texts: set[str]) -> set[float]:
    """The years the input sheet names, in its words or as dates."""
    found = {v for t in texts for v, *_ in number_tokens(t) if is_year(v)}
    found.update(float(c.value.year) for c in sheet.cells.values() if isinstance(c.value, dt.date))
    return found


def _figure(cell: Cell) -> float | None:
    return None if isinstance(cell.value, str) and not cell.value.strip() else number(cell.value)


def carry_outcomes(
    claim: RegroupedSheet, before: OutcomeContext, after: OutcomeContext
) -> set[float]:
    """A regrouped figure is an outcome whenever one it adds up was, whatever its new label
    says; returns those figures (wpxl.verify.proof keeps them forbidden)."""
    figures: set[float] = set()
    if not before.outcomes:
        return figures
    cells = claim.sheet.cells
    for table in claim.tables:
        for line, parts in table.lines:
            for o in table.across:
                if any(table.at(p, o) in before.outcomes for p in parts):
                    coord = table.at(line, o)
                    after.outcomes.add(coord)
                    cell = cells.get(coord)
                    value = None if cell is None else number(cell.value)
                    if value is not None:
                        figures.add(value)
    return figures
