"""An index of outcome volumes is in no share (R3): it is removed with its own reason.

'Job outcomes index (April 2013 = 100)' over 'Month | Index', or a line headed 'Job outcomes
index (Apr 2013 = 100)', holds each period's outcomes over the base period's, times 100. Read
as outcome counts it went to a percentage sheet as each month's share of the index's sum
(100, 112, 131, 97 shown as 23 %, 25 %, 30 %, 22 %): a share of ratios says nothing, and the
cover called it outcome volumes. An index of shared counts is rebuilt over the rounded cells
(wpxl.analyse.index_numbers); one of outcomes has no count shown to rebuild it from, so it is
removed, and the cover says what it was.
"""

from __future__ import annotations

from wpxl.analyse.index_numbers import INDEX_WORDS
from wpxl.model import Coord, Removal, SheetAnalysis, Table
from wpxl.plan.unshared_outcomes import outcome_places

WHY = (
    "an index of outcome volumes (each over the base period's, times 100): its shares would "
    "mean nothing and it has no count shown to be rebuilt from, so it is not shown"
)


def index_cells(table: Table, analysis: SheetAnalysis, cells: list[Coord]) -> frozenset[Coord]:
    """The outcome ``cells`` that are index numbers: those whose row's labels or column's
    headers name an index on a base of 100, or, in a table whose title does, those on no line
    naming a measure of its own ('Index', 'Leeds'; not 'Job outcomes' beside the index)."""
    titled = isinstance(table.title, str) and INDEX_WORDS.search(table.title) is not None
    values = analysis.sheet.cells

    def indexed(at: Coord) -> bool:
        if titled and at[0] not in table.row_measures and at[1] not in table.col_measures:
            return True
        heads = [*((at[0], c) for c in table.label_cols), *((r, at[1]) for r in table.header_rows)]
        words = [getattr(values.get(h), "value", None) for h in heads]
        return any(isinstance(w, str) and INDEX_WORDS.search(w) for w in words)

    return frozenset(c for c in cells if indexed(c))


def index_removal(sheet: str, indexed: frozenset[Coord]) -> Removal:
    """The cover's line for the index's cells, named where they stood in the input."""
    return Removal("job outcome index", outcome_places(sheet, list(indexed)), WHY)
