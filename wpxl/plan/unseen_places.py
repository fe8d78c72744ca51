"""Where the cells hidden by their look were: the cover names each sheet and its cells.

wpxl.read leaves out a cell nobody sees (white or fill-coloured text, a 1-point font, ';;;',
text under a merge) and counts it for the cover, which said only 'workbook'. An analyst who
finds a figure missing, or who hid something on purpose and wants to know it went, needs the
sheet and the cells: each kind is listed by place now ("'Referrals' A12, Z4:Z7"), and the
workbook-wide line stays only for what no place was kept for (a hidden sheet's cells).
So are the cells whose comments (notes) were left out: the cover said 'comments, workbook',
and an analyst who had typed a figure into one note of many could not tell which; and the
cells whose hyperlinks, the ranges whose data validation and the sheets whose headers and
footers were left out (said of the workbook alone until session 38).
"""

from __future__ import annotations

from collections import Counter

from wpxl.model import Coord, Removal, SheetAnalysis
from wpxl.model.sheetref import column_spans, parse_a1

NOT_CARRIED = "not carried into the output"
COMMENTS = "comments"  # the kind wpxl.read.package names a comments part by
# a sheet the user named with --leave-out (wpxl.read.left_out)
LEFT_OUT_WHY = "left out as asked (--leave-out); what other sheets showed from it is kept"


def unseen_removals(analyses: list[SheetAnalysis]) -> list[tuple[Removal, int]]:
    """One removal for each kind of cell hidden by its look on each sheet, naming its cells,
    with how many cells it names."""
    found = []
    for analysis in analyses:
        sheet = analysis.sheet
        by_kind: dict[str, list[Coord]] = {}
        for coord, kind in sheet.unseen_kinds.items():
            by_kind.setdefault(kind, []).append(coord)
        for kind in sorted(by_kind):
            where = f"'{sheet.name}' {_cells(by_kind[kind])}"
            found.append((Removal(kind, where, NOT_CARRIED), len(by_kind[kind])))
        if sheet.comments:  # the sheet's comments are one part of the package, counted so
            where = f"'{sheet.name}' {_cells(list(sheet.comments))}"
            found.append((Removal(COMMENTS, where, NOT_CARRIED), 1))
        for kind, places in sorted(sheet.outside_places.items()):
            where = " ".join((f"'{sheet.name}'", _places([at for at, _ in places if at])))
            found.append((Removal(kind, where.rstrip(), NOT_CARRIED), sum(n for _, n in places)))
    return found


def workbook_removals(extras: dict[str, int], named: list[tuple[Removal, int]]) -> list[Removal]:
    """The workbook-wide line of each kind of content found, but for what the places name."""
    placed = Counter[str]()
    for removal, count in named:
        placed[removal.kind] += count
    return [
        Removal(kind, "workbook", f"{count} found; {NOT_CARRIED}")
        for kind, count in extras.items()
        if count > placed[kind]
    ]


MOST_CELLS = 10_000  # cells a list of places is read cell by cell for, to join their runs


def _places(given: list[str]) -> str:
    """Places as the sheet gave them ('A5', 'C4:C6', a data validation's 'B4:B6 D4'), each
    column's cells joined in runs where they are few ('A2:A301', not 300 links one by one); as
    given where any is a wide range."""
    refs = [ref for places in given for ref in places.split()]
    coords: list[Coord] = []
    for ref in refs:
        ends = [parse_a1(end) for end in ref.split(":")]
        if None in ends or len(ends) > 2:
            return ", ".join(refs)
        (top, left), (bottom, right) = ends[0], ends[-1]  # type: ignore[misc]
        coords += [(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)]
        if len(coords) > MOST_CELLS:
            return ", ".join(refs)
    return _cells(coords)


def _cells(coords: list[Coord]) -> str:
    """The cells, column by column, each column's rows as runs: 'A12, Z4:Z7'."""
    return ", ".join(
        column_spans(sorted(r for r, c in coords if c == col), col)
        for col in sorted({c for _, c in coords})
    )
