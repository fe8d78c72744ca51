"""Hunted in session 22 (fuzz21 'keyed', seeds 12022 and 12035): the areas of a table numbered
under a bare 'No.' in its first column, left of their names, were rounded as counts (10, 59,
26 became 20, 60, 20; 4 and 1 became 0), verified: the lines' numbers lost (WRONG, safe). A
bare 'No.' or '#' over the table's first column now names its lines, as 'Area no.' did, when
the total line leaves it blank (analyse/label_numbers); the proof already read a bare 'No.'
with nothing left of it so. Where the total line adds that column up, it counts.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

AREAS = {"Derby": [2435, 2384, 331], "Leicester": [2718, 1836, 574], "Lincoln": [2237, 34, 6]}
NUMBERS = [10, 59, 26]


def _rows(head: str, on_top: bool, numbers_added: bool = False) -> list[list]:
    rows: list[list] = [["Attachments by area and month, 2014-15"], []]
    rows.append([head, "Area", "Aug-14", "Sep-14", "Oct-14"])
    body = [[n, a, *v] for n, (a, v) in zip(NUMBERS, AREAS.items(), strict=True)]
    first, last = 4, 3 + len(body)
    if on_top:
        first, last = first + 1, last + 1
    total = [
        f"=SUM(A{first}:A{last})" if numbers_added else None,
        "Total",
        *(f"=SUM({c}{first}:{c}{last})" for c in "CDE"),
    ]
    return [*rows, total, *body] if on_top else [*rows, *body, total]


@pytest.mark.parametrize("head", ["No.", "No", "Number", "#"])
@pytest.mark.parametrize("on_top", [True, False])
def test_lines_numbered_under_a_bare_no_keep_their_numbers(tmp_path, head, on_top):
    source = write_book(tmp_path / "numbered.xlsx", {"Attachments": _rows(head, on_top)})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy, data_only=True)["Attachments"]
    first = 7 if on_top else 6
    lines = [[sheet.cell(r, c).value for c in range(1, 4)] for r in range(first, first + 3)]
    assert lines == [[10, "Derby", 2440], [59, "Leicester", 2720], [26, "Lincoln", 2240]]


def test_a_column_under_a_bare_no_the_total_adds_up_is_counts(tmp_path):
    rows = _rows("No.", on_top=False, numbers_added=True)
    copy, _ = sanitised_beside(write_book(tmp_path / "counted.xlsx", {"Attachments": rows}))
    sheet = openpyxl.load_workbook(copy, data_only=True)["Attachments"]
    assert [sheet.cell(r, 1).value for r in range(6, 10)] == [20, 60, 20, 100]
