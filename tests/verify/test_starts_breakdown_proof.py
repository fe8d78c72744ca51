"""The proof reads a job-starts breakdown by time in work or payment status itself.

Each copy is the real copy of a real input, planned with the analyse stage's reading of such
lines turned off, as a misreading there would plan it: the rows or columns of starts that lasted
26 weeks, or were paid, carried as rounded job starts. The proof, with its own words, must refuse
every one; an age band or a time since attachment it lets through.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import xlsxwriter

from tests.builders import write_book
from tests.misread import proved
from wpxl.analyse import line_measures
from wpxl.verify import Finding

VOLUME = "an outcome or sustainment volume"


def _proved_unread(source: Path, monkeypatch: pytest.MonkeyPatch) -> list[Finding]:
    """The proof's findings on the copy planned without the analyse stage's breakdown reading."""
    monkeypatch.setattr(line_measures, "is_starts_outcome_line", lambda *_: False)
    return [f for f in proved(source.parent, source) if f.kind == VOLUME]


def _rows(title: str, corner: str, labels: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [[title], [], [corner, "Apr 2013", "May 2013"]]
    counts = [[401, 433], [290, 310], [187, 203]][-len(labels) :]
    return rows + [[label, *line] for label, line in zip(labels, counts, strict=True)]


@pytest.mark.parametrize(
    ("title", "corner", "labels"),
    [
        ("Job starts by length of employment", "Time in work",
         ["Less than 13 weeks", "13 to 25 weeks", "26 weeks or more"]),
        ("Job starts by weeks in work", "Weeks", ["0-12", "13-25", "26+"]),
        ("Job starts by duration", "Duration of job", ["Under 3 months", "Over 6 months"]),
        ("Job starts by status", "Status", ["Not yet paid", "Paid"]),
        ("Job starts by status", "Status", ["Not converted", "Converted"]),
        ("Job starts by claim status", "Claim status", ["Not claimed", "Claimed"]),
    ],
)  # fmt: skip
def test_rows_of_starts_that_lasted_or_were_paid_carried_as_counts_are_refused(
    tmp_path, monkeypatch, title, corner, labels
):
    source = write_book(tmp_path / "pack.xlsx", {"Job starts": _rows(title, corner, labels)})
    found = _proved_unread(source, monkeypatch)
    last = 3 + len(labels)  # the last line's first month, as the copy places it (two rows down)
    assert Finding(f"'Job starts' B{last + 2}", VOLUME) in found


def test_columns_of_starts_under_a_duration_header_carried_as_counts_are_refused(
    tmp_path, monkeypatch
):
    source = tmp_path / "columns.xlsx"
    book = xlsxwriter.Workbook(str(source))
    ws = book.add_worksheet("Job starts")
    ws.write(0, 0, "Job starts by payment group, Derby")
    ws.merge_range("C3:D3", "Duration")
    ws.write_row(3, 0, ["Payment group", "Job starts", "13 weeks", "26 weeks"])
    ws.write_row(4, 0, ["JSA 18-24", 1234, 401, 187])
    ws.write_row(5, 0, ["JSA 25+", 2213, 433, 203])
    book.close()
    found = {f.part for f in _proved_unread(source, monkeypatch)}
    assert {"'Job starts' C7", "'Job starts' D7", "'Job starts' D8"} <= found
    assert "'Job starts' B7" not in found  # the starts themselves


@pytest.mark.parametrize(
    ("title", "corner", "labels"),
    [
        ("Job starts by age", "Age", ["18-24", "25+"]),
        ("Job starts by payment group", "Payment group", ["JSA 18-24", "JSA 25+"]),
        ("Job starts by weeks since attachment", "Weeks", ["0-12", "26+"]),
        ("Referrals by weeks since attachment", "Weeks since attachment", ["13 weeks", "26 weeks"]),
        ("Job starts by type of job", "Job type", ["Paid employment", "Self-employed"]),
    ],
)
def test_ordinary_lines_of_starts_and_referrals_pass_the_proof(
    tmp_path, monkeypatch, title, corner, labels
):
    source = write_book(tmp_path / "pack.xlsx", {"Job starts": _rows(title, corner, labels)})
    assert _proved_unread(source, monkeypatch) == []


@pytest.mark.parametrize("header", ["Conversions", "Claims"])
def test_conversions_or_claims_beside_job_starts_carried_as_counts_are_refused(
    tmp_path, monkeypatch, header
):
    rows = [["Referrals and job starts by payment group"], [],
            ["Payment group", "Referrals", "Job starts", header],
            ["JSA 18-24", 1234, 401, 137], ["JSA 25+", 2213, 611, 211]]  # fmt: skip
    source = write_book(tmp_path / "pack.xlsx", {"Pack": rows})
    found = {f.part for f in _proved_unread(source, monkeypatch)}
    assert {"'Pack' D6", "'Pack' D7"} <= found
    assert not {"'Pack' B6", "'Pack' C6"} & found  # the referrals and the starts themselves
