"""A lone "Total" column, parted by a blank column from the groups it adds up (JSA and ESA,
each with its own "All ..." column), is a total over the groups' totals, not a column of counts
rounded on its own."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.builders import Rows, write_book
from wpxl.analyse import analyse_workbook
from wpxl.model import Role, SheetAnalysis
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.sanitise import Job, sanitise_file

SHEET = "Job starts"
OFFICES = ["Derby", "Chesterfield", "Buxton", "Ilkeston", "Matlock", "Belper"]
GROUPS = [(7, 33, 12, 21), (41, 9, 26, 14), (18, 52, 30, 47), (25, 11, 8, 39), (3, 44, 57, 20)]
GROUPS += [(36, 28, 15, 6)]
BODY = range(4, 10)  # 0-based rows of the offices; the Total row is 10
ALL_JSA, ALL_ESA, TOTAL = 3, 7, 9  # 0-based columns D, H, J


def _rows(off_by_one_in: int | None = None) -> Rows:
    rows: Rows = [
        ["Job starts by payment group and office, 2024"],
        [],
        [None, "JSA", None, None, None, "ESA", None, None, None, None],
        ["Office", "18 to 24", "25 and over", "All JSA", None, "Flow", "Ex-IB", "All ESA", None,
         "Total"],
    ]  # fmt: skip
    for i, (office, (a, b, c, d)) in enumerate(zip(OFFICES, GROUPS, strict=True)):
        total = a + b + c + d + (1 if i == off_by_one_in else 0)
        rows.append([office, a, b, a + b, None, c, d, c + d, None, total])
    sums = [sum(row[k] for row in rows[4:]) for k in range(1, 10) if k not in (4, 8)]
    rows.append(["Total", *sums[:3], None, *sums[3:6], None, sums[6]])
    return rows


def _book(tmp_path: Path, rows: Rows) -> Path:
    """The book with its group names in merged cells over their columns, as the source has."""
    path = write_book(tmp_path / "starts.xlsx", {SHEET: rows})
    book = openpyxl.load_workbook(path)
    book[SHEET].merge_cells("B3:D3")
    book[SHEET].merge_cells("F3:H3")
    book.save(path)
    return path


def _analysed(tmp_path: Path, rows: Rows) -> SheetAnalysis:
    (analysis,) = analyse_workbook(read_workbook(_book(tmp_path, rows)), Policy())
    return analysis


def test_a_lone_total_column_adds_up_the_all_columns_of_the_groups_beside_it(tmp_path):
    analysis = _analysed(tmp_path, _rows())
    (table,) = [t for t in analysis.tables if t.body_cols == [TOTAL]]
    for row in BODY:
        assert analysis.roles[(row, TOTAL)] is Role.TOTAL
        assert table.totals[(row, TOTAL)] == ((SHEET, row, ALL_JSA), (SHEET, row, ALL_ESA))
    assert TOTAL in table.total_cols
    assert analysis.roles[(10, TOTAL)] is Role.TOTAL  # the Total row's cell stays a total


def test_the_copy_shows_each_total_as_the_sum_of_the_rounded_group_totals(tmp_path, job: Job):
    output = Path(sanitise_file(_book(tmp_path, _rows()), job).output)
    formulas = openpyxl.load_workbook(output)[SHEET]
    values = openpyxl.load_workbook(output, data_only=True)[SHEET]
    first = next(r for r in range(1, 20) if formulas.cell(r, 1).value == OFFICES[0])
    for r in range(first, first + len(OFFICES)):
        assert formulas.cell(r, TOTAL + 1).value == f"=SUM(D{r},H{r})"
        parts = values.cell(r, ALL_JSA + 1).value + values.cell(r, ALL_ESA + 1).value
        assert values.cell(r, TOTAL + 1).value == parts
        assert formulas.cell(r, ALL_JSA + 1).value == f"=SUM(B{r}:C{r})"
    last = first + len(OFFICES)
    assert formulas.cell(last, TOTAL + 1).value == f"=SUM(J{first}:J{last - 1})"


def test_a_total_column_that_is_off_by_one_in_a_row_stays_counts(tmp_path):
    analysis = _analysed(tmp_path, _rows(off_by_one_in=2))
    (table,) = [t for t in analysis.tables if t.body_cols == [TOTAL]]
    assert all(analysis.roles[(row, TOTAL)] is Role.COUNT for row in BODY)
    assert not any(coord[1] == TOTAL and coord[0] in BODY for coord in table.totals)
    assert TOTAL not in table.total_cols
