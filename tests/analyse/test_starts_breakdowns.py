"""Job starts broken down by how long the job lasted or by whether it was paid.

A job start that lasted 13 or 26 weeks, or that was paid, claimed or converted, is a job outcome
or sustainment: a line of a job-starts table labelled so ("26 weeks or more", "26+" under
"Weeks", "Over 6 months", "Paid") counts outcome volumes, and the rest of its breakdown ("Less
than 13 weeks", "Not yet paid") gives them back from the starts' total. Round 2 read these
words only in a measure's name ("Job starts reaching 13 weeks"); a line's own label, or the
header over its group, says the same. An age band ("25+" under "Payment group") or a time since
attachment is no time in work.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tests.builders import write_book
from tests.leaks import cell_numbers
from wpxl.analyse.starts_lines import is_starts_outcome_line
from wpxl.sanitise import sanitise_file

MONTHS = ["Apr 2013", "May 2013", "Jun 2013"]
COUNTS = [[401, 433, 419], [290, 310, 301], [187, 203, 197]]


def _table(title: str, corner: str, labels: list[str]) -> list[list[object]]:
    """A title, a header of months and a Total, one row a label with its =SUM, a Total row."""
    rows: list[list[object]] = [[title], [], [corner, *MONTHS, "Total"]]
    counts = COUNTS[-len(labels) :]
    for i, (label, line) in enumerate(zip(labels, counts, strict=True)):
        rows.append([label, *line, f"=SUM(B{4 + i}:D{4 + i})"])
    last = 3 + len(labels)
    rows.append(["Total", *(f"=SUM({c}4:{c}{last})" for c in "BCDE")])
    return rows


def _volumes(path: Path) -> dict[str, list[object]]:
    """The copy's 'Job starts' sheet, its lines by label (nothing if the sheet is gone)."""
    book = openpyxl.load_workbook(path, data_only=True)
    if "Job starts" not in book.sheetnames:
        return {}
    rows = book["Job starts"].iter_rows(values_only=True)
    return {r[0]: list(r[1:5]) for r in rows if r and isinstance(r[0], str)}


@pytest.mark.parametrize(
    ("title", "corner", "labels"),
    [
        ("Job starts by length of employment", "Time in work",
         ["Less than 13 weeks", "13 to 25 weeks", "26 weeks or more"]),
        ("Job starts by weeks in work", "Weeks", ["0-12", "13-25", "26+"]),
        ("Job starts by duration", "Duration of job",
         ["Under 3 months", "3-6 months", "Over 6 months"]),
        ("Job starts: how long the job lasted", "Duration", ["< 13 weeks", "13 weeks", "26 weeks"]),
        ("Job starts, Derby", "Payment group", ["Under 13 weeks", "13+ weeks", "26 weeks+"]),
        ("Job starts by status", "Status", ["Not yet paid", "Paid"]),
        ("Job starts by claim status", "Claim status", ["Not claimed", "Claimed"]),
        ("Job starts by status", "Status", ["Not converted", "Converted"]),
        ("Job starts by stage", "Stage", ["Unpaid", "Paid (validated)"]),
        ("job_starts", "payment_status", ["not_paid", "paid"]),
    ],
)  # fmt: skip
def test_job_starts_by_time_in_work_or_status_are_not_published_as_volumes(
    tmp_path, job, title, corner, labels
):
    source = write_book(tmp_path / "starts.xlsx", {"Job starts": _table(title, corner, labels)})
    output = Path(sanitise_file(source, job).output)
    lines = _volumes(output)
    for label in labels:
        assert not any(isinstance(v, int) for v in lines.get(label, []))
    assert not {180, 200, 580, 320, 920} & cell_numbers(output)  # nor rounded elsewhere
    assert any("%" in name for name in openpyxl.load_workbook(output).sheetnames)


def test_columns_of_starts_under_a_duration_header_are_not_published(tmp_path, job):
    """'Duration' merged over '13 weeks' and '26 weeks' columns of payment groups."""
    source = tmp_path / "columns.xlsx"
    book = xlsxwriter.Workbook(str(source))
    ws = book.add_worksheet("Job starts")
    ws.write(0, 0, "Job starts by payment group, Derby")
    ws.merge_range("C3:D3", "Duration")
    ws.write_row(3, 0, ["Payment group", "Job starts", "13 weeks", "26 weeks"])
    ws.write_row(4, 0, ["JSA 18-24", 1234, 401, 187])
    ws.write_row(5, 0, ["JSA 25+", 2213, 433, 203])
    book.close()
    output = Path(sanitise_file(source, job).output)
    numbers = cell_numbers(output)
    assert {1240, 2220} <= numbers  # the starts, rounded
    assert not {400, 440, 180, 200} & numbers


@pytest.mark.parametrize(
    ("title", "corner", "labels"),
    [
        ("Job starts by payment group", "Payment group", ["JSA 18-24", "JSA 25+", "ESA Flow"]),
        ("Job starts by age", "Age", ["18-24", "25-49", "50+"]),
        ("Job starts by weeks since attachment", "Weeks", ["0-12", "13-25", "26+"]),
        ("Job starts by time from referral", "Time to start",
         ["Under 13 weeks", "13 to 25 weeks", "26 weeks or more"]),
        ("Job starts by length of unemployment", "Months unemployed",
         ["Under 6 months", "6-12 months", "Over 12 months"]),
        ("Job starts by month", "Month", ["Apr 2013", "May 2013", "Jun 2013"]),
        ("Job starts by type of job", "Job type", ["Paid employment", "Self-employed",
                                                   "Low paid work"]),
        ("Referrals by weeks since attachment", "Weeks since attachment",
         ["13 weeks", "26 weeks", "52 weeks"]),
        ("Referrals by duration of claim", "Duration", ["Under 6 months", "6-12 months", "12+"]),
    ],
)  # fmt: skip
def test_ordinary_breakdowns_of_starts_and_referrals_are_rounded_as_before(
    tmp_path, job, title, corner, labels
):
    source = write_book(tmp_path / "plain.xlsx", {"Job starts": _table(title, corner, labels)})
    lines = _volumes(Path(sanitise_file(source, job).output))
    assert [lines[label] for label in labels] == [
        [400, 440, 420, 1260], [300, 320, 300, 920], [180, 200, 200, 580]
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "group", "title", "lasted"),
    [
        ("26 weeks or more", "Time in work", "", True),
        ("Less than 13 weeks", "", "Job starts", True),  # the rest of the starts
        ("26+", "Weeks", "", True),
        ("26+", "Payment group", "Job starts by weeks in work", True),
        ("Short", "Duration", "", True),
        ("Paid", "Status", "", True),
        ("Not yet paid", "", "", True),
        ("Yes", "Paid?", "", True),
        ("Converted", "", "", True),
        ("Left before 13 weeks", "Time in work", "", True),
        ("25+", "Payment group", "Job starts", False),
        ("JSA 18-24", "Payment group", "Job starts", False),
        ("26 weeks", "Weeks since attachment", "Referrals", False),
        ("26+", "Weeks", "Job starts by weeks since attachment", False),
        ("Over 12 months", "Claim duration", "", False),
        ("Quarter 1 (13 weeks)", "Period", "", False),
        ("Last 13 weeks", "", "", False),
        ("12 months to June 2014", "", "", False),
        ("Months 1-3", "Months", "", False),
        ("1-4", "Week", "", False),
        ("Paid employment", "Job type", "", False),
        ("Low paid", "Pay", "", False),
        ("Claimed JSA before", "Benefit", "", False),
        ("16-29 hours", "Hours a week", "", False),
    ],
)
def test_a_time_in_work_or_a_status_is_told_from_an_age_a_period_or_a_time_before_work(
    line, group, title, lasted
):
    assert is_starts_outcome_line(line, group, title) is lasted


def _starts_and(header: str, title: str = "Referrals and job starts by payment group") -> list:
    """Referrals, job starts and a column ``header`` (137, 211, 113 beside the starts)."""
    return [[title], [], ["Payment group", "Referrals", "Job starts", header],
            ["JSA 18-24", 1234, 401, 137], ["JSA 25+", 2213, 611, 211],
            ["ESA Flow", 687, 203, 113],
            ["Total", "=SUM(B4:B6)", "=SUM(C4:C6)", "=SUM(D4:D6)"]]  # fmt: skip


@pytest.mark.parametrize("header", ["Conversions", "Conversion", "Claims"])
def test_conversions_or_claims_beside_job_starts_are_not_published_as_volumes(
    tmp_path, job, header
):
    source = write_book(tmp_path / "pack.xlsx", {"Pack": _starts_and(header)})
    output = Path(sanitise_file(source, job).output)
    sheet = openpyxl.load_workbook(output, data_only=True)["Pack"]
    shown = [list(r) for r in sheet.iter_rows(values_only=True)]
    column = next((r.index(header) for r in shown if header in r), None)
    carried = [] if column is None else [r[column] for r in shown if len(r) > column]
    assert not any(isinstance(v, int | float) for v in carried), carried
    assert {1240, 2220, 400, 620} <= cell_numbers(output)  # referrals and starts still shown


def test_claims_with_no_job_starts_beside_them_are_no_outcome_line(tmp_path, job):
    rows = [["Referrals by region"], [], ["Region", "Referrals", "Benefit claims"],
            ["North", 1234, 401], ["South", 2213, 611]]  # fmt: skip
    output = Path(sanitise_file(write_book(tmp_path / "cb.xlsx", {"Pack": rows}), job).output)
    assert {1240, 400, 2220, 620} <= cell_numbers(output)
