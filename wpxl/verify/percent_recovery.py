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

A percentage sheet's own words must not give a volume back either: a header or row label (or
the input's words wpxl's intro repeats) stating an amount ("JSA 25+ (incl. 4 prison leavers)",
"ESA Flow (3)") states an outcome volume, however small. Numbers that name a group, a period or
an age ("PG 1", "Apr 2013", "JSA 18-24", "50+") are no amount; wpxl's banner, the sheet's name
and wpxl's note on coarsened shares are its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import TypeVar

from wpxl.model import Cell, Coord, Sheet
from wpxl.model.layout import BANNER_ROWS
from wpxl.model.recovery import (
    Subtotal,
    as_multiples,
    count_range,
    gives_back,
    jointly_gives_back,
    reader_steps,
)
from wpxl.model.sheetref import a1
from wpxl.policy import Policy
from wpxl.policy.wording import render
from wpxl.read import read_workbook
from wpxl.verify.amounts import states_an_amount
from wpxl.verify.leaks import Finding

Grid = dict[Coord, object]  # (row, col) -> a normalised value: words or a number
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
STATED = "an amount stated in the words of a percentage sheet (an outcome volume, however small)"
# A group's own small number after its name ("PG 1", "Area 4 North"): a capitalised word that
# brings in no amount ("incl. 4"), then one or two digits no lower-case word or number follows.
_GROUP_NUMBER = re.compile(
    r"(?<![\w.])(?!(?i:incl?|excl?|including|excluding|plus|less|minus|and|with|without|of|n"
    r"|base|count|total|approx|about|around|c|ca)\b)[A-Z][A-Za-z]*\.?[ \t]?\d{1,2}\b"
    r"(?![ \t]*(?:[a-z\d]|[-\u2013/:.,]\s*\d))"
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
    gives_back: bool = False
    bases: set[int] = field(default_factory=set)  # the true bases of the inputs explaining it

    @property
    def place(self) -> str:
        return f"'{self.sheet}' {a1(*self.first)}:{a1(*self.last)}"


def find_recoverable(output_path: Path, input_path: Path, policy: Policy) -> list[Finding]:
    """Every percentage line of ``output_path`` from which a reader gets the true base of the
    counts behind it in ``input_path``."""
    check = PercentRecovery(policy)
    for sheet in read_workbook(output_path).sheets:
        check.add_output_sheet(sheet.name, sheet.cells, percent_sheet=sheet.name.endswith("%"))
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

    def add_output_sheet(
        self, name: str, cells: Mapping[Coord, Cell], percent_sheet: bool = True
    ) -> None:
        """One sheet of the copy; ``percent_sheet``: one of wpxl's percentage sheets, whose
        words are judged too."""
        if percent_sheet:
            self.stated.extend(_stated_amounts(name, cells))
        if any(_is_percent(c) for c in cells.values()):
            self.lines.extend(_lines(name, cells))

    def add_input_sheet(self, sheet: Sheet) -> None:
        grid = _grid(sheet)
        sources = {False: _Source(grid), True: _Source(_turned(grid))}
        for line in self.lines:
            if not line.gives_back:
                candidates = _candidates(line, sources[line.turned])
                line.gives_back = any(self._gives_back(line, counts) for counts in candidates)

    def _gives_back(self, line: _Line, counts: list[float]) -> bool:
        """These input counts are the line's (its shares are theirs, rounded; their base is
        remembered) and a reader gets their base back from the shares and subtotals shown."""
        least = self.policy.small_base
        if not _explains(counts, line.shares, self.steps, least):
            return False
        whole = [int(c) for c in counts]
        line.bases.add(sum(whole))
        return gives_back(whole, line.shares, self.steps, least, subtotals=line.subtotals)

    def findings(self) -> list[Finding]:
        alone = [Finding(line.place, GIVES_BACK) for line in self.lines if line.gives_back]
        return [*self.stated, *alone, *self._jointly()]

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


def _stated_amounts(name: str, cells: Mapping[Coord, Cell]) -> list[Finding]:
    """The words of a percentage sheet that state an amount: its headers, row labels and the
    input's words in wpxl's intro, but for its banner, its name and wpxl's note on shares made
    coarser (which names the steps, "5 % or 10 %")."""
    found = []
    for coord, cell in sorted(cells.items()):
        text = cell.value
        if not isinstance(text, str) or coord[0] < BANNER_ROWS or text == name:
            continue
        if _coarsened().match(text) is None and _states_an_amount(text):
            found.append(Finding(f"'{name}' {a1(*coord)}", STATED))
    return found


def _states_an_amount(text: str) -> bool:
    return states_an_amount(text) and states_an_amount(_GROUP_NUMBER.sub(" ", text))


@cache
def _coarsened() -> re.Pattern[str]:
    """wpxl's note on a percentage sheet whose shares were made coarser, any measure's."""
    note = re.escape(render("percentages_coarsened.txt.j2", mark="\x00", measure="\x01"))
    return re.compile(note.replace("\x00", ".{1,9}").replace("\x01", "[a-z ]{1,40}") + "$")


class _Source:
    """One input sheet (or the sheet turned on its side), indexed for finding lines in it."""

    def __init__(self, grid: Grid) -> None:
        self.grid = grid
        self.numbers: dict[int, list[int]] = {}  # column -> rows holding a number, in order
        self.places: dict[str, list[tuple[int, int]]] = {}  # words -> where they are
        self.rows: dict[int, list[tuple[int, str]]] = {}  # row -> (column, words), in order
        for (r, c), value in sorted(grid.items()):
            if isinstance(value, float):
                self.numbers.setdefault(c, []).append(r)
            self.places.setdefault(str(value), []).append((r, c))
            self.rows.setdefault(r, []).append((c, str(value)))


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
        for col in sorted({c for _, c in shown}):
            rows = sorted(r for r, c in shown if c == col)
            keys = [_words(words, ((r, j) for j in range(left))) for r in rows]
            name = _words(words, ((h, col) for h in range(top)))
            parts = [i for i, key in enumerate(keys) if not any("total" in k for k in key)]
            if len(parts) < 2:
                continue
            ends = [(rows[parts[0]], col), (rows[parts[-1]], col)]
            first, last = ((c, r) for r, c in ends) if turned else ends
            shares = [shown[(rows[i], col)] for i in parts]
            subtotals = [(group, shown[(rows[i], col)]) for i, group in _groups(keys, parts)]
            line = _Line(
                sheet, name, [keys[i] for i in parts], shares, first, last, turned, subtotals
            )
            yield line


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


def _candidates(line: _Line, source: _Source) -> Iterator[list[float]]:
    """The counts each place of an input sheet that could be the line's source holds."""
    if line.name:
        starts = source.places.get(line.name[-1], [])
    else:
        starts = [(-1, col) for col in source.numbers]
    for top, col in starts:
        counts = _follow(source, top, col, line.keys)
        if counts is not None:
            yield counts


def _follow(source: _Source, top: int, col: int, keys: list[tuple[str, ...]]) -> list[float] | None:
    """Going down from the line's name, the first row holding each part's key and a number."""
    grid = source.grid
    rows = iter(r for r in source.numbers.get(col, ()) if r > top)
    counts: list[float] = []
    for key in keys:
        for row in rows:
            held = {words for c, words in source.rows[row] if c < col}
            if all(k in held for k in key):
                counts.append(grid[(row, col)])  # type: ignore[arg-type]
                break
        else:
            return None
    return counts


def _explains(
    counts: list[float], shares: list[float], steps: Sequence[Fraction], least: int
) -> bool:
    """The shares are these counts over their sum, rounded half up on one of ``steps``."""
    if any(c != int(c) or c < 0 for c in counts):
        return False
    base = int(sum(counts))
    if base < least:
        return False
    for step in steps:
        shown = as_multiples(shares, step)
        if shown is not None and all(
            lo <= c <= hi
            for k, c in zip(shown, counts, strict=True)
            for lo, hi in [count_range(k, step, base)]
        ):
            return True
    return False
