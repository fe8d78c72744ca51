"""Session 15's hunt for hidden text and personal details that travel.

Advisers' names beside their own job starts went through whenever the role's header stood on a
two-line header (merged down over the months' line, or with that line empty under it), or
named the role 'Job coach', 'Employment consultant' or 'Staff member': the names were read
down from the header only to its first empty cell, and only under the role words 'Adviser',
'Work coach', 'Case worker', 'Case manager' and 'Key worker'.

A note naming a participant by their role ('Participant Jane Whitfield referred twice',
'claimant A. Patel moved away') or giving a birth date said with 'born' travelled as written:
only a title ('Mr Amir Patel'), a member of staff's role and 'date of birth' or 'DOB' were
known.

A sheet named after an adviser's caseload with the name in brackets ('Caseload (Amir Patel)')
or before it ('Amir Patel's caseload') was carried, its name shown in the sheet list and on the
cover: only 'Caseload - Amir Patel' and 'Adviser: Jo Smith' were known.

A note hidden by a conditional format whose number format shows no text (';;;', as a 'hide
when final' rule does) was carried and shown: a rule's colours were read, its number format
was not.

A National Insurance number written without its final letter ('AB123456', 'ab 12 34 56'), as
case notes and extracts often hold it, travelled in a note: only the full number was known.

Text in the colour of both stops of a gradient fill (white on a white-to-white gradient) was
carried and shown: a gradient was taken to hide nothing.

A table whose figures are defined names of cells on a hidden data sheet ('=Ref_JSA', '=SUM(
AllRefs)') lost every figure, each removed as a formula wpxl does not rebuild: a formula reading
a hidden sheet by its name was read as the value it showed, one reading it by a defined name
was not.

A case list (a row a person, a 1 under 'Job starts') went through, names and references and
all, when its first column was headed 'Name of participant', 'Participant (name)', 'Learner
name' or 'Service user', or held each referral's own reference under 'PO number', 'Referral
ID', 'PRaP reference' or 'Case ref': only 'Participant', 'Customer', 'Claimant', 'Client' and
'Jobseeker' with a detail, and the details themselves, were known.

A mobile number typed as text without spaces ('07700900124') under a 'Mobile' header stayed in
the plan, read as a code, and the proof refused the whole copy: only words, numbers written
with spaces and numbers as long as a phone number's were contact details there.

Advisers' names under 'Adviser' travelled whenever they were not written 'Jane Smith': with an
initial ('A Patel', 'Amir P'), surname first ('Patel, Amir'), in capitals or lower case, as a
first name alone, or with letters outside A to Z ('Siobhán Ní Bhriain'). Under a role's header
every label is now taken for a person's name unless it numbers, totals or names a team, an
office or an area.

A table of job starts with the advisers across (months down, each adviser's name heading a
column, under 'Adviser' merged over them or beside 'Adviser' in the table's corner) carried
every name: names were read only down from the role's header.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from openpyxl.styles import Font, GradientFill

from tests.builders import referrals_table, write_book
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_staff_notes import referrals_noted, shown_with_note
from tests.leaks import package_text
from wpxl.errors import AnalysisError
from wpxl.sanitise import sanitise_file

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
REFERRALS = [137, 451, 59, 83]
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


def shown(path: Path) -> list[object]:
    return [
        c.value for row in openpyxl.load_workbook(path, data_only=True).worksheets[-1] for c in row
    ]


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


PARTICIPANT_NOTES = [
    ("Participant Jane Whitfield referred twice: counted once", "Whitfield"),
    ("One referral removed: claimant A. Patel moved out of the area", "Patel"),
    ("Includes customer Joanne Okafor, transferred from Derby", "Okafor"),
    ("Excludes a duplicate (client Tom O'Neil)", "Neil"),
    ("Excludes a duplicate record (born 03/04/1985)", "1985"),
    ("Excludes one person born on 3 April 1985", "1985"),
]


@pytest.mark.parametrize(("note", "detail"), PARTICIPANT_NOTES)
def test_a_note_naming_a_participant_or_a_birth_date_goes(tmp_path, note, detail):
    values, text = shown_with_note(tmp_path, note)
    assert [v for v in values if isinstance(v, int)] == [1240, 680, 320]
    assert detail not in text


NO_PARTICIPANT = [
    "Source: Claimant Count, ONS",
    "Customer Satisfaction Survey results follow",
    "Client Group figures are provisional",
    "Participants born abroad are counted with their payment group",
    "Jobseeker's Allowance Claimants only",
]


@pytest.mark.parametrize("note", NO_PARTICIPANT)
def test_a_note_naming_no_participant_stays(tmp_path, note):
    values, _ = shown_with_note(tmp_path, note)
    assert note in values


@pytest.mark.parametrize(
    "name", ["Caseload (Amir Patel)", "Amir Patel's caseload", "Adviser (Jo O'Brien)"]
)
def test_a_sheet_named_after_a_persons_caseload_is_refused_without_naming_them(tmp_path, job, name):
    book = write_book(tmp_path / "pack.xlsx", {name: referrals_table([[121, 93], [307, 111]])})
    with pytest.raises(AnalysisError) as refused:
        sanitise_file(book, job)
    assert "the sheet's name names a person" in str(refused.value)
    assert not {"Patel", "Brien"} & set(str(refused.value).replace("'", " ").split())


@pytest.mark.parametrize(
    "name", ["Caseload (North East)", "Caseload (JSA 18-24)", "Advisers (all)"]
)
def test_a_sheet_named_for_a_caseloads_area_or_group_goes_through(tmp_path, name):
    book = write_book(tmp_path / "pack.xlsx", {name: referrals_table([[121, 93], [307, 111]])})
    output, _ = sanitised_beside(book)
    assert name in openpyxl.load_workbook(output).sheetnames


DRAFT_NOTE = "Draft: Derby office figures under investigation"


def noted_under_a_rule(path: Path, number_format: str) -> Path:
    """Referrals with a note that a conditional format (any cell not blank) shows in
    ``number_format``."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Referrals")
    for row, line in enumerate(referrals_noted(DRAFT_NOTE)):
        ws.write_row(row, 0, line)
    rule = book.add_format({"num_format": number_format})
    ws.conditional_format("A8", {"type": "no_blanks", "format": rule})
    book.close()
    return path


def test_a_note_a_conditional_format_shows_as_nothing_is_not_carried(tmp_path):
    output, _ = sanitised_beside(noted_under_a_rule(tmp_path / "ruled.xlsx", ";;;"))
    assert "investigation" not in package_text(output)
    assert [v for v in shown(output) if isinstance(v, int)] == [1240, 680, 320]


def test_a_note_a_conditional_format_shows_as_text_is_carried(tmp_path):
    output, _ = sanitised_beside(noted_under_a_rule(tmp_path / "ruled.xlsx", "0;-0;;@"))
    assert DRAFT_NOTE in shown(output)


NINO_NOTES = [
    ("Excludes AB123456 (duplicate referral)", "AB123456"),
    ("One referral removed: NINO AB 12 34 56 referred twice", "AB 12 34 56"),
    ("Duplicate record JT-12-34-56 removed", "JT-12-34-56"),
    ("Excludes ab123456 (duplicate referral)", "ab123456"),
]


@pytest.mark.parametrize(("note", "number"), NINO_NOTES)
def test_a_note_holding_a_national_insurance_number_without_its_letter_goes(tmp_path, note, number):
    values, text = shown_with_note(tmp_path, note)
    assert [v for v in values if isinstance(v, int)] == [1240, 680, 320]
    assert number not in text


PERIODS_AND_CODES = ["Period code WP201304", "ONS code E06000001", "Extract ref JS201304"]


@pytest.mark.parametrize("note", PERIODS_AND_CODES)
def test_a_note_holding_periods_and_codes_stays(tmp_path, note):
    values, _ = shown_with_note(tmp_path, note)
    assert note in values


def gradient_noted(path: Path, stops: tuple[str, str]) -> Path:
    """Referrals with a note in white on a two-stop gradient fill."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Referrals"
    for line in referrals_noted(DRAFT_NOTE):
        ws.append(line)
    note = ws.cell(8, 1)
    note.font = Font(color="FFFFFF")
    note.fill = GradientFill(stop=stops)
    book.save(path)
    return path


def test_text_in_the_colour_of_both_stops_of_a_gradient_is_not_carried(tmp_path):
    output, _ = sanitised_beside(gradient_noted(tmp_path / "graded.xlsx", ("FFFFFF", "FAFAFA")))
    assert "investigation" not in package_text(output)
    assert [v for v in shown(output) if isinstance(v, int)] == [1240, 680, 320]


def test_text_standing_out_on_a_gradient_is_carried(tmp_path):
    output, _ = sanitised_beside(gradient_noted(tmp_path / "graded.xlsx", ("FFFFFF", "1F497D")))
    assert DRAFT_NOTE in shown(output)


def named_from_a_hidden_sheet(path: Path) -> Path:
    """Referrals by payment group whose counts and total are defined names of a hidden data
    sheet's cells."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Referrals")
    data = book.add_worksheet("Data")
    data.write_row(0, 0, ["Payment group", "Referrals"])
    ws.write(0, 0, "Referrals by payment group, April 2013")
    ws.write_row(2, 0, ["Payment group", "Referrals"])
    for i, (group, count) in enumerate(zip(GROUPS, REFERRALS, strict=True)):
        data.write_row(1 + i, 0, [group, count])
        book.define_name(f"Ref_{i}", f"=Data!$B${2 + i}")
        ws.write(3 + i, 0, group)
        ws.write_formula(3 + i, 1, f"=Ref_{i}", None, count)
    book.define_name("AllRefs", "=Data!$B$2:$B$5")
    ws.write(7, 0, "Total")
    ws.write_formula(7, 1, "=SUM(AllRefs)", None, sum(REFERRALS))
    data.hide()
    book.close()
    return path


def test_figures_read_by_defined_names_from_a_hidden_sheet_are_rounded(tmp_path):
    output, _ = sanitised_beside(named_from_a_hidden_sheet(tmp_path / "named.xlsx"))
    values = shown(output)
    assert [v for v in values if isinstance(v, int)] == [140, 460, 60, 80, 740]
    sheet = openpyxl.load_workbook(output)["Referrals"]
    assert sheet["B10"].value == "=SUM(B6:B9)"


CASE_LIST_NAMES = ["Amir Patel", "Grace Okafor", "Liam Doherty", "Sophie Clarke"]
CASE_LIST_HEADERS = ["Name of participant", "Participant (name)", "Learner name", "Service user",
                     "PO number", "Referral ID", "PRaP reference", "Case ref"]  # fmt: skip


def case_list(path: Path, header: str) -> Path:
    rows: list[list[object]] = [["Job starts, Derby, April 2013"], []]
    rows.append([header, "Payment group", "Job starts"])
    rows += [[name, group, 1] for name, group in zip(CASE_LIST_NAMES, GROUPS, strict=True)]
    return write_book(path, {"April": rows})


@pytest.mark.parametrize("header", CASE_LIST_HEADERS)
def test_a_case_list_headed_by_a_persons_name_or_reference_is_refused(tmp_path, job, header):
    with pytest.raises(AnalysisError) as refused:
        sanitise_file(case_list(tmp_path / "cases.xlsx", header), job)
    message = str(refused.value)
    assert "sheet 'April', cell A3: this sheet lists people one by one" in message
    assert not any(name in message for name in CASE_LIST_NAMES)


@pytest.mark.parametrize(
    "header", ["Learners", "Service users", "Referral month", "Case type", "PRaP"]
)
def test_counts_headed_by_people_or_referrals_in_plural_or_by_type_go_through(tmp_path, header):
    rows = [["Referrals, Derby, April 2013"], [], [header, "Referrals"]]
    rows += [[group, count] for group, count in zip(GROUPS, REFERRALS, strict=True)]
    output, _ = sanitised_beside(write_book(tmp_path / "counts.xlsx", {"April": rows}))
    assert header in shown(output)


@pytest.mark.parametrize("number", ["07700900124", "+447700900125", "01332123456"])
def test_a_phone_number_typed_as_unspaced_text_under_contact_words_is_removed(tmp_path, number):
    rows = [["Job starts, Derby, April 2013"], [], ["Office", "Mobile", "Job starts"]]
    rows += [[g, number if i == 0 else "", 37 + i] for i, g in enumerate(GROUPS)]
    output, _ = sanitised_beside(write_book(tmp_path / "phones.xlsx", {"April": rows}))
    assert number not in package_text(output)
    assert [v for v in shown(output) if isinstance(v, int)] == [40, 40, 40, 40]


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
