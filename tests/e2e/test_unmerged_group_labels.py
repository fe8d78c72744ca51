"""A two-row header whose group labels ('Job starts', 'Job outcomes') sit in the first cell of
each group only, through the whole pipeline, its proof included: every job-start column is
rounded and kept as job starts, and the outcomes alone become the '%' sheet, their shares
their own.

Round 4's hunt (#4): only the Apr column was read as job starts; May, Jun and Total of the
starts were removed and published on 'Job outcomes %' as if they were outcome shares."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import GROUPS, OUTCOMES, STARTS, grouped_pack
from wpxl.sanitise import sanitise_file

MONTHS = ["Apr", "May", "Jun", "Total"]


def _rounded(value: int) -> int:
    return (value + 10) // 20 * 20


@pytest.mark.parametrize(
    "title", ["Job starts and job outcomes by payment group, Q1 2013/14", "Derby, Q1 2013/14"]
)
def test_group_labels_in_their_first_cells_keep_starts_and_outcomes_apart(tmp_path, job, title):
    groups = {1: "Job starts", 5: "Job outcomes"}
    result = sanitise_file(grouped_pack(tmp_path / "pack.xlsx", groups, title), job)
    assert result.ok
    book = openpyxl.load_workbook(result.output)
    sheet = [list(r) for r in book["Performance"].iter_rows(values_only=True)]
    top = next(i for i, r in enumerate(sheet) if r[0] == GROUPS[0])
    body = sheet[top : top + len(GROUPS)]
    assert [r[1:4] for r in body] == [[_rounded(v) for v in line] for line in STARTS]
    assert all(str(r[4]).startswith("=SUM(") for r in body)  # the starts' Total rebuilt
    assert all(v is None for r in body for v in r[5:9])  # no outcome volume
    shares = [list(r) for r in book["Job outcomes %"].iter_rows(values_only=True)]
    head = next(i for i, r in enumerate(shares) if r[0] == "Payment group")
    assert [v for v in shares[head][1:] if v is not None] == MONTHS
    for j in range(4):
        true = [sum(line) if j == 3 else line[j] for line in OUTCOMES]
        shown = [shares[head + 1 + i][1 + j] for i in range(len(GROUPS))]
        assert all(abs(s - t / sum(true)) <= 0.05 for s, t in zip(shown, true, strict=True))
