"""The proof that no outcome percentage gives its volumes back (issue 14, invariant 8).

Independent of the plan: the output's percentage lines are read from the written file, their
true counts from the input, and each line is searched the way a reader who knows the cover's
rules would (``wpxl.model.recovery``): if the smallest base fitting the shares is the true one,
the copy must not leave.

Which input counts lie behind a line is found by one simple, documented rule, not by wpxl's
analysis of the input:

- A percentage cell is a number whose format shows a percentage. A line (a column of them, or
  a row) is a breakdown; its members whose label or header says "total" are its totals, the
  rest its parts. A reader takes each total to add up the parts since the previous total, or,
  if there are none, all the parts before it, and uses its share too.
- A part's key is its row's labels (the words left of the percentages) for a column, or its
  column's headers (the words above them) for a row; the line's own name is its innermost
  header (column) or label (row).
- In every input sheet, each cell holding the line's name starts a candidate: going down from
  it (across, for a row), each part is the first later row (column) that holds every word of
  its key before the name's column (above the name's row) and a number in the name's column
  (row). The numbers found are the candidate's counts.
- A candidate is the line's source if every shown share is its count over their sum, rounded
  half up on a step a reader could assume (the policy's, 5 % or 10 %).

A line no input candidate explains is not judged here (other invariants hold it).

Lines of two sheets or more that candidates of one base explain are searched together too: a
reader cannot know which lines count one population, so one who takes them all for one must
not find that the smallest base they all fit is the true one.

A line whose name says total is taken to add up, group by group, the lines of its sheet over
the same rows across (the lines since the previous total line, or, if none, all before it,
every place from the first percentage up to it holding one): its base is the sum of theirs
and each of its counts the sum of theirs. A reader who uses that must not find that the
smallest total base fitting it all is the true one an input explains the total by
(``wpxl.model.summed_recovery``). The sheet's words are judged in ``percent_words``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from wpxl.model import Cell, Coord, Sheet
from wpxl.model.recovery import (
    Subtotal,
    as_multiples,
    gives_back,
    jointly_gives_back,
    reader_steps,
)
from wpxl.model.sheetref import a1
from wpxl.model.summed_recovery import sums_give_back
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.outcome_labels import RowName
from wpxl.verify.percent_bases import base_fault
from wpxl.verify.percent_sections import Spans, untold_rows
from wpxl.verify.percent_sheets import SheetWords
from wpxl.verify.percent_sources import Grid, Shown, Source
from wpxl.verify.percent_words import (
    PercentKey,
    marked_amounts,
    set_aside_keys,
    stated_amounts,
    unvouched,
)
from wpxl.verify.rest_shares import RestShares
from wpxl.verify.twice_broken import TWICE_COUNTED, judged, names_the_whole

T = TypeVar("T")
GIVES_BACK = (
    "outcome percentages from which a reader can work the volumes back (the smallest base "
    "that fits them is the true one); show them to the nearest 5 % or 10 %, or withhold them"
)
GIVES_BACK_JOINTLY = (
    "outcome percentages from which, read with those of the same base on another sheet, a "
    "reader can work the volumes back (the smallest base that fits them all is the true one); "
    "show them to the nearest 5 % or 10 %, or withhold them"
)
GIVES_BACK_SUMMED = (
    "outcome percentages of a total from which, read with those of the lines it adds up, a "
    "reader can work the volumes back (the smallest total base whose parts' bases add up to "
    "it and whose counts are the sums of theirs is the true one); show the parts to the "
    "nearest 5 % or 10 %, or withhold them"
)


@dataclass(slots=True)
class _Line:
    """A breakdown as a reader sees it: its name, its parts' keys and shares, where it is."""

    sheet: str
    name: tuple[str, ...]
    keys: list[tuple[str, ...]]
    shares: list[float]
    first: tuple[int, int]
    last: tuple[int, int]
    turned: bool  # a row of the sheet, read as a column of the sheet turned on its side
    subtotals: list[Subtotal]  # (the parts, by index, a shown subtotal is taken to add up, share)
    rows: tuple[int, ...]  # where its parts are along it (rows, or columns when turned)
    position: int  # where it is across (its column, or its row when turned)
    start: int  # where the first line of its sheet is across
    every_key: list[tuple[str, ...]]  # each of its rows' words, totals too (``twice_broken``)
    parts_at: tuple[int, ...]  # where its parts are among them
    gives_back: bool = False
    fault: str | None = None  # what its base, as an input explains it, wrongly counts
    bases: set[int] = field(default_factory=set)  # the true bases of the inputs explaining it
    shown: Shown | None = None  # its shares as multiples of each step, once worked out

    @property
    def place(self) -> str:
        return f"'{self.sheet}' {a1(*self.first)}:{a1(*self.last)}"


def find_recoverable(output_path: Path, input_path: Path, policy: Policy) -> list[Finding]:
    """Every percentage line of ``output_path`` from which a reader gets the true base of the
    counts behind it in ``input_path``."""
    check = PercentRecovery(policy)
    for sheet in read_workbook(output_path).sheets:
        spans = [(m.top, m.left, m.bottom, m.right) for m in sheet.merged]
        check.add_output_sheet(sheet.name, sheet.cells, sheet.name.endswith("%"), spans=spans)
    if check.lines:
        for sheet in read_workbook(input_path).sheets:
            check.add_input_sheet(sheet)
    return check.findings()


class PercentRecovery:
    """Invariant 8 for a proof that reads the two books itself, a sheet at a time: the copy's
    sheets first (only their percentage lines are kept, and the amounts a percentage sheet's
    words state), then each input sheet in turn."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.steps = reader_steps(policy.percent_decimals)
        self.lines: list[_Line] = []
        self.stated: list[Finding] = []
        self.keys: list[PercentKey] = []  # numbers alone, judged by the proof once it is done
        self.marked: list[tuple[str, str]] = []  # texts with footnote marks, judged so too
        self.sheet_words = SheetWords()  # percentage sheets that cannot be told apart
        self.rest_shares = RestShares()  # shares of those who reached no outcome

    def add_output_sheet(
        self,
        name: str,
        cells: Mapping[Coord, Cell],
        percent_sheet: bool = True,
        keys_of: SheetPair | None = None,
        tabs: frozenset[str] = frozenset(),
        spans: Spans = (),
    ) -> None:
        """One sheet of the copy; ``percent_sheet``: one of wpxl's percentage sheets, whose
        words are judged too; ``keys_of``: the proof's pair of it, whose numbers alone under
        a header are judged against the input's row names (``findings``); ``tabs``: the
        input's shown sheets named by digits alone, which the intro may name; ``spans``: its merged
        ranges (a header merged over columns heads each)."""
        if percent_sheet:
            shown = cells if keys_of is None else set_aside_keys(keys_of, cells, self.keys)
            labels = frozenset(c.value for c in cells.values() if isinstance(c.value, str))
            self.stated.extend(stated_amounts(name, shown, labels, tabs, self.marked))
            self.stated.extend(self.sheet_words.add(name, cells))
            percent = {k for k, c in cells.items() if _is_percent(c)}
            self.stated.extend(untold_rows(name, cells, percent, spans))
            self.rest_shares.add(name, cells, percent)
        if any(_is_percent(c) for c in cells.values()):
            self.lines.extend(_lines(name, cells))

    def add_input_sheet(self, sheet: Sheet) -> None:
        self.rest_shares.add_input(sheet.cells)
        grid = _grid(sheet)
        sources = {False: Source(grid), True: Source(_turned(grid))}
        least = self.policy.small_base
        for line in self.lines:
            if not line.gives_back:
                if line.shown is None:  # once a line, not once an input sheet
                    line.shown = [(step, as_multiples(line.shares, step)) for step in self.steps]
                found = sources[line.turned].explaining(line.name, line.keys, line.shown, least)
                line.gives_back = any(self._gives_back(line, counts) for counts in found)
            if line.fault is None and not line.gives_back and _maybe_twice(line):
                self._twice_broken(line, sources[line.turned])

    def _gives_back(self, line: _Line, counts: list[float]) -> bool:
        """These input counts, whose shares are the line's rounded, are its own (their base is
        remembered); whether a reader gets their base back from the shares and subtotals
        shown."""
        least = self.policy.small_base
        whole = [int(c) for c in counts]
        line.bases.add(sum(whole))
        line.fault = line.fault or base_fault(line.keys, whole)
        return gives_back(whole, line.shares, self.steps, least, subtotals=line.subtotals)

    def _twice_broken(self, line: _Line, source: Source) -> None:
        """A line breaking one total down two ways or more (``twice_broken``): its shares wrong
        (a fault) or giving the total back."""
        for counts in source.following(line.name, line.every_key):
            verdict = judged(
                line.every_key,
                line.parts_at,
                line.shares,
                counts,
                self.steps,
                self.policy.small_base,
            )
            if verdict == "wrong":
                line.fault = TWICE_COUNTED
            line.gives_back = line.gives_back or verdict == "gives back"

    def findings(
        self,
        row_names: frozenset[RowName] | set[RowName] = frozenset(),
        footnotes: frozenset[float] = frozenset(),
    ) -> list[Finding]:
        """What the lines give back, and the words that state an amount (a number alone set
        aside is one unless ``row_names``, the proof's, holds it under its header; a text set
        aside for its marks, unless each is one of the input's ``footnotes``)."""
        alone = [Finding(line.place, GIVES_BACK) for line in self.lines if line.gives_back]
        twice = [Finding(x.place, x.fault) for x in self.lines if x.fault]
        keys = [*unvouched(self.keys, row_names), *marked_amounts(self.marked, footnotes)]
        rest = self.rest_shares.findings()
        return [*self.stated, *rest, *keys, *alone, *twice, *self._jointly(), *self._summed()]

    def _summed(self) -> list[Finding]:
        """The total lines (``_sums``) from which, read with their parts, a reader gets the
        true base of the counts an input explains the total by back."""
        found = []
        for total, parts in _sums(self.lines):
            if total.gives_back:
                continue
            searched = [(line.shares, line.subtotals) for line in parts]
            for base in sorted(total.bases):
                least = self.policy.small_base
                if sums_give_back(
                    searched, (total.shares, total.subtotals), base, self.steps, least
                ):
                    places = ", ".join(line.place for line in parts)
                    found.append(Finding(total.place, f"{GIVES_BACK_SUMMED} ({places})"))
                    break
        return found

    def _jointly(self) -> list[Finding]:
        """The lines a reader gets a base back from by taking every line of two sheets or more
        that one input base explains for one population, though none gives it back alone (a
        reader cannot know which lines share a base, so every line that might is taken)."""
        by_base: dict[int, list[_Line]] = {}
        for line in self.lines:
            if not line.gives_back:
                for base in line.bases:
                    by_base.setdefault(base, []).append(line)
        found: dict[str, Finding] = {}
        for base, lines in sorted(by_base.items()):
            if len({line.sheet for line in lines}) < 2:
                continue
            searched = [(line.shares, line.subtotals) for line in lines]
            if jointly_gives_back(searched, base, self.steps, self.policy.small_base):
                for line in lines:
                    others = sorted({o.place for o in lines if o.sheet != line.sheet})
                    kind = f"{GIVES_BACK_JOINTLY} ({', '.join(others)})"
                    found.setdefault(line.place, Finding(line.place, kind))
        return list(found.values())


def _sums(lines: list[_Line]) -> Iterator[tuple[_Line, list[_Line]]]:
    """Each line whose name says total, with the lines of its sheet over the same rows it is
    taken to add up across: those since the previous total line, or, if none, all before it.
    Only when every place from the first percentage across up to it holds such a line (a
    month withheld or on too small a base leaves a reader nothing to add up)."""
    blocks: dict[tuple[str, bool, tuple[int, ...]], dict[int, _Line]] = {}
    for line in lines:
        blocks.setdefault((line.sheet, line.turned, line.rows), {})[line.position] = line
    for block in blocks.values():
        since: list[_Line] = []
        before: list[_Line] = []
        previous = block[min(block)].start - 1
        for position in sorted(block):
            if position != previous + 1:
                break  # a gap: no line after it adds up all before it
            previous, line = position, block[position]
            if not line.name or "total" not in line.name[-1]:
                since.append(line)
                before.append(line)
                continue
            if since or before:
                yield line, since or before
            since = []


def _maybe_twice(line: _Line) -> bool:
    """Whether the line has the lines two breakdowns of a total need, and words naming it."""
    return len(line.keys) >= 4 and any(names_the_whole(key) for key in line.every_key)


def _is_percent(cell: Cell) -> bool:
    return (
        isinstance(cell.value, int | float)
        and not isinstance(cell.value, bool)
        and "%" in cell.style.number_format
    )


def _norm(value: object) -> object:
    """Values as a reader compares them: words without case or spacing, numbers as numbers."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    text = " ".join(str(value).split()).casefold()
    return text or None


def _grid(sheet: Sheet) -> Grid:
    return {
        coord: norm
        for coord, cell in sheet.cells.items()
        if (norm := _norm(cell.value)) is not None
    }


def _turned(grid: Mapping[Coord, T]) -> dict[Coord, T]:
    return {(c, r): v for (r, c), v in grid.items()}


def _lines(sheet: str, cells: Mapping[Coord, Cell]) -> Iterator[_Line]:
    """Each column of percentages, then each row (read as a column of the sheet turned on its
    side), with the words that name it and its parts."""
    percent = {coord: float(c.value) for coord, c in cells.items() if _is_percent(c)}  # type: ignore[arg-type]
    grid = {coord: norm for coord, c in cells.items() if (norm := _norm(c.value)) is not None}
    for turned, shown, words in (
        (False, percent, grid),
        (True, _turned(percent), _turned(grid)),
    ):
        left, top = min(c for _, c in shown), min(r for r, _ in shown)
        by_col: dict[int, list[int]] = {}  # grouped once: a sheet of 4,000 lines has 4,000
        for r, c in shown:
            by_col.setdefault(c, []).append(r)
        for col in sorted(by_col):
            rows = sorted(by_col[col])
            keys = [_words(words, ((r, j) for j in range(left))) for r in rows]
            name = _words(words, ((h, col) for h in range(top)))
            parts = [i for i, key in enumerate(keys) if not any("total" in k for k in key)]
            if len(parts) < 2:
                continue
            ends = [(rows[parts[0]], col), (rows[parts[-1]], col)]
            first, last = ((c, r) for r, c in ends) if turned else ends
            shares = [shown[(rows[i], col)] for i in parts]
            subtotals = [(group, shown[(rows[i], col)]) for i, group in _groups(keys, parts)]
            yield _Line(
                sheet,
                name,
                [keys[i] for i in parts],
                shares,
                first,
                last,
                turned,
                subtotals,
                tuple(rows[i] for i in parts),
                col,
                left,
                keys,
                tuple(parts),
            )


def _groups(keys: list[tuple[str, ...]], parts: list[int]) -> Iterator[tuple[int, tuple[int, ...]]]:
    """Each total on a line and the parts (by their index among the parts) a reader takes it to
    add up: those since the previous total ("JSA total" under the JSA rows), or, if none, all
    the parts before it ("Total" at the foot)."""
    previous = -1
    for i in range(len(keys)):
        if i in parts:
            continue
        since = tuple(n for n, p in enumerate(parts) if previous < p < i)
        group = since or tuple(n for n, p in enumerate(parts) if p < i)
        previous = i
        if group:
            yield i, group


def _words(grid: Grid, coords: Iterator[tuple[int, int]]) -> tuple[str, ...]:
    return tuple(str(v) for coord in coords if (v := grid.get(coord)) is not None)
