"""Session 15's hunt for hidden text and personal details (tests/e2e/test_hunted_s15_hidden.py)
found members of staff named beside their own job starts in layouts the reading missed.

Advisers' names went through whenever the role's header stood on a two-line header (merged
down over the months' line, or with that line empty under it), or named the role 'Job coach',
'Employment consultant' or 'Staff member': the names were read down from the header only to
its first empty cell, and only under the role words 'Adviser', 'Work coach', 'Case worker',
'Case manager' and 'Key worker'.

They went through, too, whenever they were not written 'Jane Smith': with an initial ('A
Patel', 'Amir P'), surname first ('Patel, Amir'), in capitals or lower case, as a first name
alone, or with letters outside A to Z ('Siobhán Ní Bhriain'). Under a role's header every label
is now taken for a person's name unless it numbers, totals or names a team, an office or an
area.

A table of job starts with the advisers across (months down, each adviser's name heading a
column, under 'Adviser' merged over them or beside 'Adviser' in the table's corner) carried
every name: names were read only down from the role's header.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import xlsxwriter

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_s15_hidden import shown

ADVISERS = ["Jane Whitfield", "Amir Patel", "Joanne Okafor"]
STARTS = [[37, 45], [51, 29], [44, 61]]


def starts_by_adviser(path: Path, header: str, merged: bool, labels: list[str] = ADVISERS) -> Path:
    """Job starts by adviser over two months, under a two-line header: 'Job starts' merged
    over the months, the role's header merged down over both lines or alone on the first."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Job starts by adviser")
    ws.write(0, 0, "Job starts by adviser, 2013")
    if merged:
        ws.merge_range(2, 0, 3, 0, header)
    else:
        ws.write(2, 0, header)
    ws.merge_range(2, 1, 2, 2, "Job starts")
    ws.write_row(3, 1, ["April 2013", "May 2013"])
    for row, (name, starts) in enumerate(zip(labels, STARTS, strict=True), start=4):
        ws.write(row, 0, name)
        ws.write_row(row, 1, starts)
    ws.write(7, 0, "Total")
    ws.write_formula(7, 1, "=SUM(B5:B7)", None, 132)
    ws.write_formula(7, 2, "=SUM(C5:C7)", None, 135)
    book.close()
    return path


@pytest.mark.parametrize(
    ("header", "merged"),
    [
        ("Adviser", True),
        ("Adviser", False),
        ("Job coach", False),
        ("Employment consultant", True),
        ("Staff member", False),
    ],
)
def test_advisers_named_under_a_two_line_header_are_removed(tmp_path, header, merged):
    output, _ = sanitised_beside(starts_by_adviser(tmp_path / "advisers.xlsx", header, merged))
    values = shown(output)
    assert not set(ADVISERS) & set(values)
    assert [v for v in values if isinstance(v, int)] == [40, 40, 60, 20, 40, 60, 140, 120]


def test_teams_and_offices_under_a_two_line_adviser_header_stay(tmp_path):
    teams = ["Team North", "Leeds Office", "Adviser 3"]
    source = starts_by_adviser(tmp_path / "teams.xlsx", "Adviser", True, teams)
    output, _ = sanitised_beside(source)
    assert set(teams) <= set(shown(output))


SPELLINGS = [
    ["A Patel", "J Smith", "T O'Neil", "P Shah"],
    ["Patel, Amir", "Smith, Jane", "O'Neil, Tom", "Shah, Priya"],
    ["AMIR PATEL", "JANE SMITH", "TOM O'NEIL", "PRIYA SHAH"],
    ["amir patel", "jane smith", "tom o'neil", "priya shah"],
    ["Amir P", "Jane S", "Tom O", "Priya S"],
    ["Amir", "Jane", "Tom", "Priya"],
    ["Zoë Łukasz", "Siobhán Ní Bhriain", "Jean-Luc Dubois", "Mohammed Al-Hassan"],
]


def by_adviser(labels: list[str], header: str = "Adviser") -> dict[str, list[list]]:
    rows: list[list] = [["Job starts by adviser, April 2013"], [], [header, "Job starts"]]
    return {
        "Starts": rows + [[label, n] for label, n in zip(labels, [41, 37, 52, 29], strict=True)]
    }


@pytest.mark.parametrize("names", SPELLINGS, ids=[n[0] for n in SPELLINGS])
def test_advisers_named_in_any_spelling_are_removed(tmp_path, names):
    output, _ = sanitised_beside(write_book(tmp_path / "advisers.xlsx", by_adviser(names)))
    values = shown(output)
    assert not set(names) & set(values)
    assert [v for v in values if isinstance(v, int)] == [40, 40, 60, 20]


NOT_STAFF = [
    ["Adviser 1", "Team North", "Leeds Office", "Total"],
    ["North East", "Derby City", "All advisers", "Unallocated"],
    ["Vacant post", "Agency staff", "Other", "Not known"],
]


@pytest.mark.parametrize("labels", NOT_STAFF, ids=[n[0] for n in NOT_STAFF])
def test_numbered_advisers_teams_offices_and_totals_stay(tmp_path, labels):
    output, _ = sanitised_beside(write_book(tmp_path / "teams.xlsx", by_adviser(labels)))
    assert set(labels) <= set(shown(output))


MONTHS = ["April 2013", "May 2013", "June 2013"]


def advisers_across(path: Path, merged: bool) -> Path:
    """Job starts by month (down) and adviser (across), the advisers' names heading the
    columns under 'Adviser' merged over them, or beside 'Adviser' in the corner."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Starts")
    ws.write(0, 0, "Job starts by adviser, 2013")
    if merged:
        ws.merge_range(2, 1, 2, 3, "Adviser")
        ws.write(3, 0, "Month")
    else:
        ws.write(3, 0, "Adviser")
    ws.write_row(3, 1, ADVISERS)
    for row, (month, starts) in enumerate(zip(MONTHS, STARTS, strict=True), start=4):
        ws.write(row, 0, month)
        ws.write_row(row, 1, [*starts, 50])
        ws.write_formula(row, 4, f"=SUM(B{row + 1}:D{row + 1})", None, sum(starts) + 50)
    ws.write(3, 4, "Total")
    book.close()
    return path


@pytest.mark.parametrize("merged", [True, False], ids=["merged over", "in the corner"])
def test_advisers_named_across_a_table_are_removed(tmp_path, merged):
    output, _ = sanitised_beside(advisers_across(tmp_path / "across.xlsx", merged))
    values = shown(output)
    assert not set(ADVISERS) & set(values)
    assert {"Total", *MONTHS} <= set(values)
    assert [v for v in values if isinstance(v, int)] == [
        40,
        40,
        60,
        140,
        60,
        20,
        60,
        140,
        40,
        60,
        60,
        160,
    ]
