"""The outcome a note under a table names, for a table whose own words name no measure.

A block stacked under a titled table shares that title (Persons, then Males, then Females,
wpxl.analyse.layout), and a table with no title takes the sheet's name; but an analyst may
stack job outcomes under a table of referrals, the same shape and headers, and name them only
in the line under them ("Source: job outcomes from PRaP", "Figures are JOs claimed in the
month"). Shared as referrals, they would be outcome volumes rounded; so a note under a table
(its own note rows, or free text up to ``NOTE_ROWS`` rows below, within its columns), or a
line over it read as a note rather than a title ("Note: the table below shows job outcomes"),
that names an outcome and no other measure makes the table's figures outcomes, when neither
its titles nor its label column's header name a measure. A note naming referrals too ("DWP
referrals and job outcomes data") says where the figures come from, not what they count; a
titled table keeps its title's measure whatever its note says. The proof reads the same words
for itself (wpxl.verify.outcomes).
"""

from __future__ import annotations

from wpxl.analyse.layout import Layout
from wpxl.analyse.words import header_measure, measures_named
from wpxl.model import Cell, Coord, Measure

NOTE_ROWS = 3  # rows under a table searched for a note, as the proof does


def noted_outcome(
    layout: Layout,
    free: list[Coord],
    cells: dict[Coord, Cell],
    measure_words: dict[Measure, tuple[str, ...]],
) -> Measure | None:
    """The outcome measure the note under the table names, if its own words name none."""
    area = layout.area
    own = [*layout.title_cells]
    own += [(r, c) for r in layout.title_rows for c in range(area.left, area.right + 1)]
    own += [(r, c) for r in layout.header_rows for c in layout.label_cols]
    if any(header_measure(t, measure_words) for t in _texts(own, cells)):
        return None
    others = {m: words for m, words in measure_words.items() if not m.is_outcome}
    for text in note_texts(layout, free, cells):
        measure = header_measure(text, measure_words)
        if measure is not None and measure.is_outcome and not measures_named(text, others):
            return measure
    return None


def note_texts(layout: Layout, free: list[Coord], cells: dict[Coord, Cell]) -> list[str]:
    """The table's notes: its own note rows, and free text within its columns up to
    ``NOTE_ROWS`` rows under it, or over it ("Note: the table below shows ...")."""
    area = layout.area
    notes = [(r, c) for r in layout.note_rows for c in range(area.left, area.right + 1)]
    notes += [
        (r, c)
        for r, c in free
        if area.left <= c <= area.right
        and (area.bottom < r <= area.bottom + NOTE_ROWS or area.top - NOTE_ROWS <= r < area.top)
    ]
    return _texts(notes, cells)


def _texts(coords: list[Coord], cells: dict[Coord, Cell]) -> list[str]:
    return [
        str(cell.value).strip()
        for coord in coords
        if (cell := cells.get(coord)) is not None and isinstance(cell.value, str)
        and cell.value.strip()
    ]  # fmt: skip
