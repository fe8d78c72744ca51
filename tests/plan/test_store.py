"""Planned sheets stored on disk come back exactly as they were planned."""

from __future__ import annotations

import datetime as dt

from wpxl.model import CellRange, ExcelError, OutputCell, OutputSheet, Style
from wpxl.plan.store import StoredSheets


def _sheet(name: str) -> OutputSheet:
    bold = Style(bold=True, number_format="#,##0")
    return OutputSheet(
        name=name,
        cells={
            (0, 0): OutputCell("Banner", style=Style(fill_color="9C0006"), kind="banner"),
            (2, 0): OutputCell("Referrals quoted 307", kind="kept"),
            (3, 1): OutputCell(140, style=bold, kind="count"),
            (4, 1): OutputCell(160, "SUM(B4:B4)", style=bold, kind="total"),
            (5, 1): OutputCell(dt.date(2013, 4, 1), kind="kept"),
            (6, 1): OutputCell(ExcelError("#N/A"), kind="kept"),
            (7, 1): OutputCell(0.25, kind="percent"),
        },
        merged=[CellRange(0, 0, 0, 9)],
        col_widths={0: 31.0},
        row_heights={0: 32.0},
        freeze=(3, 1),
        published=True,
    )


def test_sheets_round_trip_in_order_with_an_inserted_first_sheet():
    with StoredSheets() as stored:
        stored.append(_sheet("North"))
        stored.append(_sheet("South"))
        stored.insert(0, _sheet("About this workbook"))
        assert len(stored) == 3
        assert [s.name for s in stored] == ["About this workbook", "North", "South"]
        assert stored[1] == _sheet("North")
        assert stored[2].cells[(3, 1)].style is stored[1].cells[(3, 1)].style  # formats shared


def test_a_sheet_stored_again_comes_back_as_changed_and_the_others_as_they_were():
    """How the plan takes quoting words out of sheets already on disk."""
    with StoredSheets() as stored:
        stored.append(_sheet("North"))
        stored.append(_sheet("South"))
        north = stored[0]
        del north.cells[(2, 0)]
        stored[0] = north
        for _ in range(2):
            north, south = list(stored)
            assert (2, 0) not in north.cells and (2, 0) in south.cells
            assert north.cells[(4, 1)] == south.cells[(4, 1)]
