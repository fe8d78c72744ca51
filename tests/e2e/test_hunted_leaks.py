"""Leaks a hunt through hostile but plausible packs found in copies that passed their proof:
a lasting job start under a name of its own, a count pasted as text, and a sheet named by the
true total of its outcome table."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import referrals_table, write_book
from tests.leaks import package_text
from wpxl.analyse.cells import NUMBER_AS_TEXT
from wpxl.errors import OutputError
from wpxl.sanitise import sanitise_file

COUNTS = [[1234, 1517, 1388], [2213, 2451, 2379], [687, 713, 659]]


def _table(title: str) -> list[list]:
    rows = referrals_table(COUNTS)
    rows[0] = [title]
    return rows


@pytest.mark.parametrize(
    "title",
    [
        "Job starts lasting 6 months, by payment group",
        "Job start retention at 13 weeks",
        "Retained job starts by payment group",
        "Attachments still employed after 6 months",
        "Job starts held for 13 weeks",
        "Participants in continuous employment for 13 weeks",
    ],
)
def test_job_starts_that_lasted_are_sustainments_shown_as_percentages_only(tmp_path, job, title):
    source = write_book(tmp_path / "lasting.xlsx", {"Lasting": _table(title)})
    output = Path(sanitise_file(source, job).output)
    book = openpyxl.load_workbook(output)
    assert "Lasting" not in book.sheetnames  # the volumes are on no sheet
    figures = [c.value for ws in book for row in ws.iter_rows() for c in row]
    assert not any(isinstance(v, int) and v % 20 == 0 and v >= 640 for v in figures)


@pytest.mark.parametrize("text", ["0687", "6.87E2"])
def test_a_count_pasted_as_text_with_a_leading_zero_or_exponent_is_removed_and_said(
    tmp_path, job, text
):
    rows = referrals_table(COUNTS)
    rows[5][1] = text  # ESA Flow, April: 687 as an export wrote it
    source = write_book(tmp_path / "pasted.xlsx", {"Referrals": rows})
    result = sanitise_file(source, job)
    assert text not in package_text(Path(result.output))
    assert any(r.why == NUMBER_AS_TEXT and r.where == "'Referrals' B6" for r in result.removed)


def test_a_sheet_named_by_the_true_total_of_its_outcome_table_is_refused(tmp_path, job):
    rows = referrals_table([[400, 600], [500, 316]], total_row=False, total_col=False)
    rows[0] = ["Job outcomes by payment group"]  # 1816 in all; no cell holds it
    sheets = {"Referrals": referrals_table(COUNTS), "Job outcomes 1816": rows}
    source = write_book(tmp_path / "named.xlsx", sheets)
    with pytest.raises(OutputError, match="sheet 'Job outcomes 1816' quotes"):
        sanitise_file(source, job)
    assert not (tmp_path / "out" / "named-sanitised.xlsx").exists()
