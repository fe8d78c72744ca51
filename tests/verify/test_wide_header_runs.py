"""A wide header line's run of cells is read for side tables once, not once per column.

The proof asks, for a figure whose own row and column name no measure, what the titles over its
table name; its table is the run of cells on the header line through its column, less any
second table set beside it with no blank column between (wpxl.verify.side_tables), found by
reading down each column of the run. Every column of the line asked that of the same run again,
so a real published sheet of 155 columns by 500 lines (MoJ's prison population, table A1.1)
kept the proof busy for over an hour. The run's side tables are remembered by the run now; what
the figures are read as is unchanged.
"""

from __future__ import annotations

import pytest

from wpxl.model import Cell, Sheet
from wpxl.policy import Policy
from wpxl.verify import sheet_words
from wpxl.verify.outcomes import Measures, OutcomeContext

MONTHS, OFFICES = 60, 30


def _wide_sheet() -> Sheet:
    """'Referrals and job outcomes by office' over Office | M1 .. M60, thirty offices, then a
    'Job outcomes' table of the same shape under it: the titles decide each figure."""
    cells: dict[tuple[int, int], Cell] = {}
    for top, title in ((0, "Referrals by office and month"), (40, "Job outcomes by office")):
        cells[top, 0] = Cell(title)
        cells[top + 2, 0] = Cell("Office")
        for col in range(1, MONTHS + 1):
            cells[top + 2, col] = Cell(f"M{col}")
        for line in range(OFFICES):
            cells[top + 3 + line, 0] = Cell(f"Office {chr(65 + line % 26)}{line}")
            for col in range(1, MONTHS + 1):
                cells[top + 3 + line, col] = Cell(line + col)
    return Sheet("Offices", cells=cells)


def test_each_run_is_read_for_side_tables_once(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[tuple[int, int, int]] = []
    label_columns = sheet_words.label_columns

    def counted(sheet: Sheet, row: int, first: int, last: int) -> list[int]:
        read.append((row, first, last))
        return label_columns(sheet, row, first, last)

    monkeypatch.setattr(sheet_words, "label_columns", counted)
    context = OutcomeContext(_wide_sheet(), Measures(Policy()))
    figures = [(r, c) for top in (3, 43) for r in range(top, top + OFFICES) for c in range(1, 61)]
    outcomes = {coord for coord in figures if context.is_outcome(coord)}
    assert outcomes == {coord for coord in figures if coord[0] >= 43}
    assert read and len(read) == len(set(read))  # each run read once, however many columns ask
