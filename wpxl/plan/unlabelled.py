"""What stands in a removed row label's place, so its line's figures are not left unnamed.

A row label that states its own line's figure ('Leeds (41)'), quotes one, or names a person
('John Smith' beside an adviser's caseload) is removed. Its cell was left empty, and the copy
showed a line of rounded figures with no name, between named lines and above a total counting
it: a reader could not tell a line whose name was taken out from one the source left unnamed,
nor find which of the cover's removals it was. The label's place says so now, in words holding
no figure, and the cover's list says why, naming the input's cell. On a percentage sheet the
place stays empty: two lines named alike there are refused by the proof (nothing says which
is which), and an outcome table's removed labels are often several.
"""

from __future__ import annotations

from wpxl.model import Coord, OutputCell, Style

REMOVED_LABEL = "(label removed: see the cover)"
_FIGURES = frozenset({"count", "total", "derived"})


def stand_ins(cells: dict[Coord, OutputCell], gone: dict[Coord, Style]) -> dict[Coord, OutputCell]:
    """For each removed label of ``gone`` (its place in the copy, its style) on a line of
    figures the copy shows, the words standing in its place."""
    if not gone:  # most sheets remove no label: their cells are not walked for it
        return {}
    rows = {row for (row, _), cell in cells.items() if cell.kind in _FIGURES}
    return {
        coord: OutputCell(REMOVED_LABEL, style=style, kind="wpxl")
        for coord, style in gone.items()
        if coord[0] in rows and coord not in cells
    }


def without_texts(cells: dict[Coord, OutputCell], gone: set[Coord]) -> dict[Coord, OutputCell]:
    """The copy's ``cells`` without the texts ``gone`` (found to quote a figure, or naming a
    person), each row label of a line of figures among them stood in for (see the doc)."""
    labels = {
        c: cell.style for c in gone if (cell := cells.get(c)) is not None and cell.kind == "label"
    }
    kept = {c: cell for c, cell in cells.items() if c not in gone}
    kept.update(stand_ins(kept, labels))
    return kept
