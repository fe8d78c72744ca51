"""What a hunt through hostile but plausible packs found in copies that passed their proof
(session 18).

Members of staff named beside their own job starts under a header naming their role in words
other than the few known ('Team leader', 'Manager', 'Supervisor', 'Account manager',
'Responsible officer', 'Mentor', 'Consultant', 'Recruiter', 'PA', 'Staff', 'Owner'), or saying
who did something with the case ('Assigned to', 'Allocated to', 'Entered by', 'Signed off by'),
travelled as written: only 'Adviser', 'Work coach', 'Case owner', 'Contact' and their kin, and a
bare 'Name', were read so. Under such a header, where most lines are shaped as people's names
('Jane Smith', "O'Brien, Kate"), those cells go now, listed as removed, and the proof refuses a
copy holding them (wpxl.verify.name_column); a column of teams or places under them stays.
So do names across the line under such a header with a blank beside it ('Month | Team leader'
over ' | Jane Smith | Amir Patel ...', a table of months by member of staff).
Likewise a table of months only its title says is by caseload or by such a role ('Job starts
by caseload, 2013/14', 'by team leader', 'by consultant') carried every name down its first
column or across its header: only 'by adviser', 'by work coach' and their kin were read so.

A table of blocks stacked with no blank line between, each under a line naming its measure in
the label column ('Starts' over the payment groups, then 'Job outcomes' over the same groups),
under a title naming no measure or job starts ('Performance 2013/14', 'Job starts 2013/14'),
carried the outcomes as rounded counts: the line naming them was read as naming itself alone,
so the lines under it took the table's measure; the proof read a figure's column only up to
its header. So were they when the measure was typed in an outer label column on the block's
first line only ('Job outcomes | JSA 18-24', then ' | JSA 25+'; such a table naming no measure in
its title was refused). Such a line heads the lines under it now, up to the next such line, in
the analysis (analyse/section_rows) and the proof (verify/section_rows) alike.

A column beside the job starts saying how many of them were still in work, with no time
('Still working', 'Still in employment', 'Still in post', 'Remained in work', 'Stayed in work',
'Kept their job', 'Sustaining') or with a time in words wpxl did not read ('In employment at
6m'), or abbreviating sustainments and outcomes as providers do ('Susts', 'S/P', 'S/Ps', 'Outc',
'Outcs'), went out as rounded counts: sustainment and outcome volumes, which may never be shared
even rounded, and the proof passed them. They are shown as percentages now, and the proof
knows the words itself (wpxl.verify.stayed_words).
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.leaks import package_text

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers", "JSA Prison Leavers"]
STARTS = [412, 377, 251, 298, 163]
ROUNDED = [420, 380, 260, 300, 160]
STAFF = ["Jane Smith", "Amir Patel", "O'Brien, Kate", "Mark Wood", "Ruth Taylor"]
STAFF_HEADERS = [
    "Team leader",
    "Manager",
    "Supervisor",
    "Account manager",
    "Responsible officer",
    "Mentor",
    "Consultant",
    "Recruiter",
    "PA",
    "Staff",
    "Owner",
    "Assigned to",
    "Allocated to",
    "Entered by",
    "Signed off by",
]


def _starts_beside(header: str, labels: list[str]) -> list[list]:
    rows: list[list] = [["Job starts by payment group, 2013/14"], [], ["Payment group", header]]
    rows[2].append("Job starts")
    return rows + [[g, n, s] for g, n, s in zip(GROUPS, labels, STARTS, strict=True)]


@pytest.mark.parametrize("header", STAFF_HEADERS)
def test_staff_named_under_any_role_or_doer_header_go(tmp_path, header):
    source = write_book(tmp_path / "staff.xlsx", {"Perf": _starts_beside(header, STAFF)})
    copy, _ = sanitised_beside(source)
    assert not [name for name in STAFF if name in package_text(copy)]
    sheet = openpyxl.load_workbook(copy)["Perf"]
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == ROUNDED
    assert [sheet.cell(r, 1).value for r in range(6, 11)] == GROUPS


@pytest.mark.parametrize(
    ("header", "labels"),
    [
        ("Manager", ["North team", "South team", "Derby office", "Buxton office", "Unallocated"]),
        ("Owner", ["Jobcentre Plus", "Provider", "Subcontractor", "Provider", "Jobcentre Plus"]),
        ("Supervisor", ["Yes", "No", "Yes", "Yes", "No"]),
        ("Assigned to", ["High Peak", "Derby City", "Amber Valley", "Erewash", "Bolsover"]),
    ],
)
def test_teams_places_and_answers_under_such_headers_stay(tmp_path, header, labels):
    source = write_book(tmp_path / "teams.xlsx", {"Perf": _starts_beside(header, labels)})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Perf"]
    assert [sheet.cell(r, 2).value for r in range(6, 11)] == labels
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == ROUNDED


STAYED_OR_ABBREVIATED = [
    ("Still working", "Sustainments %"),
    ("Still in employment", "Sustainments %"),
    ("Still in post", "Sustainments %"),
    ("Remained in work", "Sustainments %"),
    ("Stayed in work", "Sustainments %"),
    ("Kept their job", "Sustainments %"),
    ("Sustaining", "Sustainments %"),
    ("In employment at 6m", "Job outcomes %"),
    ("Susts", "Sustainments %"),
    ("SUSTS", "Sustainments %"),
    ("S/P", "Sustainments %"),
    ("S/Ps", "Sustainments %"),
    ("Outc", "Job outcomes %"),
    ("Outcs", "Job outcomes %"),
]
LASTED = [137, 121, 88, 102, 49]


def _starts_and(header: str) -> list[list]:
    rows: list[list] = [["Job starts by payment group, 2013/14"], []]
    rows.append(["Payment group", "Job starts", header])
    return rows + [[g, s, o] for g, s, o in zip(GROUPS, STARTS, LASTED, strict=True)]


@pytest.mark.parametrize(("header", "shares"), STAYED_OR_ABBREVIATED)
def test_starts_still_in_work_or_abbreviated_outcomes_are_shown_as_percentages(
    tmp_path, header, shares
):
    source = write_book(tmp_path / "stayed.xlsx", {"Perf": _starts_and(header)})
    copy, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(copy)
    sheet = book["Perf"]
    assert [sheet.cell(r, 2).value for r in range(6, 11)] == ROUNDED
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == [None] * 5
    assert shares in book.sheetnames


@pytest.mark.parametrize(
    "header", ["Still on programme", "In employment support", "Still to start"]
)
def test_a_column_naming_no_time_in_work_keeps_its_counts(tmp_path, header):
    source = write_book(tmp_path / "kept.xlsx", {"Perf": _starts_and(header)})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Perf"]
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == [140, 120, 80, 100, 40]


MONTHS = ["Apr-13", "May-13", "Jun-13"]
NAMES = ["Jane Smith", "Amir Patel", "Kate O'Brien", "Mark Wood"]


@pytest.mark.parametrize("by", ["caseload", "team leader", "consultant", "account manager"])
@pytest.mark.parametrize("across", [False, True])
def test_staff_a_title_says_the_table_is_by_caseload_or_role_go(tmp_path, by, across):
    rows: list[list] = [[f"Job starts by {by}, 2013/14"], []]
    if across:
        rows += [["Month", *NAMES]]
        rows += [[m, *(40 + 7 * at + j for j in range(4))] for at, m in enumerate(MONTHS)]
    else:
        rows += [[None, *MONTHS]]
        rows += [[n, *(40 + 7 * at + j for j in range(3))] for at, n in enumerate(NAMES)]
    source = write_book(tmp_path / "caseload.xlsx", {"Perf": rows})
    copy, _ = sanitised_beside(source)
    assert not [name for name in NAMES if name in package_text(copy)]


def test_teams_under_a_title_by_caseload_team_stay(tmp_path):
    teams = ["North team", "South team", "Derby office"]
    rows: list[list] = [["Job starts by caseload team, 2013/14"], [], [None, *MONTHS]]
    rows += [[t, *(40 + 7 * at + j for j in range(3))] for at, t in enumerate(teams)]
    source = write_book(tmp_path / "teams.xlsx", {"Perf": rows})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Perf"]
    assert [sheet.cell(r, 1).value for r in range(6, 9)] == teams


SECTION_GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow"]


def _block(first: int) -> list[list]:
    return [[g, first, first - 14, first - 8] for g in SECTION_GROUPS]


def _sections(title: str, first: str | None, blank: bool, total: bool) -> list[list]:
    rows: list[list] = [[title], [], ["Payment group", *MONTHS]]
    rows += [[]] if blank else []
    rows += [[first]] if first else []
    rows += _block(101)
    rows += [["Total", 303, 261, 279]] if total else []
    return [*rows, ["Job outcomes"], *_block(33)]


@pytest.mark.parametrize(
    ("title", "first", "blank", "total"),
    [
        ("Performance 2013/14", "Starts", False, False),
        ("Job starts 2013/14", None, False, False),
        ("Performance 2013/14", "Referrals", False, False),
        ("Performance 2013/14", "Starts", True, False),
        ("Performance 2013/14", "Starts", False, True),
    ],
)
def test_outcomes_under_a_line_naming_them_in_a_stacked_table_are_shown_as_percentages(
    tmp_path, title, first, blank, total
):
    source = write_book(tmp_path / "stacked.xlsx", {"Perf": _sections(title, first, blank, total)})
    copy, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(copy)
    rows = [r for r in book["Perf"].iter_rows(values_only=True) if r[0] in SECTION_GROUPS]
    assert [list(r[1:4]) for r in rows[:3]] == [[100, 80, 100]] * 3
    assert [list(r[1:4]) for r in rows[3:]] == [[None, None, None]] * 3
    assert "Job outcomes %" in book.sheetnames


@pytest.mark.parametrize("title", ["Performance 2013/14", "Job starts 2013/14"])
def test_outcomes_named_on_their_blocks_first_line_only_are_shown_as_percentages(tmp_path, title):
    rows: list[list] = [[title], [], ["Measure", "Payment group", *MONTHS]]
    for measure, first in (("Job starts", 101), ("Job outcomes", 33)):
        rows += [[measure if at == 0 else None, *line] for at, line in enumerate(_block(first))]
    source = write_book(tmp_path / "outer.xlsx", {"Perf": rows})
    copy, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(copy)
    lines = [r[2:5] for r in book["Perf"].iter_rows(values_only=True) if r[1] in SECTION_GROUPS]
    assert lines == [(100, 80, 100)] * 3 + [(None, None, None)] * 3
    assert "Job outcomes %" in book.sheetnames


@pytest.mark.parametrize("merged", [False, True])
def test_staff_named_across_under_a_role_header_go(tmp_path, merged):
    rows: list[list] = [["Job starts 2013/14"], [], ["Month", "Team leader"], [None, *NAMES]]
    rows += [[m, *(40 + 7 * at + j for j in range(4))] for at, m in enumerate(MONTHS)]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Perf"
    for row in rows:
        sheet.append(row)
    if merged:
        sheet.merge_cells("B3:E3")
    book.save(source := tmp_path / "across.xlsx")
    copy, _ = sanitised_beside(source)
    assert not [name for name in NAMES if name in package_text(copy)]
    shown = openpyxl.load_workbook(copy)["Perf"]
    assert [shown.cell(7, c).value for c in range(2, 6)] == [40, 40, 40, 40]


def test_teams_across_under_a_role_header_stay(tmp_path):
    teams = ["North team", "South team", "Derby office", "Unallocated"]
    rows: list[list] = [["Job starts 2013/14"], [], ["Month", "Team leader"], [None, *teams]]
    rows += [[m, *(40 + 7 * at + j for j in range(4))] for at, m in enumerate(MONTHS)]
    source = write_book(tmp_path / "teams.xlsx", {"Perf": rows})
    copy, _ = sanitised_beside(source)
    assert [openpyxl.load_workbook(copy)["Perf"].cell(6, c).value for c in range(2, 6)] == teams
