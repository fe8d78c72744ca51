"""Job starts by local authority with one more column beside them: the shape the leak hunts of
sessions 21 and 22 hang each wording of an outcome on ('Fell out of work', '13-week point')."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

AREAS = ["Leeds", "Bradford", "Wakefield", "Kirklees", "Calderdale"]
STARTS = [412, 377, 251, 298, 163]
ROUNDED_STARTS = [420, 380, 260, 300, 160]
TITLE = "Job starts by local authority, April 2013 to March 2014"


def beside_starts(header: str, values: list[int]) -> list[list]:
    """Job starts by local authority and, beside them, ``header`` over ``values``."""
    rows: list[list] = [[TITLE], [], ["Local authority", "Job starts", header]]
    rows += [[area, s, v] for area, s, v in zip(AREAS, STARTS, values, strict=True)]
    return rows


def only_its_shares(copy: Path) -> bool:
    """Whether the copy shows the starts rounded, the column beside them not at all (it went
    to a percentage sheet as outcomes)."""
    book = openpyxl.load_workbook(copy)
    sheet = book["Performance"]
    starts = [sheet.cell(r, 2).value for r in range(6, 11)]
    beside = [sheet.cell(r, 3).value for r in range(6, 11)]
    shares = any(name.endswith("%") for name in book.sheetnames)
    return starts == ROUNDED_STARTS and beside == [None] * 5 and shares


def shown_as_shares(tmp_path: Path, header: str, values: list[int]) -> bool:
    """Whether the copy of the starts with ``header`` over ``values`` beside them shows the
    starts rounded and that column only as a percentage sheet's shares (``only_its_shares``)."""
    rows = beside_starts(header, values)
    copy, _ = sanitised_beside(write_book(tmp_path / "beside.xlsx", {"Performance": rows}))
    return only_its_shares(copy)
