"""Session 15's hunt for hidden text and personal details that travel (members of staff named
beside their own figures: tests/e2e/test_hunted_s15_hidden_staff.py).

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

A National Insurance number written without its final letter ('AB123456', 'ab123456',
'JT-12-34-56'), as case notes and extracts often hold it, travelled in a note: only the full
number was known.

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


def shown(path: Path) -> list[object]:
    return [
        c.value for row in openpyxl.load_workbook(path, data_only=True).worksheets[-1] for c in row
    ]


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
