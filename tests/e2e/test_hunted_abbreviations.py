"""What a short hunt found: outcomes and sustainments abbreviated in ways neither the plan nor
the proof knew ('Sus.', 'Sustd', 'JOB O/C', 'Job O/C', 'O/Cs') beside job starts were carried
as rounded counts under a title naming job starts ('Sus.' over 131, 53, 17 shown as 140, 60,
20). They name outcomes now, whole and in capitals as the other abbreviations do, and the
table's outcomes become a percentage sheet."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]


def starts_beside(head: str) -> list[list]:
    """Job starts by payment group with one more column headed ``head``."""
    rows: list[list] = [["Job starts by payment group, 2013/14"], [], ["Payment group"]]
    rows[2] += ["Job starts", head]
    rows += [[g, 512 - i * 50, 137 - i * 20] for i, g in enumerate(GROUPS)]
    return rows


@pytest.mark.parametrize(
    ("head", "shares"),
    [
        ("Sus.", "Sustainments %"),
        ("Sustd", "Sustainments %"),
        ("SUSTD", "Sustainments %"),
        ("JOB O/C", "Job outcomes %"),
        ("Job O/C", "Job outcomes %"),
        ("O/Cs", "Job outcomes %"),
        ("O/C's", "Job outcomes %"),
    ],
)
def test_outcomes_abbreviated_so_beside_starts_are_shown_as_percentages(tmp_path, head, shares):
    source = write_book(tmp_path / "abbr.xlsx", {"Job starts": starts_beside(head)})
    output, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(output)
    figures = [c.value for row in book["Job starts"] for c in row if isinstance(c.value, int)]
    assert figures == [520, 460, 420, 360]  # the job starts only, rounded
    assert [n for n in book.sheetnames if n.endswith("%")] == [shares]


@pytest.mark.parametrize("head", ["Sustainable jobs", "Jo Smith", "OC", "Sus"])
def test_words_like_them_stay_job_starts(tmp_path, head):
    """Not every word near one is an outcome: these columns count what their table counts."""
    source = write_book(tmp_path / "near.xlsx", {"Job starts": starts_beside(head)})
    output, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(output)
    figures = [c.value for row in book["Job starts"] for c in row if isinstance(c.value, int)]
    assert figures == [520, 140, 460, 120, 420, 100, 360, 80]
    assert not [n for n in book.sheetnames if n.endswith("%")]
