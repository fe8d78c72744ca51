"""Members of staff named by an initial and a surname, whatever heads them.

A table of job starts by adviser may head its names with nothing at all (a blank corner), with
'Measure' over names across, or with a word wpxl does not read as a role ('Who', 'Worker'):
'J Smith', 'A.R. Patel', 'Smith, J', 'SMITH, Jane' beside their own figures went out,
verified, as only a role's header or a bare 'Name' made a column's words people's. An initial
then a surname, or a surname, a comma and initials or a forename (as HR systems list staff),
is the shape of a person's name and of nothing else MI heads a
line with: places, teams and payment groups are never so written. Where two or more, and at
least half, of a column's or a line's cells in a run are so shaped, each names a person and
goes, listed as removed; a sheet so named (an adviser's sheet, 'J Smith') is refused, as one
named after a caseload's holder is (wpxl.analyse.people). A compass point's letter is no
initial ('N Yorkshire', 'W Yorks'), nor is a qualification's ('A Level'), and 'Smith J' without
its comma could be 'Group A'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wpxl.analyse.people import NAMED_SHEET, names_someone
from wpxl.analyse.sheet_texts import Texts
from wpxl.model import Coord, Sheet

_SURNAME = r"(?!Levels?\b)[A-Z](?:[a-z]|['\u2019][A-Z])[A-Za-z'\u2019-]*"  # 'Smith', "O'Neil"
_INITIAL = r"[A-Z](?:\.\s*|\s+)"
_CAPITALS = r"[A-Z]{2,}(?:['\u2019-][A-Z]+)?"  # 'SMITH', "O'NEIL": a surname as HR systems type it
_FORENAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_INITIALLED = re.compile(
    rf"\s*(?:(?![NSEW][.\s])(?:{_INITIAL}){{1,2}}{_SURNAME}"  # 'J Smith', 'A.R. Patel'
    rf"|(?:{_SURNAME}|{_CAPITALS}),\s*(?:[A-Z](?:\.?\s*[A-Z])?\.?"  # 'Smith, J', 'SMITH, A.R.'
    rf"|{_FORENAME}(?:\s+{_FORENAME})?))\s*"  # 'Smith, Jane', 'SMITH, Mary Ann'
)


def initialled(value: object) -> bool:
    """Whether ``value`` is a person's name written with initials: 'J Smith', 'Smith, J'."""
    return isinstance(value, str) and bool(_INITIALLED.fullmatch(value)) and names_someone(value)


def initialled_sheet(sheet: Sheet) -> list[str]:
    """The sentence refusing a sheet named by a person's initials and surname, if it is."""
    return [f"sheet '...': {NAMED_SHEET}"] if initialled(sheet.name) else []


def initialled_names(sheet: Sheet, texts: Texts) -> list[Coord]:
    """The cells naming a person by initials, in a run down a column or across a line of
    which two or more, and at least half, are so named."""
    named: set[Coord] = set()
    filled = [at for at, text in texts if text.strip()]  # the cells holding words
    for run in [*_runs(filled, across=False), *_runs(filled, across=True)]:
        people = [at for at in run if initialled(sheet.cells[at].value)]
        if len(people) >= 2 and 2 * len(people) >= len(run):
            named.update(people)
    return sorted(named)


def _runs(filled: list[Coord], across: bool) -> Iterator[list[Coord]]:
    """The runs of neighbouring cells of ``filled`` (those holding words), down each column or
    across each line."""
    run: list[tuple[int, int]] = []
    for key in sorted(((c, r) if not across else (r, c)) for r, c in filled):
        if run and not (key[0] == run[-1][0] and key[1] == run[-1][1] + 1):
            yield [_coord(k, across) for k in run]
            run = []
        run.append(key)
    if run:
        yield [_coord(k, across) for k in run]


def _coord(key: tuple[int, int], across: bool) -> Coord:
    return key if across else (key[1], key[0])
