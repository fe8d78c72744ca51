"""What a hunt through hostile but plausible packs found in copies that passed their proof, or
refused where nothing leaked (session 30).

A long extract coding each line's measure ('Local authority | Measure | Value' over 'Leeds | JS |
412', 'Leeds | JO | 97'), as a database's tidy output does, was refused by the proof or lost its
starts: 'JS' named no measure on either side, so the plan removed the starts' lines as counts of
nothing (or, once it read them, rounded them) and the proof read 'Value' over a line naming no
measure as money, an outcome figure. 'JS' is the job starts' abbreviation now, whole and in
capitals ('JSA' is a benefit), read where no measure word is found: in the policy's list
(policy.VOLUME_ABBREVIATIONS, read by analyse/abbreviations and analyse/words) and the proof's
own pattern (verify/measure_words). The starts go out rounded, the 'JO' lines as shares, and the
proof alone still refuses a 'JO' line carried as a count. So with the referrals and attachments
coded 'REF' and 'ATT' beside them, removed as money under 'Value': the codes of the policy's list
(policy.VOLUME_ABBREVIATIONS) and the proof's name them now ('Ref' and 'Att' alone are left: a
reference is headed so as often).

Beside the job starts, job outcome claims under 'JOC' or 'JOCs' went out rounded, verified: an
abbreviation of outcomes now, in the policy's list (policy.OUTCOME_ABBREVIATIONS) and the
proof's own pattern (verify/measure_words). So did the starts that triggered an outcome
payment headed 'Triggers' or 'Trigger point' (only 'Triggered' was read): read so in the plan's
reading of a line of job starts (analyse/starts_lines) and the proof's (verify/lasted).

Beside the job starts, a column headed only 'Achieved' or 'Validated' ('No. achieved', 'Number
validated'), or the rest ('Not yet achieved', 'Unvalidated', 'Pending validation', the starts
less them the outcomes), went out rounded as job starts, verified: session 23 left them the
table's measure. Beside a column of the starts themselves they count the starts that achieved
an outcome, or whose outcome claim was validated (provider MI says so of outcomes only), or the
rest, as a column or as a row under the starts' ('Measure | Leeds | Bradford' over 'Job
starts' and 'Achieved'), said to be part of them ('of which achieved') or among the lines of a
table of job starts by status ('Achieved', 'In progress', 'Total'): read so now, in the
plan (analyse/starts_lines.achieved_beside_starts, asked by analyse/line_measures) and the proof
(verify/achieved, asked by verify/outcomes), unless a header or the title names a
profile or a target they are measured against ('Job starts | Profile | Achieved'), or a key or
a comment says they count starts ('Achieved = job starts in the month': a key naming another
measure is read now, analyse/keyed_lines.keyed_measures, verify/keyed_lines.Keys.keyed_other).
'Achieved' alone in its table, or under a title saying the starts were achieved ('Job starts
achieved by month'), counts the starts, on both sides: the proof reads only lines holding
figures beside it (the labels' 'Local authority' is none).

Referrals and job starts by member of staff with the staff across the header line and a role in
the corner ('Adviser | Jane | Amir | Kate' over 'Referrals', 'Job starts'), went out with the
names, verified, whatever the names looked like (first names alone, 'Jane Smith', or names
shaped as places: 'Chester', 'Hope', 'York'): a role's header named the people under it, or
across its line only where the column under it held months. A corner naming a role over a
column of no one's names (months, or the measures: 'Referrals', 'Job starts') names the people
across its line, in the plan (analyse/people.staff_names) and the proof (verify/named_staff);
a month beside it ('Jan') names no one. So did staff down a column headed 'PA' (a personal
adviser, in capitals), first names or places' names alone ('Jane', 'Chester'), which no shape
reads as a person's: 'PA' heads staff on both sides now. Under a corner read as a bare 'Name'
is ('Name', 'Caseload', 'Staff', 'Team leader'), names across shaped as people's ('Jane Smith')
went out too: where no line under the corner is a person's, its own line is read as a column
under it is, in the plan (analyse/name_column) and the proof (verify/name_column); first names
alone there are left, as under a bare 'Name' down a table.

A note naming a member of staff by first name beside their role ('Adviser: Jane', 'Key worker -
Jane', 'PA: Jane', 'Caseworker Jane covered Leeds', 'Jane (adviser) left in May') went out,
verified: a note named staff by two words or initials only, a single word being as often a
provider's or a place's name ('Prepared by Ingeus'). Beside the role of one person it is a
name, in the plan (analyse/people.NAMED_FIRST, read by plan/contacts) and the proof
(verify/named_author.NAMED_BY_FIRST_NAME, in verify/leaks.PERSONAL); a post no one holds or
MI's own word ('Adviser - Vacant', 'Adviser: North', 'Adviser Support Officer') names no one.
A sheet so named ('Adviser - Jane', 'PA Jane') was refused by the proof with a sentence about
the sheet list; the run refuses it now with the sentence asking for the sheet to be renamed,
naming no one (analyse/people.listing_people).
An outcome table's title so naming its maker after its period ('Job starts and job outcomes,
2013/14 - adviser Jane') lends the percentage sheet's intro nothing (plan/percentages asks
plan/contacts), or the proof finds the name there and refuses the pack.

A note under the job starts counting what was achieved or validated ('Leeds achieved 9 this
month', 'Leeds: 7 validated, 2 pending', 'Nine achieved in Leeds') went out, verified: it names
no outcome, and its number is too small to be a figure quoted. Achieved or validated is said of
outcomes, as paid or claimed is: such a text with an amount in it states an outcome volume, in
the plan (plan/outcome_events, read by plan/quoting) and the proof (verify/outcome_events, read
by verify/amounts). So did a note naming outcomes and saying how many without a number word
('Leeds had a single job outcome', 'Calderdale: a couple of JOs this month'): one or two so said
is an amount, to the plan (plan/quoting) and the proof (verify/amounts).

Left open: a person's two-word name alone in a cell beside a table ('Jane Smith', read as a
place's might be: 'Tower Hamlets'); a first name as whose caseload a sheet is ('Jane's caseload',
'Caseload Jane': 'Caseload Leeds' is as likely); 'In progress' beside an 'Achieved' row of the
starts by status (the rest, kept rounded while the achieved go); headers naming a time in work
as a week's number ('Wk 26', 'W26', 'M6': a period as often) or leaving benefit ('Off flow').
"""

from __future__ import annotations

import re

import openpyxl
import pytest
from typer.testing import CliRunner

import wpxl.analyse
import wpxl.plan.contacts
from tests.builders import write_book
from tests.e2e.beside_starts import ROUNDED_STARTS, beside_starts, shown_as_shares
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_s26_leaks import _notes, _refused_carried, _starts_with
from tests.e2e.test_hunted_s27_leaks import OUTCOME_VOLUME
from tests.e2e.test_hunted_staff_notes import referrals_noted, shown_with_note
from tests.leaks import cell_numbers, package_text
from tests.misread import BANNER, carried_rounded, proved
from wpxl.cli import app
from wpxl.model import OutputCell, Plan
from wpxl.verify.name_column import NAMED_PERSON
from wpxl.verify.named_staff import NAMED_STAFF

AREAS = ["Leeds", "Bradford", "Wakefield", "Kirklees", "Calderdale"]
STARTS = [412, 377, 251, 298, 163]
OUTCOMES = [97, 88, 61, 73, 39]


def _extract(tmp_path, value_header: str):
    """Each area's job starts and job outcomes on lines coded 'JS' and 'JO'."""
    rows: list[list] = [["Local authority", "Measure", value_header]]
    for area, starts, outcomes in zip(AREAS, STARTS, OUTCOMES, strict=True):
        rows += [[area, "JS", starts], [area, "JO", outcomes]]
    return write_book(tmp_path / "extract.xlsx", {"Extract": rows})


REFERRED = [1237, 988, 701, 845, 432]
ATTACHED = [1101, 901, 650, 777, 401]


def test_an_extracts_referrals_and_attachments_coded_ref_and_att_go_rounded(tmp_path):
    rows: list[list] = [["Local authority", "Measure", "Value"]]
    for area, *counts in zip(AREAS, REFERRED, ATTACHED, STARTS, OUTCOMES, strict=True):
        rows += [
            [area, code, n] for code, n in zip(["REF", "ATT", "JS", "JO"], counts, strict=True)
        ]
    copy, _ = sanitised_beside(write_book(tmp_path / "extract.xlsx", {"Extract": rows}))
    sheet = openpyxl.load_workbook(copy)["Extract"]
    shown = [sheet.cell(r, 3).value for r in range(4, 24)]
    assert shown[0::4] == [1240, 980, 700, 840, 440]
    assert shown[1::4] == [1100, 900, 660, 780, 400]
    assert shown[3::4] == [None] * 5


@pytest.mark.parametrize("value_header", ["Value", "Count", "Volume"])
def test_an_extracts_lines_coded_js_and_jo_go_rounded_and_as_shares(tmp_path, value_header):
    copy, _ = sanitised_beside(_extract(tmp_path, value_header))
    book = openpyxl.load_workbook(copy)
    sheet = book["Extract"]
    shown = [sheet.cell(r, 3).value for r in range(4, 14)]
    assert shown[0::2] == [420, 380, 260, 300, 160]  # the starts, rounded
    assert shown[1::2] == [None] * 5  # the outcomes, only as shares
    assert not set(OUTCOMES) & cell_numbers(copy)
    assert "Job outcomes %" in book.sheetnames


def _outcomes_carried(plan: Plan) -> None:
    """The 'JO' lines carried rounded as counts, as a plan that read them as starts would."""
    cells = next(s for s in plan.sheets if s.name == "Extract").cells
    for line, count in enumerate(OUTCOMES):
        cells[(2 + 2 * line + BANNER, 2)] = OutputCell(
            float((count + 10) // 20 * 20), kind="rounded"
        )


@pytest.mark.parametrize("value_header", ["Value", "Count"])
def test_the_proof_passes_an_extracts_starts_and_refuses_its_outcomes_carried(
    tmp_path, value_header
):
    source = _extract(tmp_path, value_header)
    assert proved(tmp_path, source) == []
    refused = [
        f.part for f in proved(tmp_path, source, _outcomes_carried) if f.kind == OUTCOME_VOLUME
    ]
    assert refused == [f"'Extract' C{4 + 2 * line + 1}" for line in range(5)]


FIRST_NAMES = ["Jane", "Amir", "Kate", "Liam", "Tom"]
FULL_NAMES = ["Jane Smith", "Amir Patel", "Kate Jones", "Liam Brown", "Tom Neil"]
PLACES_NAMES = ["Chester", "Preston", "Hope", "York", "Sandy"]  # staff named as places are
REFERRALS = [900, 800, 700, 600, 500]


def _staff_across(tmp_path, role: str, names: list[str]):
    """Referrals and job starts by member of staff, the names across under ``role``'s corner."""
    rows: list[list] = [["Referrals and job starts, Leeds, 2013/14"], [], [role, *names]]
    rows += [["Referrals", *REFERRALS], ["Job starts", *STARTS]]
    return write_book(tmp_path / "staff.xlsx", {"Starts": rows})


def _staff_down(tmp_path, role: str, names: list[str]):
    """The same with the names down the table under ``role``."""
    rows: list[list] = [
        ["Referrals and job starts, Leeds, 2013/14"],
        [],
        [role, "Referrals", "Job starts"],
    ]
    rows += [[n, r, s] for n, r, s in zip(names, REFERRALS, STARTS, strict=True)]
    return write_book(tmp_path / "staff.xlsx", {"Starts": rows})


STAFFED = [
    *((_staff_across, role, names) for role in ["Adviser", "Caseworker", "Key worker", "PA"]
      for names in [FIRST_NAMES, FULL_NAMES, PLACES_NAMES]),
    (_staff_down, "PA", FIRST_NAMES),
    (_staff_down, "PA", PLACES_NAMES),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "role", "names"), STAFFED)
def test_staff_named_under_a_role_in_the_corner_or_as_pa_go(tmp_path, shape, role, names):
    copy, _ = sanitised_beside(shape(tmp_path, role, names))
    text = package_text(copy)
    assert not [name for name in names if f">{name}<" in text]
    sheet = openpyxl.load_workbook(copy)["Starts"]
    figures = [
        c.value for row in sheet.iter_rows(min_row=4) for c in row if isinstance(c.value, int)
    ]
    assert sorted(figures) == sorted([900, 800, 700, 600, 500, 420, 380, 260, 300, 160])


@pytest.mark.parametrize(("shape", "role", "names"), STAFFED)
def test_the_proof_alone_refuses_staff_named_under_a_role_in_the_corner_or_as_pa(
    tmp_path, monkeypatch, shape, role, names
):
    monkeypatch.setattr(wpxl.analyse, "staff_names", lambda *_: [])
    found = proved(tmp_path, shape(tmp_path, role, names))
    assert len({f.part for f in found if f.kind == NAMED_STAFF}) == len(names)


def test_months_across_beside_a_role_over_teams_stay(tmp_path):
    """'Adviser' over teams, months across: 'Jan' beside it names no one."""
    rows: list[list] = [["Job starts by adviser team, 2014"], [], ["Adviser", "Jan", "Feb", "Mar"]]
    rows += [["Team North", 41, 37, 52], ["Team South", 29, 33, 44]]
    copy, _ = sanitised_beside(write_book(tmp_path / "teams.xlsx", {"Starts": rows}))
    sheet = openpyxl.load_workbook(copy)["Starts"]
    assert [sheet.cell(5, c).value for c in range(1, 5)] == ["Adviser", "Jan", "Feb", "Mar"]


ACHIEVED = ["Achieved", "Validated", "No. achieved", "Number validated"]
ACHIEVED += ["Not yet achieved", "Unvalidated", "Pending validation"]  # the rest: by difference


@pytest.mark.parametrize("header", [h for h in ACHIEVED if h != "Not yet achieved"])
def test_achieved_or_validated_beside_the_starts_are_shown_as_percentages(tmp_path, header):
    """'Achieved' beside the starts went out rounded: 100, 80, 60, 80, 40."""
    assert shown_as_shares(tmp_path, header, OUTCOMES)


@pytest.mark.parametrize("header", ACHIEVED)
def test_the_proof_alone_refuses_achieved_or_validated_carried_beside_the_starts(tmp_path, header):
    source = write_book(
        tmp_path / "achieved.xlsx", {"Performance": beside_starts(header, OUTCOMES)}
    )
    refused = [
        f.part
        for f in proved(tmp_path, source, carried_rounded(OUTCOMES))
        if f.kind == OUTCOME_VOLUME
    ]
    assert refused == [f"'Performance' C{r}" for r in range(6, 11)]


def _against_profile(tmp_path):
    """Job starts, their profile and the starts achieved against it."""
    rows: list[list] = [["Job starts by local authority, 2013/14"], []]
    rows += [["Local authority", "Job starts", "Profile", "Achieved"]]
    rows += [[a, s, s + 40, s] for a, s in zip(AREAS, STARTS, strict=True)]
    return write_book(tmp_path / "profile.xlsx", {"Performance": rows})


def test_achieved_against_a_profile_stays_rounded(tmp_path):
    copy, _ = sanitised_beside(_against_profile(tmp_path))
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 4).value for r in range(6, 11)] == ROUNDED_STARTS
    assert proved(tmp_path, _against_profile(tmp_path)) == []


FIRST_NAMED = [
    "Adviser: Jane",
    "Key worker - Jane",
    "PA: Jane",
    "Caseworker Jane covered Leeds in May",
    "Jane (adviser) left in May",
    "Work coach: Jane, Leeds office",
]


@pytest.mark.parametrize("note", FIRST_NAMED)
def test_a_note_naming_staff_by_first_name_beside_their_role_goes(tmp_path, note):
    _, text = shown_with_note(tmp_path, note)
    assert "Jane" not in text


@pytest.mark.parametrize("note", FIRST_NAMED)
def test_the_proof_alone_refuses_a_note_naming_staff_by_first_name(tmp_path, monkeypatch, note):
    monkeypatch.setattr(wpxl.plan.contacts, "NAMED_FIRST", re.compile(r"(?!)"))
    source = write_book(tmp_path / "noted.xlsx", {"Referrals": referrals_noted(note)})
    kinds = {f.kind for f in proved(tmp_path, source)}
    assert "what looks like a member of staff named by first name beside their role" in kinds


@pytest.mark.parametrize(
    "note",
    ["Adviser - Vacant", "Adviser: North", "Adviser Support Officer post vacant", "Adviser: All"],
)
def test_a_note_naming_a_post_or_an_area_beside_a_role_stays(tmp_path, note):
    shown, _ = shown_with_note(tmp_path, note)
    assert note in shown


ACHIEVED_NOTES = [
    "Leeds achieved 9 this month",
    "Leeds: 7 validated, 2 pending",
    "Leeds hit its profile; 9 achieved",
    "Nine achieved in Leeds",
]


@pytest.mark.parametrize("note", ACHIEVED_NOTES)
def test_a_note_counting_what_was_achieved_or_validated_goes(tmp_path, note):
    copy, _ = sanitised_beside(_starts_with(tmp_path, note))
    assert _notes(copy) == []


@pytest.mark.parametrize("note", ACHIEVED_NOTES)
def test_the_proof_alone_refuses_a_note_counting_what_was_achieved(tmp_path, note):
    assert _refused_carried(tmp_path, f"Note: {note}")


def test_a_title_naming_staff_by_first_name_after_its_period_goes_through_without_them(tmp_path):
    rows: list[list] = [["Job starts and job outcomes, 2013/14 - adviser Jane"], []]
    rows += [["Local authority", "Job starts", "Job outcomes"]]
    rows += [[a, s, o] for a, s, o in zip(AREAS, STARTS, OUTCOMES, strict=True)]
    copy, _ = sanitised_beside(write_book(tmp_path / "titled.xlsx", {"Performance": rows}))
    assert "Jane" not in package_text(copy)


@pytest.mark.parametrize("header", ["LA REF", "REF NO"])
def test_codes_under_a_reference_headed_in_capitals_stay_as_written(tmp_path, header):
    """A header in capitals naming a reference ('LA REF') holds codes, not referrals."""
    rows: list[list] = [["Referrals by local authority, 2013/14"], []]
    rows += [["Local authority", header, "Referrals"]]
    rows += [[a, c, r] for a, c, r in zip(AREAS, [841, 842, 843, 845, 846], REFERRED, strict=True)]
    copy, _ = sanitised_beside(write_book(tmp_path / "coded.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(copy)["Referrals"]
    assert [sheet.cell(r, 2).value for r in range(6, 11)] == [841, 842, 843, 845, 846]


@pytest.mark.parametrize("header", ["JOC", "JOCs", "Triggers", "Trigger point"])
def test_job_outcome_claims_abbreviated_beside_the_starts_are_shown_as_percentages(
    tmp_path, header
):
    assert shown_as_shares(tmp_path, header, OUTCOMES)


@pytest.mark.parametrize("header", ["JOC", "JOCs", "Triggers", "Trigger point"])
def test_the_proof_alone_refuses_job_outcome_claims_abbreviated(tmp_path, header):
    source = write_book(tmp_path / "claims.xlsx", {"Performance": beside_starts(header, OUTCOMES)})
    found = proved(tmp_path, source, carried_rounded(OUTCOMES))
    assert {f.part for f in found if f.kind == OUTCOME_VOLUME} >= {
        f"'Performance' C{r}" for r in range(6, 11)
    }


FEW_NOTES = [
    "Leeds had a single job outcome",
    "Calderdale: a couple of JOs this month",
]


@pytest.mark.parametrize("note", FEW_NOTES)
def test_a_note_saying_one_or_two_outcomes_without_a_number_goes(tmp_path, note):
    copy, _ = sanitised_beside(_starts_with(tmp_path, note))
    assert _notes(copy) == []


@pytest.mark.parametrize("note", FEW_NOTES)
def test_the_proof_alone_refuses_a_note_saying_one_or_two_outcomes(tmp_path, note):
    assert _refused_carried(tmp_path, f"Note: {note}")


def _achieved_row(tmp_path, label: str):
    """The areas across, a row of job starts and a row ``label`` under it."""
    rows: list[list] = [["Job starts by local authority, 2013/14"], [], ["Measure", *AREAS]]
    rows += [["Job starts", *STARTS], [label, *OUTCOMES]]
    return write_book(tmp_path / "across.xlsx", {"Performance": rows})


@pytest.mark.parametrize("label", ["Achieved", "Validated", "Not yet achieved"])
def test_an_achieved_row_under_the_starts_is_shown_as_percentages(tmp_path, label):
    copy, _ = sanitised_beside(_achieved_row(tmp_path, label))
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(6, c).value for c in range(2, 7)] == ROUNDED_STARTS
    assert [sheet.cell(7, c).value for c in range(2, 7)] == [None] * 5


@pytest.mark.parametrize("label", ["Achieved", "Validated", "Not yet achieved"])
def test_the_proof_alone_refuses_an_achieved_row_carried(tmp_path, label):
    def carried(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Performance").cells
        for col, count in enumerate(OUTCOMES, start=1):
            cells[(4 + BANNER, col)] = OutputCell(float((count + 10) // 20 * 20), kind="rounded")

    found = proved(tmp_path, _achieved_row(tmp_path, label), carried)
    assert {f.part for f in found if f.kind == OUTCOME_VOLUME} == {
        f"'Performance' {c}7" for c in "BCDEF"
    }


def _by_status(tmp_path, label: str):
    """Job starts by status, areas across: ``label``, 'In progress' and their total."""
    rows: list[list] = [["Job starts by status, 2013/14"], [], ["Status", "Leeds", "Bradford"]]
    rows += [[label, 97, 88], ["In progress", 315, 289], ["Total", 412, 377]]
    return write_book(tmp_path / "status.xlsx", {"Performance": rows})


def test_an_achieved_line_of_the_starts_by_status_is_shown_as_percentages(tmp_path):
    copy, _ = sanitised_beside(_by_status(tmp_path, "Achieved"))
    assert not {97, 88, 100, 80} & cell_numbers(copy)
    assert "Job outcomes %" in openpyxl.load_workbook(copy).sheetnames


def test_the_proof_alone_refuses_an_achieved_line_of_the_starts_by_status(tmp_path):
    def carried(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Performance").cells
        for col, count in [(1, 97), (2, 88)]:
            cells[(3 + BANNER, col)] = OutputCell(float((count + 10) // 20 * 20), kind="rounded")

    found = proved(tmp_path, _by_status(tmp_path, "Achieved"), carried)
    assert {"'Performance' B6", "'Performance' C6"} <= {
        f.part for f in found if f.kind == OUTCOME_VOLUME
    }


def test_of_which_achieved_beside_the_starts_is_shown_as_percentages(tmp_path):
    assert shown_as_shares(tmp_path, "of which achieved", OUTCOMES)


@pytest.mark.parametrize(
    "rows",
    [
        [["Job starts, 2013/14"], [], ["Local authority", "Achieved"], ["Leeds", 412]],
        [["Job starts achieved by month"], [], ["Month", "Achieved", "Total"],
         ["Apr 2013", 41, 41], ["May 2013", 37, 37]],
    ],
)  # fmt: skip
def test_achieved_alone_or_titled_as_the_starts_achieved_stays_rounded(tmp_path, rows):
    copy, _ = sanitised_beside(write_book(tmp_path / "alone.xlsx", {"Performance": rows}))
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert sheet.cell(6, 2).value in (420, 40)


@pytest.mark.parametrize("sheet", ["Adviser - Jane", "PA Jane", "Jane (adviser)"])
def test_a_sheet_named_for_staff_by_first_name_is_refused_naming_no_one(tmp_path, sheet):
    source = write_book(tmp_path / "pack.xlsx", {sheet: beside_starts("Referrals", REFERRED)})
    run = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert run.exit_code == 1
    assert "the sheet's name names a person" in run.stderr
    assert "Jane" not in run.stderr


@pytest.mark.parametrize("corner", ["Name", "Caseload", "Staff", "Team leader"])
def test_full_names_across_a_bare_name_corner_go(tmp_path, corner):
    copy, _ = sanitised_beside(_staff_across(tmp_path, corner, FULL_NAMES))
    assert not [name for name in FULL_NAMES if f">{name}<" in package_text(copy)]


@pytest.mark.parametrize("corner", ["Name", "Caseload", "Staff", "Team leader"])
def test_the_proof_alone_refuses_full_names_across_a_bare_name_corner(
    tmp_path, monkeypatch, corner
):
    monkeypatch.setattr(wpxl.analyse, "named_under_name", lambda *_: [])
    found = proved(tmp_path, _staff_across(tmp_path, corner, FULL_NAMES))
    assert len({f.part for f in found if f.kind == NAMED_PERSON}) == len(FULL_NAMES)
