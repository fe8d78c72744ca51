"""One table of blocks under one shared header, no blank rows between them: a block per office
(its payment groups, then its Total) and an 'All offices' block whose every row adds up the same
payment group of the offices. Its rows are totals over those rows, rebuilt as SUMs of the
rounded office cells, never the rounded typed figure; with the block at the foot as at the
head, and only when the arithmetic holds in every cell."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.cell import range_boundaries

from tests.builders import write_book
from wpxl.analyse import analyse_workbook
from wpxl.model import Role
from wpxl.plan.placement import BANNER_ROWS
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.sanitise import sanitise_file

GROUPS = ["JSA 18 to 24", "JSA 25 and over", "ESA flow", "IB/IS volunteers"]
OFFICES = {
    "Derby": [[60, 62, 60], [68, 27, 26], [68, 63, 26], [15, 60, 41]],
    "Chesterfield": [[21, 14, 8], [53, 60, 23], [4, 70, 11], [10, 7, 27]],
    "Buxton": [[33, 6, 62], [44, 59, 28], [69, 32, 40], [66, 3, 13]],
}
HEAD = [["Referrals by office and payment group, 2024"], [], ["Payment group", "Q1", "Q2", "Q3"]]
COLUMNS = (1, 2, 3)


def _block(name: str, figures: list[list[int]]) -> list[list]:
    rows: list[list] = [[name]]
    rows += [[group, *line] for group, line in zip(GROUPS, figures, strict=True)]
    rows.append(["Total", *(sum(line[k] for line in figures) for k in range(3))])
    return rows


def _book(summary_at: str = "foot", off: int = 0) -> tuple[list[list], dict[int, list[int]]]:
    """The rows, and each summary row with the office rows (same group) it adds up."""
    summary = [
        [sum(OFFICES[o][g][k] for o in OFFICES) for k in range(3)] for g in range(len(GROUPS))
    ]
    summary[1][2] += off
    blocks = [_block(name, figures) for name, figures in OFFICES.items()]
    if summary_at == "foot":
        blocks.append(_block("All offices", summary))
    else:
        blocks.insert(0, _block("All offices", summary))
    rows = list(HEAD)
    starts = []
    for block in blocks:
        starts.append(len(rows) + 1)  # the first payment group, under the section row
        rows += block
    summary_start = starts.pop(-1 if summary_at == "foot" else 0)
    parts = {summary_start + g: [start + g for start in starts] for g in range(len(GROUPS))}
    return rows, parts


def _analysed(tmp_path: Path, rows: list[list]):
    book = read_workbook(write_book(tmp_path / "book.xlsx", {"Referrals": rows}))
    (analysis,) = analyse_workbook(book, Policy())
    return analysis


@pytest.mark.parametrize("summary_at", ["foot", "head"])
def test_each_row_of_a_summary_block_is_a_total_over_the_same_rows_of_the_blocks(
    tmp_path, summary_at
):
    rows, parts = _book(summary_at)
    analysis = _analysed(tmp_path, rows)
    (table,) = analysis.tables
    for row, office_rows in parts.items():
        for col in COLUMNS:
            assert analysis.roles[(row, col)] is Role.TOTAL, (row, col)
            assert sorted(r for _, r, _ in table.totals[(row, col)]) == office_rows
            assert all(analysis.roles[(r, col)] is Role.COUNT for r in office_rows)
    summary_total = max(parts) + 1
    assert sorted(r for _, r, _ in table.totals[(summary_total, 1)]) == sorted(parts)


def _rows_summed(formula: str, col: int) -> list[int]:
    """The input rows (0-based) a SUM in column ``col`` (0-based) of the output adds up."""
    rows = []
    for ref in re.findall(r"[A-Z]+\d+(?::[A-Z]+\d+)?", formula):
        left, top, right, bottom = range_boundaries(ref)
        assert left == right == col + 1, formula
        rows.extend(r - 1 - BANNER_ROWS for r in range(top, bottom + 1))
    return sorted(rows)


def test_a_summary_block_at_the_foot_is_sanitised_as_sums_of_the_rounded_office_cells(
    tmp_path, job
):
    rows, parts = _book("foot")
    source = write_book(tmp_path / "offices.xlsx", {"Referrals": rows})
    out = sanitise_file(source, job).output
    formulas = openpyxl.load_workbook(out)["Referrals"]
    values = openpyxl.load_workbook(out, data_only=True)["Referrals"]

    def at(sheet, row: int, col: int):
        return sheet.cell(row + 1 + BANNER_ROWS, col + 1).value

    for row, office_rows in parts.items():
        for col in COLUMNS:
            formula = at(formulas, row, col)
            assert isinstance(formula, str) and formula.startswith("=SUM("), (row, col, formula)
            assert _rows_summed(formula, col) == office_rows
            rounded = [at(values, r, col) for r in office_rows]
            assert all(isinstance(v, int) and v % 20 == 0 for v in rounded), rounded
            assert at(values, row, col) == sum(rounded)
    summary_total = max(parts) + 1
    for col in COLUMNS:
        assert _rows_summed(at(formulas, summary_total, col), col) == sorted(parts)
        assert at(values, summary_total, col) == sum(at(values, r, col) for r in parts)


def test_a_summary_block_one_off_in_one_cell_leaves_that_cell_a_count(tmp_path):
    """Q3 is one off in one line: that cell stays a count, the lines that add up in Q3 are
    totals there as in Q1 and Q2, as the proof reads them line by line (read as counts, the
    copy is refused)."""
    rows, parts = _book("foot", off=1)
    analysis = _analysed(tmp_path, rows)
    (table,) = analysis.tables
    off = sorted(parts)[1]  # the summary's second line
    for row in parts:
        assert (analysis.roles[(row, 3)] is Role.COUNT) == (row == off), row
        assert ((row, 3) in table.totals) == (row != off), row
        assert [analysis.roles[(row, col)] for col in (1, 2)] == [Role.TOTAL] * 2, row
