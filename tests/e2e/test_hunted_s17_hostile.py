"""What a hunt through hostile but plausible packs, made by hand under deadline, found (session 17).

Outcome payments abbreviated as providers abbreviate them ('OP', 'OPs', beside 'JOP' and 'SP',
which were known) were carried beside the job starts as rounded counts: outcome volumes, which
may never be shared even rounded, and the proof passed them. They are outcome volumes now, shown
as percentages, and the proof knows the words too.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers", "JSA Prison Leavers"]
STARTS = [412, 377, 251, 298, 163]
OUTCOMES = [137, 121, 88, 102, 49]


def beside_starts(header: str) -> list[list]:
    rows: list[list] = [["Job starts by payment group, 2013/14"], [], ["Payment group"]]
    rows[2] += ["Job starts", header]
    return rows + [[g, s, o] for g, s, o in zip(GROUPS, STARTS, OUTCOMES, strict=True)]


@pytest.mark.parametrize("header", ["OP", "OPs", "OPs paid", "No. of OPs"])
def test_outcome_payments_abbreviated_op_are_shown_as_percentages_only(tmp_path, header):
    source = write_book(tmp_path / "ops.xlsx", {"Perf": beside_starts(header)})
    output, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(output)
    sheet = book["Perf"]
    assert [sheet.cell(r, 2).value for r in range(6, 11)] == [420, 380, 260, 300, 160]
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == [None] * 5
    assert "Job outcomes %" in book.sheetnames
