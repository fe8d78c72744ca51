"""An 'all offices' summary sheet pasted as values, each cell the sum of the same cell on every
office's sheet, is shared as totals over the offices' rounded cells (as a 3-D sum is): the
summary then agrees with the offices in every viewer, instead of being rounded cell by cell
(140 beside offices of 20, 60 and 40) and only warned about."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.libreoffice import recalculate, soffice
from tests.e2e.runs import sanitised_beside

OFFICES = {
    "Derby": [[14, 52, 31], [11, 9, 47]],
    "Chesterfield": [[14, 18, 6], [33, 71, 12]],
    "Buxton": [[14, 40, 23], [8, 5, 29]],
}
GROUPS = ("JSA 18 to 24", "ESA flow")
BODY = [(row, col) for row in (6, 7) for col in (2, 3, 4)]  # the tables' leaves in the copy
SUMMED_WARNING = "appears to add up"


def _table(title: str, figures: list[list[int]]) -> list[list[object]]:
    rows: list[list[object]] = [[title], [], ["Payment group", "Apr", "May", "Jun"]]
    rows += [[group, *line] for group, line in zip(GROUPS, figures, strict=True)]
    rows.append(["Total", *(sum(line[i] for line in figures) for i in range(3))])
    return rows


def _summed() -> list[list[int]]:
    return [[sum(f[r][c] for f in OFFICES.values()) for c in range(3)] for r in range(2)]


def _book(tmp_path: Path, summary: list[list[int]], first: bool = False) -> Path:
    offices = {n: _table(f"Referrals, {n} office, Q1 2024/25", f) for n, f in OFFICES.items()}
    typed = {"Summary": _table("Referrals, all offices, Q1 2024/25", summary)}
    sheets = typed | offices if first else offices | typed
    return write_book(tmp_path / "offices.xlsx", sheets)


@pytest.mark.parametrize("first", [False, True], ids=["summary last", "summary first"])
def test_a_typed_summary_adds_up_the_offices_rounded_cells(tmp_path, first):
    output, shown = sanitised_beside(_book(tmp_path, _summed(), first))
    assert SUMMED_WARNING not in shown
    # the cover says why
    assert "'Summary': typed as figures, it adds up table 1 on 'Derby', table 1" in shown
    values = openpyxl.load_workbook(output, data_only=True)
    formulas = openpyxl.load_workbook(output)["Summary"]
    for row, col in BODY:
        offices = [values[n].cell(row, col).value for n in OFFICES]
        assert all(v % 20 == 0 for v in offices)
        assert str(formulas.cell(row, col).value).startswith("=SUM(")
        assert values["Summary"].cell(row, col).value == sum(offices)
    for col in (2, 3, 4):  # the typed Total row: the sum of the rebuilt rows
        rows = [values["Summary"].cell(r, col).value for r in (6, 7)]
        assert values["Summary"].cell(8, col).value == sum(rows)
    # rounded on its own, B6 would be 40 (14 * 3 = 42) beside offices of 20 each
    assert values["Summary"]["B6"].value == 60


def test_a_summary_cell_off_by_one_stays_rounded_on_its_own(tmp_path):
    summed = _summed()
    summed[1][2] += 1  # an office's figure changed since the summary was pasted
    output, _ = sanitised_beside(_book(tmp_path, summed))
    formulas = openpyxl.load_workbook(output)["Summary"]
    assert [formulas.cell(*rc).value for rc in BODY] == [
        (figure + 10) // 20 * 20 for line in summed for figure in line
    ]


def test_a_summary_adding_up_only_in_total_is_warned_as_before(tmp_path):
    summed = _summed()
    summed[0][0], summed[0][1] = summed[0][0] + 1, summed[0][1] - 1
    output, shown = sanitised_beside(_book(tmp_path, summed))
    assert "table 1 on 'Summary' appears to add up table 1 on 'Derby'" in shown
    formulas = openpyxl.load_workbook(output)["Summary"]
    assert all(isinstance(formulas.cell(*rc).value, int) for rc in BODY)


@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
def test_libreoffice_recalculates_the_same_typed_summary(tmp_path):
    output, _ = sanitised_beside(_book(tmp_path, _summed()))
    [again] = recalculate([output], tmp_path / "lo")
    ours = openpyxl.load_workbook(output, data_only=True)["Summary"]
    theirs = openpyxl.load_workbook(again, data_only=True)["Summary"]
    cells = [*BODY, (8, 2), (8, 3), (8, 4)]
    assert [theirs.cell(*rc).value for rc in cells] == [ours.cell(*rc).value for rc in cells]
