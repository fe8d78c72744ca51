"""What a hunt through the last session's known shortfalls found (session 18).

A provider's analyst writes a remark beside a line of job starts, in a notes column or under
the table: 'JSA Prison Leavers: 2 JOs', 'JSA Prison Leavers includes 2 JOs', 'Jun 2013: 3 job
outcomes'. wpxl read each as a key saying the line counts job outcomes (as 'Achieved = job
outcomes in the month' does), so the line's starts went to a percentage sheet as outcomes and
every total over them was removed: a run that passed its proof with a wrong copy. A count right
before the outcome words tells how many outcomes the line had; it keys nothing, and the line is
rounded as the job starts its table counts. The remark itself still states an outcome volume and
is not carried. The proof reads such remarks alike (verify/keyed_lines); with the analysis
alone mended, it refused the copy (the starts read as outcome volumes).
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.leaks import package_text


def _starts(beside: str | None, below: str | None) -> list[list]:
    rows: list[list] = [
        ["Job starts by payment group"],
        [],
        ["Payment group", "Apr 2013", "May 2013", "Jun 2013", "Total", "Notes"],
        ["JSA 18-24", 37, 41, 52, "=SUM(B4:D4)"],
        ["JSA 25+", 63, 77, 58, "=SUM(B5:D5)"],
        ["JSA Prison Leavers", 13, 9, 17, "=SUM(B6:D6)", beside],
        ["Total", "=SUM(B4:B6)", "=SUM(C4:C6)", "=SUM(D4:D6)", "=SUM(E4:E6)"],
    ]
    return [*rows, [], [below]] if below else rows


REMARKS = [
    ("JSA Prison Leavers: 2 JOs", None),
    ("JSA Prison Leavers includes 2 JOs", None),
    ("JSA Prison Leavers - two JOs", None),
    (None, "JSA Prison Leavers: 2 job outcomes in June"),
    (None, "JSA Prison Leavers = 2 sustainments"),
    (None, "Jun 2013: 3 job outcomes"),
]


@pytest.mark.parametrize(("beside", "below"), REMARKS)
def test_a_remark_counting_a_lines_outcomes_leaves_its_starts_rounded(tmp_path, beside, below):
    source = write_book(tmp_path / "starts.xlsx", {"Starts": _starts(beside, below)})
    out, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["About this workbook", "Starts"]
    rows = [[c.value for c in row[:5]] for row in book["Starts"].iter_rows(min_row=6, max_row=9)]
    assert rows == [
        ["JSA 18-24", 40, 40, 60, "=SUM(B6:D6)"],
        ["JSA 25+", 60, 80, 60, "=SUM(B7:D7)"],
        ["JSA Prison Leavers", 20, 0, 20, "=SUM(B8:D8)"],
        ["Total", "=SUM(B6:B8)", "=SUM(C6:C8)", "=SUM(D6:D8)", "=SUM(E6:E8)"],
    ]
    assert (beside or below) not in package_text(out)


@pytest.mark.parametrize(
    "key",
    ["JSA Prison Leavers: 26 week job outcomes", "JSA Prison Leavers = job outcomes in 2013"],
)
def test_a_key_naming_a_length_or_a_year_still_calls_the_line_outcomes(tmp_path, key):
    source = write_book(tmp_path / "starts.xlsx", {"Starts": _starts(None, key)})
    out, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(out)
    assert "Job outcomes %" in book.sheetnames
    assert [c.value for c in book["Starts"]["8"][1:5]] == [None] * 4
