"""The proof's own reading of members of staff named by an initial and a surname.

Written apart from wpxl.analyse.initialled_names so that a slip in the plan's reading cannot
blind the proof: 'J Smith', 'A.R. Patel', 'Smith, J' or 'SMITH, Jane' (surname first, as HR
systems list staff) beside their own figures name a person whatever heads them (a blank
corner, 'Measure' over names across, 'Who'). A run of the copy's cells holding words, down a
column or across a line, of which two or more, and at least half, are so shaped, names people.
No place, team or payment group is written so; a compass point's letter ('N Yorkshire') and a
qualification ('A Level') are no one's initials, and 'Smith J' wants its comma, 'Group A'
being shaped so.
"""

from __future__ import annotations

import re

from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding

INITIALLED = "what looks like a member of staff named by an initial and a surname"
_FAMILY = r"(?!Levels?\b)[A-Z](?:[a-z]|['\u2019][A-Z])[A-Za-z'\u2019-]*"
_GIVEN = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_SHAPED = re.compile(
    rf"\s*(?:(?![NSEW][.\s])(?:[A-Z](?:\.\s*|\s+)){{1,2}}{_FAMILY}"
    rf"|(?:{_FAMILY}|[A-Z]{{2,}}(?:['\u2019-][A-Z]+)?),\s*"  # 'Smith,', 'SMITH,' (an HR system's)
    rf"(?:[A-Z](?:\.?\s*[A-Z])?\.?|{_GIVEN}(?:\s+{_GIVEN})?))\s*"  # 'J', 'A.R.', 'Jane'
)
_NO_ONE = re.compile(  # a word of a place, a team or a body names no one
    r"\b(?:Team|Teams|Office|Area|Region|District|Centre|Center|Group|Total|Council|Trust"
    r"|Services?|Ltd|Limited|Plus|Yorks|Yorkshire|Riding|North|South|East|West|Central|City"
    r"|County|Borough)\b"
)


def initialled_staff(pair: SheetPair) -> list[Finding]:
    """A finding for each cell of the copy naming a person by initials, in a run most of whose
    cells are so named."""
    words = sorted(
        at for at, cell in pair.cells.items() if isinstance(cell[0], str) and cell[0].strip()
    )
    found: set[tuple[int, int]] = set()
    for run in [*_runs(words), *_runs(sorted(words, key=lambda at: (at[1], at[0])), down=True)]:
        named = [at for at in run if initialled(pair.cells[at][0])]
        if len(named) >= 2 and 2 * len(named) >= len(run):
            found.update(named)
    return [Finding(pair.where(at), INITIALLED) for at in sorted(found)]


def initialled(text: str) -> bool:
    """Whether ``text`` is a person's name written with initials: 'J Smith', 'Smith, J'."""
    return bool(_SHAPED.fullmatch(text)) and not _NO_ONE.search(text)


def _runs(cells: list[tuple[int, int]], down: bool = False) -> list[list[tuple[int, int]]]:
    """``cells`` (in order along lines, or down columns) cut where one is not next to the last."""
    runs: list[list[tuple[int, int]]] = []
    for row, col in cells:
        last = runs[-1][-1] if runs else None
        after = last is not None and (
            (col == last[1] and row == last[0] + 1)
            if down
            else (row == last[0] and col == last[1] + 1)
        )
        if after:
            runs[-1].append((row, col))
        else:
            runs.append([(row, col)])
    return runs
