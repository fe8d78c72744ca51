"""Invariant 11, within a sheet: no figure stands for a line adding up lines one of which the
input suppressed.

A GSS table of districts ends with its county's line, named by no total word ('West Yorkshire'
under Leeds, Bradford, Calderdale, Kirklees): its referrals are, to the last digit, the sum of
the districts'. Where one district's second count is held back ('[c]'), the county's figure in
that column less the others' gives it back, within rounding: shown as a rounded count (720
over 300, 240, '[c]', 120) it discloses what the source suppressed. The analysis reads such a
line as a total and removes it; the proof reads the input itself, sharing nothing with it: a
line whose figure in one column is exactly the sum of the run of two or more figures directly
above (or below) it is their group's line, and in any column where that run holds a marker the
copy may show there no typed figure (a SUM over the parts shown, or nothing), unless the
line's figure there is the sum of the other parts' (the marker then held nothing back).

Small figures add up by chance: MoJ's 'Stalking' (1, 7, 4, 3 in four years) over 'Malicious
communications' ('-', 0, 1, 0) and 'Modern slavery' ('-', 6, 4, 4), offences counted only
since 2019, is their sum (and the next line's) in 2019 alone. A county's line adds up its
districts wherever none is held back; a line that fails to in more of those columns than it
adds up in is no group's line.

So do a few figures in one column: an office's job starts (47) are by chance the sum of the
three offices' under it (12 + 33 + 2) beside a '-' in its referrals, and the table's own
'Total' at the bottom counts it beside them (94, 279). A line the input's total counts with
its parts, a run of lines summed by the figure directly after (or before) it, is one line of
many, not theirs: its parts would be counted twice.
"""

from __future__ import annotations

from wpxl.verify.books import SheetPair
from wpxl.verify.counted_beside import counted_beside
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import Proof
from wpxl.verify.values import is_marker

OVER_A_SUPPRESSED_PART = "a figure adding up a suppressed part ('[c]') shown as a count"
_MOST_CELLS = 200_000  # an extract past this is no page of districts
Coord = tuple[int, int]


def no_group_over_markers(pair: SheetPair, _proof: Proof) -> list[Finding]:
    """Each typed figure of the copy at a group's line over a suppressed part of its column."""
    if pair.kind != "volume" or pair.source is None or len(pair.source.cells) > _MOST_CELLS:
        return []
    cells = pair.source.cells
    markers: dict[int, set[int]] = {}  # column -> rows holding a marker
    for (row, col), cell in cells.items():
        if isinstance(cell.value, str) and cell.value.strip() and is_marker(cell.value):
            markers.setdefault(col, set()).add(row)
    if not markers:
        return []
    found: dict[Coord, Finding] = {}
    for line, parts in _group_lines(pair):
        for col, rows in markers.items():
            if rows.isdisjoint(parts) or not _gives_back(pair, line, col, parts):
                continue
            at = pair.output_coord((line, col))
            value, formula, _ = pair.cells.get(at, (None, None, 0))
            if formula is None and isinstance(value, int | float) and not isinstance(value, bool):
                found[at] = Finding(pair.where(at), OVER_A_SUPPRESSED_PART)
    return list(found.values())


def _gives_back(pair: SheetPair, line: int, col: int, parts: list[int]) -> bool:
    """Whether the line's figure in ``col`` is more than its parts' figures there, as their
    total over a part held back is: a marker standing for nothing (ONS's 'z', not applicable,
    under a total that adds up the rest) holds nothing back, and a line less than the rest
    (46 over 41, 25, 15, 10, 'z') adds them up in no column but by chance (5 = 1+1+0+1+2)."""
    total = pair.shown((line, col))
    shown = sum(v for r in parts if (v := pair.shown((r, col))) is not None)
    return total is not None and total - shown > 1e-6


def _group_lines(pair: SheetPair) -> list[tuple[int, list[int]]]:
    """Each line with the rows it adds up: in some column its figure (not 0) is the sum of the
    run of two or more figures directly above it, or directly below it."""
    assert pair.source is not None
    columns: dict[int, list[int]] = {}
    across: dict[int, list[int]] = {}  # row -> its columns
    for row, col in pair.source.cells:
        columns.setdefault(col, []).append(row)
        across.setdefault(row, []).append(col)
    lines: dict[int, list[int]] = {}
    for col, rows in columns.items():
        figures = {r: v for r in rows if (v := pair.shown((r, col))) is not None}
        ordered = sorted(figures)
        for order in (ordered, ordered[::-1]):
            run: list[int] = []
            total = 0.0
            for row in order:
                if run and abs(run[-1] - row) != 1:
                    run, total = [], 0.0
                value = figures[row]
                if len(run) >= 2 and value and abs(value - total) < 1e-6:
                    lines.setdefault(row, list(run))
                run.append(row)
                total += value
    return sorted(
        (line, parts)
        for line, parts in lines.items()
        if _adds_up(pair, line, parts, across[line])
        and not any(counted_beside(pair, line, parts, col, False) for col in across[line])
    )


def _adds_up(pair: SheetPair, line: int, parts: list[int], columns: list[int]) -> bool:
    """Whether the line is its parts' sum in at least as many of its ``columns`` as it is not,
    counting those where it and every part show a whole figure (the ones a reader can check)."""
    checked = [0, 0]  # columns where it adds up, where it does not
    for col in columns:
        figures = [pair.shown((row, col)) for row in (line, *parts)]
        whole = [v for v in figures if v is not None and v.is_integer()]
        if len(whole) == len(figures):
            checked[abs(2 * whole[0] - sum(whole)) > 1e-6] += 1
    return checked[0] >= checked[1]
