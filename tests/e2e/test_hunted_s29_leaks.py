"""What a hunt through hostile but plausible packs found in copies that passed their proof
(session 29).

Beside the job starts, job outcomes under a header typed 'JOs' went out rounded, verified, once
Excel had mended the header: its autocorrect ("Correct TWo INitial CApitals") makes 'JOs' typed
alone in a cell 'Jos', and 'SPs' 'Sps', and neither was read as an abbreviation of outcomes
('Jo' being a name). They are, in the policy's list both readings share
(policy.OUTCOME_ABBREVIATIONS) and in the proof's own pattern (verify/measure_words); 'Jo's'
and 'Jo' stay unread.

Job starts by member of staff whose names are written with initials ('J Smith', 'A.R. Patel',
'Smith, J') or surname first ('SMITH, Jane', 'Smith, Jane', as HR systems list staff) went out
with the names, verified, when nothing or no role's word headed them: a blank corner over the
names down the table, 'Measure' over names across it, or 'Who'. Only a role's header, a bare
'Name' or a title saying the table is by adviser made a line's words people's, and 'J Smith' is
too short for a note's reading of a name. An initial then a surname, or a surname, a comma and
initials or a forename, names a person whatever heads it: where two or more, and at least half,
of a run of cells holding words down a column or across a line are so shaped, each goes, listed
as removed, in the plan (analyse/initialled_names) and the proof (verify/initialled_names, asked
by verify/named_staff). A compass point's letter ('N Yorkshire', 'W Yorks') and a qualification
('A Level') are no one's initials, and 'Group A' (a word and a letter, no comma) is no name.

A file named with the name of the analyst who made it ('Leeds MI - J Smith.xlsx', 'Leeds MI
(Smith, J)', 'Leeds MI prepared by Jane Smith') went out: the copy is named after it and the
cover says which file it was made from, verified, the proof reading the cover's line as a note,
where a name ends at a full stop, which '.xlsx' is not. The run now stops with one sentence
asking for the file to be renamed, the name read without its extension, whole and in its parts
set apart by dashes or brackets, as a note's details are and for an initial and a surname
(plan/file_names, asked by sanitise); the proof reads the cover's line the same way on its own
(verify/named_files), and a sheet named by initials ('Smith, J', an adviser's sheet) too, which
the run refuses as it does one named after a caseload's holder (analyse/initialled_names). A
name of two words alone ('Leeds MI - Tower Hamlets') is not read so: councils are named so.

A note naming a member of staff with what keeps them away, or a participant with where they went
('Bradford figures low: Jane Smith on maternity leave', 'adviser Jane Smith on long-term sick',
'Jane Smith left in June so York caseload reallocated', 'Excludes Jane Whitfield (moved out of
area)'), one naming whose caseload was moved ('caseload of Jane Smith'), or who owns the figures
('Hull figures owned by Amir Patel'), went out, verified: a name was read beside what befell a
participant (died, in custody) only, after 'caseload -' or before "'s caseload", and after
'prepared by' and its kin. These read a person too, in the plan (analyse/people._BEFELL,
NAMED_BY_ROLE and _BY, read by plan/contacts) and the proof (verify/named_author._BEFELL and
_OPENING, verify/leaks.PERSONAL); 'Leeds Office moved away from the city centre' and 'Figures
exclude the Bank Holiday' name no one.

A case list, a line a participant with their reference, payment group, start date and job
outcome date, under 'ID | Payment group | Start date | JO date', went out as it stood, verified:
each line is a person's outcome and how many lines there are the outcome volume. Such dated
lines are records where the header or a title names a measure, but both readings asked the
header's words in the lower case they compare lines in, and 'jo date' is no abbreviation ('JO'
is read in its capitals only). The header and the titles over it are read as written, in the
plan (analyse/record_lines) and the proof (verify/record_lines): the run is refused with the
sentence asking for counts by group.

Beside the job starts, outcomes under an abbreviation with a footnote's call raised after it
('JO¹', 'SPs²', 'JOsᵃ', as published tables mark a header) went out rounded, verified: an
abbreviation is matched whole, no word's character after it, and Python counts a raised digit or
letter a word's. A raised call ends an abbreviation as a space would, in the plan
(analyse/words) and the proof (verify/measure_words); 'Job outcomes¹' was read already.

Beside the job starts, outcomes under a header holding a character no one sees, as text pasted
from a web page or a document may ('Out\u00adcomes' with a soft hyphen, 'J\u200bOs' with a space
of no width), went out rounded, verified: the words read were not the words shown. A soft hyphen
joins its word and a space of no width parts two, in the plan (analyse/words.as_words) and the
proof (verify/measure_words.as_words).

Beside the job starts, outcomes under an extract's short field name in small letters, the whole
of its header ('jos', 'jo', 'sps', as 'la | js | jos' names an extract's columns), went out
rounded, verified: an abbreviation was read in small letters only as a part of a field joined by
'_' ('jo_count'). A field of one part is read so too, in the plan (analyse/field_names) and the
proof (verify/field_names); 'Jo', a name, stays unread.

Beside the job starts, outcomes under 'Job o/comes' (outcomes shortened as 'o/s' is outstanding)
or 'JOs13', 'SPs26' (outcomes at a week, the abbreviation's plural glued to it) went out
rounded, verified: 'O/C' and 'JO13' were read, not these. They are read in the policy's list
(policy.OUTCOME_ABBREVIATIONS) and the plan's numbered abbreviations (analyse/words), and in the
proof's own pattern (verify/measure_words).
"""

from __future__ import annotations

import datetime as dt
import re

import openpyxl
import pytest
from typer.testing import CliRunner

import wpxl.analyse
import wpxl.plan.contacts
from tests.builders import write_book
from tests.e2e.beside_starts import STARTS, beside_starts, shown_as_shares
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_s27_leaks import OUTCOME_VOLUME
from tests.e2e.test_hunted_staff_notes import referrals_noted, shown_with_note
from tests.leaks import package_text
from tests.misread import carried_rounded, proved
from wpxl.cli import app
from wpxl.verify import Finding
from wpxl.verify.initialled_names import INITIALLED
from wpxl.verify.named_files import IN_FILE_NAME, IN_SHEET_NAME
from wpxl.verify.record_lines import DATED

OUTCOME_COUNTS = [97, 88, 61, 73, 39]

AS_TYPED = ["Jos", "Sps", "JO¹", "SPs²", "JOsᵃ"]  # autocorrected, or with a raised call
SHORTENED = ["Job o/comes", "O/comes", "JOs13", "SPs26"]
FIELDS = ["jos", "jo", "sps"]  # an extract's short field names
UNSEEN = ["Out\u00adcomes", "J\u200bOs", "Sus\u00adtain\u00adments"]  # pasted from a page


@pytest.mark.parametrize("header", [*AS_TYPED, *SHORTENED, *FIELDS, *UNSEEN])
def test_outcomes_headed_as_typed_or_pasted_are_shown_as_percentages(tmp_path, header):
    """'Jos' beside the starts ('JOs' as Excel leaves it) went out rounded: 100, 80, 60."""
    assert shown_as_shares(tmp_path, header, OUTCOME_COUNTS)


@pytest.mark.parametrize("header", [*AS_TYPED, *SHORTENED, *FIELDS, *UNSEEN])
def test_the_proof_alone_refuses_outcomes_headed_as_typed_or_pasted(tmp_path, header):
    source = write_book(tmp_path / "mended.xlsx", {"Performance": beside_starts(header, STARTS)})
    volumes = [
        f.part
        for f in proved(tmp_path, source, carried_rounded(STARTS))
        if f.kind == OUTCOME_VOLUME
    ]
    assert {f"'Performance' C{r}" for r in range(6, 11)} <= set(volumes)


STAFF = [
    ("Smith, J", "Patel, A", "Jones, K", "Brown, L"),
    ("J Smith", "A.R. Patel", "K. Jones", "L Brown"),
    ("J. Smith", "A Patel", "K R Jones", "T O'Neil"),
    ("SMITH, Jane", "PATEL, Amir", "JONES, K", "O'NEIL, Tom"),  # as an HR system lists staff
    ("Smith, Jane", "Patel, Amir", "Jones, Kate", "Brown-Hall, Liam"),
]
FIGURES = [(112, 41), (98, 37), (131, 52), (87, 29)]


def _by_staff(tmp_path, names: tuple[str, ...], corner: str | None, across: bool):
    """Referrals and job starts by member of staff, the names down the table or across it
    under ``corner``."""
    rows: list[list] = [["Referrals and job starts, Leeds, 2013/14"], []]
    if across:
        rows += [[corner, *names]]
        rows += [
            [measure, *(f[i] for f in FIGURES)]
            for i, measure in enumerate(["Referrals", "Job starts"])
        ]
    else:
        rows += [[corner, "Referrals", "Job starts"]]
        rows += [[name, *figures] for name, figures in zip(names, FIGURES, strict=True)]
    return write_book(tmp_path / "staff.xlsx", {"Starts": rows})


SHAPES = [(names, corner, across) for names in STAFF for corner, across in
          [(None, False), ("Who", False), ("Measure", True), (None, True)]]  # fmt: skip


@pytest.mark.parametrize(("names", "corner", "across"), SHAPES)
def test_staff_named_by_initials_whatever_heads_them_go(tmp_path, names, corner, across):
    copy, _ = sanitised_beside(_by_staff(tmp_path, names, corner, across))
    text = package_text(copy)
    assert not any(name.split(",")[0].split()[-1].split(".")[-1] in text for name in names)
    sheet = openpyxl.load_workbook(copy)["Starts"]
    figures = [
        c.value for row in sheet.iter_rows(min_row=3) for c in row if isinstance(c.value, int)
    ]
    assert figures and all(f % 20 == 0 for f in figures)  # the figures stay, rounded


@pytest.mark.parametrize(("names", "corner", "across"), SHAPES)
def test_the_proof_alone_refuses_staff_named_by_initials(
    tmp_path, monkeypatch, names, corner, across
):
    monkeypatch.setattr(wpxl.analyse, "initialled_names", lambda *_: [])
    found = [
        f
        for f in proved(tmp_path, _by_staff(tmp_path, names, corner, across))
        if f.kind == INITIALLED
    ]
    assert len(found) == len(names)


@pytest.mark.parametrize(
    "labels",
    [
        ("N Yorkshire", "W Yorks", "S Tyneside", "E Riding"),
        ("No qualifications", "GCSE", "A Level", "Degree"),
        ("Group A", "Group B", "Group C", "Group D"),
    ],
)
def test_places_qualifications_and_groups_shaped_near_initials_stay(tmp_path, labels):
    copy, _ = sanitised_beside(_by_staff(tmp_path, labels, None, False))
    sheet = openpyxl.load_workbook(copy)["Starts"]
    assert [sheet.cell(r, 1).value for r in range(6, 10)] == list(labels)


NAMED_FILES = [
    "Leeds MI - J Smith",
    "Leeds MI (Smith, J)",
    "Leeds MI prepared by Jane Smith",
    "J Smith's Leeds MI",
    "Leeds MI - jane.smith@provider.co.uk",
]


def _referrals(tmp_path, stem: str, sheet: str = "Performance"):
    rows = beside_starts("Referrals", [900, 800, 700, 600, 500])
    return write_book(tmp_path / f"{stem}.xlsx", {sheet: rows})


@pytest.mark.parametrize("stem", NAMED_FILES)
def test_a_file_whose_name_names_a_person_is_refused(tmp_path, stem):
    run = CliRunner().invoke(
        app, ["sanitise", str(_referrals(tmp_path, stem)), "--out-dir", str(tmp_path)]
    )
    assert run.exit_code == 1
    assert run.stderr.strip() == (
        f"wpxl: {stem}.xlsx: the file's name names a person or holds their details, and the copy's "
        "name and its cover would repeat it. Rename the file and try again."
    )
    assert not list(tmp_path.glob("*-sanitised.xlsx"))


@pytest.mark.parametrize("stem", NAMED_FILES[:3])
def test_the_proof_alone_refuses_a_file_whose_name_names_a_person(tmp_path, stem):
    found = proved(tmp_path, _referrals(tmp_path, stem))
    assert Finding("'About this workbook' A4", IN_FILE_NAME) in found


@pytest.mark.parametrize(
    "stem",
    [
        "Leeds MI - Tower Hamlets",
        "WP MI pack - N Yorkshire",
        "Starts by LA (April)",
        "Group A - Leeds",
    ],
)
def test_a_file_named_for_a_council_a_place_or_a_period_goes_through(tmp_path, stem):
    source = _referrals(tmp_path, stem)
    sanitised_beside(source)
    assert proved(tmp_path, source) == []


@pytest.mark.parametrize("sheet", ["J Smith", "Smith, J", "A.R. Patel"])
def test_a_sheet_named_by_initials_is_refused(tmp_path, sheet):
    run = CliRunner().invoke(
        app, ["sanitise", str(_referrals(tmp_path, "pack", sheet)), "--out-dir", str(tmp_path)]
    )
    assert run.exit_code == 1
    assert "the sheet's name names a person" in run.stderr
    assert sheet not in run.stderr


@pytest.mark.parametrize("sheet", ["J Smith", "Smith, J", "A.R. Patel"])
def test_the_proof_alone_refuses_a_sheet_named_by_initials(tmp_path, monkeypatch, sheet):
    monkeypatch.setattr(wpxl.analyse, "initialled_sheet", lambda _: [])
    found = proved(tmp_path, _referrals(tmp_path, "pack", sheet))
    assert Finding(f"sheet '{sheet}'", IN_SHEET_NAME) in found


AWAY = [
    (
        "Bradford figures low: Jane Smith on maternity leave",
        "Smith",
        "NAMED_PARTICIPANT",
        "a participant named",
    ),
    (
        "Bradford low - adviser Jane Smith on long-term sick",
        "Smith",
        "NAMED_PARTICIPANT",
        "a participant named",
    ),
    (
        "Jane Smith left in June so York caseload reallocated",
        "Smith",
        "NAMED_PARTICIPANT",
        "a participant named",
    ),
    (
        "Excludes Jane Whitfield (moved out of area)",
        "Whitfield",
        "NAMED_PARTICIPANT",
        "a participant named",
    ),
    (
        "York: caseload of Jane Smith reallocated",
        "Smith",
        "NAMED_BY_ROLE",
        "a person named by their role",
    ),
    (
        "Hull figures owned by Amir Patel",
        "Patel",
        "NAMED_AS_AUTHOR",
        "a person named as the workbook's author or contact",
    ),
]


@pytest.mark.parametrize(("note", "surname", "_pattern", "_kind"), AWAY)
def test_a_note_naming_staff_away_or_whose_caseload_goes(tmp_path, note, surname, _pattern, _kind):
    shown, text = shown_with_note(tmp_path, note)
    assert surname not in text
    assert [v for v in shown if isinstance(v, int)] == [1240, 680, 320]


@pytest.mark.parametrize(("note", "_surname", "pattern", "kind"), AWAY)
def test_the_proof_alone_refuses_a_note_naming_staff_away_or_whose_caseload(
    tmp_path, monkeypatch, note, _surname, pattern, kind
):
    # the role before a full name ('adviser Jane Smith on ...') is read by NAMED_FIRST too
    for unread in {pattern, "NAMED_FIRST"}:
        monkeypatch.setattr(wpxl.plan.contacts, unread, re.compile(r"(?!)"))
    source = write_book(tmp_path / "noted.xlsx", {"Referrals": referrals_noted(note)})
    assert f"what looks like {kind}" in {f.kind for f in proved(tmp_path, source)}


@pytest.mark.parametrize(
    "note",
    [
        "Leeds Office moved away from the city centre in June",
        "Figures exclude the Bank Holiday",
        "Referrals left blank where not known",
    ],
)
def test_a_note_of_an_office_a_holiday_or_a_blank_stays(tmp_path, note):
    shown, _ = shown_with_note(tmp_path, note)
    assert note in shown


CASE_HEADERS = [
    ["ID", "Payment group", "Start date", "JO date"],
    ["Ref", "Payment group", "Start date", "JOs"],
    ["ID", "Payment group", "Start", "SP date"],
]


def _case_list(tmp_path, header: list[str]):
    """A participant a line: reference, payment group, start date, outcome's date."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Cases"
    sheet.append(header)
    groups = ["JSA 18-24", "JSA 25+", "ESA Flow", "JSA 18-24", "ESA Flow", "JSA 25+"]
    started = dt.datetime(2013, 4, 1)
    for i, group in enumerate(groups):
        start = started + dt.timedelta(days=9 * i)
        sheet.append([f"P{100231 + 17 * i}", group, start, start + dt.timedelta(days=120)])
    book.save(tmp_path / "cases.xlsx")
    return tmp_path / "cases.xlsx"


@pytest.mark.parametrize("header", CASE_HEADERS)
def test_a_case_list_under_an_abbreviated_outcome_is_refused(tmp_path, header):
    source = _case_list(tmp_path, header)
    run = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert run.exit_code == 1
    assert (
        "sheet 'Cases': this sheet lists records one by one (lines 2 to 7, each dated" in run.stderr
    )


@pytest.mark.parametrize("header", CASE_HEADERS)
def test_the_proof_alone_refuses_a_case_list_under_an_abbreviated_outcome(
    tmp_path, monkeypatch, header
):
    monkeypatch.setattr(wpxl.analyse, "listing_records", lambda *_: [])
    found = proved(tmp_path, _case_list(tmp_path, header))
    assert DATED in {f.kind for f in found}
