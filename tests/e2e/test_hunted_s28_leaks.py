"""What a hunt through hostile but plausible packs found in copies that passed their proof
(session 28).

A file named with its outcome total glued to the outcome's abbreviation ('JOs149.xlsx',
'JO149.xlsx', '149JOs.xlsx'), or with an area's outcomes ('Leeds JO41.xlsx'), went out, its
name on the cover ('Prepared ... from 'JOs149.xlsx' ...'), verified: a number glued to a word
was read as part of it. A file's name is read with a number of two digits or more set apart
from the word it is glued to, by the run's check of names (read/quoted_figures.file_words) and
by the proof of the cover's line naming it (verify/texts.file_words); one digit stays with its
word ('Q1', 'v2'), and so do a financial year's letters ('FY1314') and an ordinal's ('22nd').

A note naming a member of staff as whose a file or figures are ('See J. Smith's file for the
Leeds figures', 'Leeds figures from J Smith's spreadsheet', 'see Jane Smith's file') went out,
verified: a person was named only as who prepared, checked or answers for the workbook, with a
job title, or as a participant. A name in the possessive, by an initial and a surname or by two
names inside a sentence, names a person, in the plan (analyse/people.NAMED_OWNER, read by
plan/contacts) and the proof (verify/named_author.NAMED_OWNER) alike; a place's or a body's
('Includes Bradford's returns', 'Kirklees Council's system', 'DWP's guidance') names no one, nor
does a saint's ('St Mary's ward', 'St Mungo's'). A sheet named as whose figures it holds ('J
Smith's figures') is refused by the run, naming no one, as one named after a caseload's holder
is (analyse/people.listing_people); the proof refused it with a sentence about cells.

A title merged across its table from the labels' column ('Job starts and job outcomes by local
authority' over 'Local authority | Job starts | Job outcomes', Excel's 'Merge & Center') had
the proof refuse the rounded starts as outcome volumes, and so the whole pack: the proof spread
a merge's words over every column under it as a group's header, and the title's outcome words
outweighed the starts' own header. The plan read it as a title. A merge that is the only words
of its row, from a column holding no figure under it, is a title to the proof too
(verify/sheet_words); outcomes carried under it, named or not ('Achieved'), are still refused.

A note quoting outcome totals shaped like years, from outside the workbook ('Leeds achieved
2012 job outcomes since the programme began', 'Programme to date: Leeds 2012, Bradford 1999 job
outcomes', 'Cumulative job outcomes (programme to date) 2012'), went out, verified: a number
from 1900 to 2099 was read as a year in any text about outcomes, and one quoting a figure of
the workbook was the only kind taken out. Such a number is a count after a verb of achieving,
in a list of places each beside one, or in a note on a running total where no word reads it
as a year, in the plan (plan/year_counts, read by plan/quoting) and the proof
(verify/year_counts, read by verify/amounts) alike; 'Job outcomes 2013 by payment group',
'2013 job outcomes', 'year to date 2013' and 'April 2013, May 2013' name years.

A line of job starts and job outcomes noted about its outcomes ('Leeds (outcomes provisional)',
'Leeds - JOs not yet validated' across 'Local authority | Job starts | Job outcomes') was read
as outcomes by its label, its starts too (removed from the counts, as they should be when in
doubt), and shown along the line on the percentage sheet: Leeds 81% under 'Job starts' and 19%
under 'Job outcomes', shares of starts and outcomes together, a conversion rate; the other
lines 100%. Verified: no share gave a count back alone. A figure whose column names another
measure is in no outcome share (plan/percentages), and a line crossing such columns is shown
by column (model.Table.outcome_axis); the proof refuses a share under a header naming another
measure alone (verify/percent_measures, read by verify/percent_lines), but a group of people
so named ('All referrals': the outcomes of everyone referred).

An outcome table's title naming who made it after its period ('..., April 2013 to March 2014 -
prepared by Jane Smith', '... (see J. Smith's file)', '2013/14, contact jane.smith@...') had
the whole pack refused: the title went, but the percentage sheet's intro repeats its period,
read from the first month or year to the title's end, and so the name; the proof found it. A
title or period naming a person lends the intro nothing (plan/percentages).

Job starts and job outcomes by member of staff under 'Caseload' (or 'Caseload holder', 'Coach',
'Employment coach') over 'Jane Smith', 'A Patel' ... went out with the names, on the counts'
sheet and the percentage sheet, verified: 'Work coach' and 'Job coach' headed staff, and 'Team
leader' or 'Mentor' heads read as a bare 'Name' is. A coach heads staff, in the plan
(analyse/people) and the proof (verify/named_staff); a caseload is read as a bare 'Name' is, its
lines names where most are shaped as people's (analyse/name_column, verify/name_column), so
caseloads named by team or office stay.

A note thanking a member of staff for the figures, saying who supplied or signed them, whom to
ask or who made a version ('Thanks to Priya Shah for the Leeds data', 'Data supplied by Jane
Smith', 'Signed: Jane Smith', 'Ask Priya Shah about the Leeds figures', 'Version 2 - Jane Smith
- 01/04/2014', 'Sent to Jane Smith at Leeds City Council'), went out, verified: a person was
named only as who prepared, checked or answers for the workbook, in those words. These name a
person too, in the plan (analyse/people.NAMED_AS_AUTHOR) and the proof
(verify/named_author.NAMED_AUTHOR); a body or a team ('Data supplied by Jobcentre Plus',
'Approved: Leeds City Council', 'Reviewed: Performance Team') names no one.

Beside the job starts, a column of starts whose job ceased ('Ceased employment', 'Employment
terminated', 'Ended their job', 'Early leavers') went out rounded, verified: the starts less
them are the starts still in work, the outcome volume given back within the rounding. Such words
read a job ended, in the plan (analyse/job_endings) and the proof (verify/lasted), as 'Fell out
of work' and 'Left employment' did.

Beside the job starts, outcomes abbreviated in capitals ('JOS', 'JOPS', 'SPS': a header row
typed in capitals) went out rounded, verified: only 'JOs', 'JO's' and 'SUSTS' were read so. They
are abbreviations of outcomes, in the policy's list both readings share
(policy.OUTCOME_ABBREVIATIONS) and the proof's own pattern (verify/measure_words).
"""

from __future__ import annotations

import re

import openpyxl
import pytest
from typer.testing import CliRunner

import wpxl.analyse
import wpxl.plan.contacts
import wpxl.plan.percentages
from tests.builders import write_book
from tests.e2e.beside_starts import AREAS, ROUNDED_STARTS, STARTS, beside_starts, shown_as_shares
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_s26_leaks import _notes, _refused_carried, _starts_with
from tests.e2e.test_hunted_s27_leaks import OUTCOME_VOLUME, _outcomes_named
from tests.e2e.test_hunted_staff_notes import referrals_noted, shown_with_note
from tests.leaks import package_text
from tests.misread import carried_rounded, proved
from wpxl.analyse import line_measures
from wpxl.cli import app
from wpxl.model import Table
from wpxl.verify.name_column import NAMED_PERSON
from wpxl.verify.named_staff import NAMED_STAFF as NAMED_BY_ROLE
from wpxl.verify.percent_measures import OTHER_MEASURE

OUTCOME_COUNTS = [97, 88, 61, 73, 39]

GLUED_NAMES = ["JOs149", "JO149", "149JOs", "Leeds JO41", "Outcomes149"]


@pytest.mark.parametrize("stem", GLUED_NAMES)
def test_a_file_named_with_an_outcome_figure_glued_to_a_word_is_refused(tmp_path, stem):
    source = _outcomes_named(tmp_path, stem)
    run = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert run.exit_code == 1
    assert "the file's name quotes one of its unrounded or outcome figures" in run.stderr


@pytest.mark.parametrize("stem", GLUED_NAMES)
def test_the_proof_alone_refuses_a_file_name_with_an_outcome_figure_glued_to_a_word(tmp_path, stem):
    found = proved(tmp_path, _outcomes_named(tmp_path, stem))
    assert "'About this workbook' A4" in {f.part for f in found}  # the line naming the file


@pytest.mark.parametrize("stem", ["JOs_Q1", "JO_pack_v2", "Outcomes_FY1314", "JOs_22nd_May"])
def test_a_file_named_with_a_quarter_version_year_or_day_glued_goes_through(tmp_path, stem):
    source = _outcomes_named(tmp_path, stem)
    run = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert run.exit_code == 0, run.stderr
    assert proved(tmp_path, source) == []


OWNED = [
    ("See J. Smith's file for the Leeds figures", "Smith"),
    ("Leeds figures from J Smith's spreadsheet", "Smith"),
    ("ESA figures: see Jane Smith\u2019s file", "Smith"),
    ("Taken from A.R. Patel's tracker", "Patel"),
]


@pytest.mark.parametrize(("note", "surname"), OWNED)
def test_a_note_naming_whose_file_the_figures_are_in_goes(tmp_path, note, surname):
    _, text = shown_with_note(tmp_path, note)
    assert surname not in text


@pytest.mark.parametrize(("note", "surname"), OWNED)
def test_the_proof_alone_refuses_a_note_naming_whose_file_the_figures_are_in(
    tmp_path, monkeypatch, note, surname
):
    monkeypatch.setattr(wpxl.plan.contacts, "NAMED_OWNER", re.compile(r"(?!)"))
    source = write_book(tmp_path / "noted.xlsx", {"Referrals": referrals_noted(note)})
    kinds = {f.kind for f in proved(tmp_path, source)}
    assert "what looks like a person named as whose a file or figures are" in kinds


@pytest.mark.parametrize(
    "note",
    [
        "Includes Bradford's late returns",
        "Source: Kirklees Council's case system",
        "Counted under DWP's guidance",
        "Figures include West Yorkshire's returns",
        "Figures include St Mary's ward",
        "Referred on by St Mungo's",
    ],
)
def test_a_note_naming_a_place_or_body_in_the_possessive_stays(tmp_path, note):
    _, text = shown_with_note(tmp_path, note)
    assert note in text.replace("&apos;", "'")


MERGED_TITLES = [
    "Job starts and job outcomes by local authority, 2013/14",
    "Job outcomes by local authority",
    "Outcomes and starts, 2013/14",
]


def _merged_title(tmp_path, title: str, outcomes_head: str = "Job outcomes"):
    """Job starts and job outcomes by local authority under ``title`` merged across the table,
    from its labels' column, as Excel's 'Merge & Center' sets a title."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Performance"
    sheet.append([title])
    sheet.append([])
    sheet.append(["Local authority", "Job starts", outcomes_head])
    for row in zip(AREAS, STARTS, OUTCOME_COUNTS, strict=True):
        sheet.append(list(row))
    sheet.merge_cells("A1:C1")
    book.save(tmp_path / "merged.xlsx")
    return tmp_path / "merged.xlsx"


@pytest.mark.parametrize("title", MERGED_TITLES)
def test_a_title_merged_across_starts_and_outcomes_goes_through(tmp_path, title):
    """Spread over the columns it spans, the merged title headed the starts too, and the proof
    refused them as outcome volumes (the plan had read the title as a title)."""
    copy, _ = sanitised_beside(_merged_title(tmp_path, title))
    book = openpyxl.load_workbook(copy)
    assert [book["Performance"].cell(r, 2).value for r in range(6, 11)] == ROUNDED_STARTS
    assert "Job outcomes %" in book.sheetnames


@pytest.mark.parametrize("head", ["Job outcomes", "Achieved"])
def test_the_proof_still_refuses_outcomes_carried_under_a_merged_title(tmp_path, head):
    """'Achieved' names no measure: the merged title over it still says what it counts."""
    source = _merged_title(tmp_path, MERGED_TITLES[0], head)

    found = {f.part for f in proved(tmp_path, source, carried_rounded(OUTCOME_COUNTS))}
    assert {f"'Performance' C{r}" for r in range(6, 11)} <= found


YEAR_SHAPED_COUNTS = [
    "Leeds achieved 2012 job outcomes since the programme began",
    "Programme to date: Leeds 2012, Bradford 1999 job outcomes",
    "Cumulative job outcomes (programme to date) 2012",
    "Since 2011 we have achieved 2012 job outcomes",
    "Programme to date job outcomes: Leeds 1999",
    "We delivered a total of 1999 job outcomes",
]


@pytest.mark.parametrize("note", YEAR_SHAPED_COUNTS)
def test_a_note_saying_a_year_shaped_count_of_outcomes_goes(tmp_path, note):
    """No figure of the workbook is 2012 or 1999: the programme's totals to date, quoted."""
    copy, _ = sanitised_beside(_starts_with(tmp_path, note))
    assert _notes(copy) == []


@pytest.mark.parametrize("note", YEAR_SHAPED_COUNTS)
def test_the_proof_alone_refuses_a_year_shaped_count_of_outcomes(tmp_path, note):
    assert _refused_carried(tmp_path, f"Note: {note}")


YEARS_OF_OUTCOMES = [
    "Job outcomes 2013 by payment group",
    "The 2013 job outcomes include late claims",
    "Job outcomes, year to date 2013",
    "Job outcomes since the programme began in 2011",
    "Job outcomes April 2013, May 2013 and June 2013 are provisional",
    "Leeds 2013 job outcomes are provisional",
]


@pytest.mark.parametrize("note", YEARS_OF_OUTCOMES)
def test_a_note_naming_the_years_of_outcomes_stays(tmp_path, note):
    copy, _ = sanitised_beside(_starts_with(tmp_path, note))
    assert _notes(copy) == [f"Note: {note}"]
    assert not _refused_carried(tmp_path, f"Note: {note}")


NOTED_LINES = ["Leeds (outcomes provisional)", "Leeds - JOs not yet validated"]


def _noted_line(tmp_path, label: str):
    """Job starts and job outcomes by local authority, Leeds's line noted about its outcomes."""
    rows: list[list] = [["Job starts and job outcomes by local authority, 2013/14"], []]
    rows.append(["Local authority", "Job starts", "Job outcomes"])
    labels = [label, *AREAS[1:]]
    rows += [list(r) for r in zip(labels, STARTS, OUTCOME_COUNTS, strict=True)]
    return write_book(tmp_path / "noted.xlsx", {"Performance": rows})


@pytest.mark.parametrize("label", NOTED_LINES)
def test_a_line_noted_about_its_outcomes_shows_no_share_of_its_starts(tmp_path, label):
    """Leeds's line read as outcomes by its label went along the line: 81% starts, 19%
    outcomes, a conversion rate on the outcomes' sheet."""
    copy, _ = sanitised_beside(_noted_line(tmp_path, label))
    shares = openpyxl.load_workbook(copy)["Job outcomes %"]
    heads = [c.value for row in shares.iter_rows(min_row=6, max_row=6) for c in row if c.value]
    assert heads == ["Local authority", "Job outcomes"]
    total = sum(OUTCOME_COUNTS)
    assert [shares.cell(r, 2).value for r in range(7, 12)] == [
        round(n / total, 2) for n in OUTCOME_COUNTS
    ]


@pytest.mark.parametrize("label", NOTED_LINES)
def test_the_proof_alone_refuses_a_share_of_starts_and_outcomes_together(
    tmp_path, monkeypatch, label
):
    monkeypatch.setattr(wpxl.plan.percentages, "named_otherwise", lambda *_: False)
    monkeypatch.setattr(Table, "outcome_axis", lambda *_: "row")  # the line's shares, as before
    found = proved(tmp_path, _noted_line(tmp_path, label))
    assert ("'Job outcomes %' B7", OTHER_MEASURE) in {(f.part, f.kind) for f in found}


PERIODS_NAMING = [
    ("April 2013 to March 2014 - prepared by Jane Smith", "Smith"),
    ("April 2013 to March 2014 (see J. Smith's file)", "Smith"),
    ("2013/14, contact jane.smith@provider.co.uk", "jane.smith"),
]


@pytest.mark.parametrize(("period", "name"), PERIODS_NAMING)
def test_a_title_naming_its_author_after_its_period_goes_through_without_them(
    tmp_path, period, name
):
    """The percentage sheet's intro repeats the period of its table's title, read to the
    title's end: the name went with it, and the proof refused the pack."""
    rows: list[list] = [[f"Job starts and job outcomes by local authority, {period}"], []]
    rows.append(["Local authority", "Job starts", "Job outcomes"])
    rows += [list(r) for r in zip(AREAS, STARTS, OUTCOME_COUNTS, strict=True)]
    copy, _ = sanitised_beside(write_book(tmp_path / "titled.xlsx", {"Performance": rows}))
    assert name not in package_text(copy)
    intro = openpyxl.load_workbook(copy)["Job outcomes %"].cell(4, 1).value
    assert intro.startswith("Percentage of all job outcomes on sheet 'Performance'")


STAFF = ["Jane Smith", "A Patel", "Tom O'Brien", "Priya Shah", "Kate Jones"]
ROLES = ["Caseload", "Caseload holder", "Coach", "Employment coach"]
HEAD = ["Local authority", "Job starts", "Job outcomes"]


def _by_role(tmp_path, role: str, labels: list[str] = STAFF):
    """Job starts and job outcomes under ``role`` over ``labels``, a title naming no role."""
    rows: list[list] = [["Job starts and job outcomes, 2013/14"], [], [role, *HEAD[1:]]]
    rows += [list(r) for r in zip(labels, STARTS, OUTCOME_COUNTS, strict=True)]
    return write_book(tmp_path / "roles.xlsx", {"Staff": rows})


@pytest.mark.parametrize("role", ROLES)
def test_staff_named_under_a_caseload_or_a_team_leader_go(tmp_path, role):
    """'Caseload' over 'Jane Smith', 'A Patel' ...: the names went out on the counts' sheet and
    the percentage sheet, each beside that person's own results."""
    copy, _ = sanitised_beside(_by_role(tmp_path, role))
    text = package_text(copy)
    assert not any(name.split()[-1] in text for name in STAFF)


@pytest.mark.parametrize("role", ROLES)
def test_the_proof_alone_refuses_staff_named_under_a_caseload_or_a_team_leader(
    tmp_path, monkeypatch, role
):
    monkeypatch.setattr(wpxl.analyse, "staff_names", lambda *_: [])
    monkeypatch.setattr(wpxl.analyse, "named_under_name", lambda *_: [])
    found = proved(tmp_path, _by_role(tmp_path, role))
    named = {f.part for f in found if f.kind in (NAMED_BY_ROLE, NAMED_PERSON)}
    assert named >= {"'Staff' A6", "'Staff' A10"}


def test_caseloads_named_by_team_or_office_stay(tmp_path):
    offices = ["Team North", "Team South", "Leeds Office", "Bradford Office", "Unallocated"]
    copy, _ = sanitised_beside(_by_role(tmp_path, "Caseload", offices))
    labels = [openpyxl.load_workbook(copy)["Staff"].cell(r, 1).value for r in range(6, 11)]
    assert labels == offices


@pytest.mark.parametrize("name", ["J Smith's figures", "Figures from J. Patel's tracker"])
def test_a_sheet_named_as_whose_figures_it_holds_is_refused_by_name(tmp_path, name):
    """The proof found the name on the cover's list of sheets and refused the copy, saying to
    take personal details out of cells; the run says which sheet's name to change."""
    rows: list[list] = [["Job starts by local authority"], [], ["Local authority", "Job starts"]]
    rows += [list(r) for r in zip(AREAS, STARTS, strict=True)]
    source = write_book(tmp_path / "owned.xlsx", {name: rows})
    run = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert run.exit_code == 1
    assert "the sheet's name names a person" in run.stderr
    assert "Smith" not in run.stderr and "Patel" not in run.stderr


SUPPLIED = [
    ("Thanks to Priya Shah for the Leeds data", "Shah"),
    ("Data supplied by Jane Smith", "Smith"),
    ("Leeds figures provided by jane smith, MI team", "smith"),
    ("Courtesy of Tom O'Brien", "Brien"),
    ("Signed: Jane Smith", "Smith"),
    ("Ask Priya Shah about the Leeds figures", "Shah"),
    ("Version 2 - Jane Smith - 01/04/2014", "Smith"),
    ("Sent to Jane Smith at Leeds City Council", "Smith"),
    ("Leeds figures from Jane Smith", "Smith"),
]


@pytest.mark.parametrize(("note", "surname"), SUPPLIED)
def test_a_note_naming_who_supplied_the_figures_goes(tmp_path, note, surname):
    _, text = shown_with_note(tmp_path, note)
    assert surname not in text


@pytest.mark.parametrize(("note", "surname"), SUPPLIED)
def test_the_proof_alone_refuses_a_note_naming_who_supplied_the_figures(
    tmp_path, monkeypatch, note, surname
):
    monkeypatch.setattr(wpxl.plan.contacts, "NAMED_AS_AUTHOR", re.compile(r"(?!)"))
    source = write_book(tmp_path / "noted.xlsx", {"Referrals": referrals_noted(note)})
    kinds = {f.kind for f in proved(tmp_path, source)}
    assert "what looks like a person named as the workbook's author or contact" in kinds


@pytest.mark.parametrize(
    "note",
    [
        "Data supplied by Jobcentre Plus",
        "Thanks to Leeds City Council for the data",
        "Figures provided by DWP",
        "Referrals sent by jobcentres in Leeds",
        "Approved: Leeds City Council",
        "Reviewed: Performance Team",
        "Version 2 - April 2014",
    ],
)
def test_a_note_naming_a_body_that_supplied_the_figures_stays(tmp_path, note):
    _, text = shown_with_note(tmp_path, note)
    assert note in text


@pytest.mark.parametrize("head", ["Job outcomes achieved 2013", "Outcomes recorded 2013"])
def test_an_outcome_header_naming_the_year_achieved_stays_on_the_shares_sheet(tmp_path, head):
    """'achieved 2012 job outcomes' states a count; 'Job outcomes achieved 2013' heads the
    year's, and went as a count once verbs of achieving were read."""
    rows: list[list] = [["Job starts and job outcomes by local authority"], []]
    rows.append(["Local authority", "Job starts", head])
    rows += [list(r) for r in zip(AREAS, STARTS, OUTCOME_COUNTS, strict=True)]
    copy, _ = sanitised_beside(write_book(tmp_path / "achieved.xlsx", {"Performance": rows}))
    shares = openpyxl.load_workbook(copy)["Job outcomes %"]
    assert shares.cell(6, 2).value == head


ENDED = ["Ceased employment", "Employment terminated", "Ended their job", "Early leavers"]
LEFT_EARLY = [s - o for s, o in zip(STARTS, OUTCOME_COUNTS, strict=True)]


@pytest.mark.parametrize("header", ENDED)
def test_starts_whose_job_ceased_are_shown_as_percentages(tmp_path, header):
    """'Ceased employment' beside the starts went out rounded (320 beside 420): the starts less
    them are the starts still in work, the outcomes given back within the rounding."""
    assert shown_as_shares(tmp_path, header, LEFT_EARLY)


@pytest.mark.parametrize("header", ENDED)
def test_the_proof_alone_refuses_starts_whose_job_ceased_carried_as_counts(
    tmp_path, monkeypatch, header
):
    monkeypatch.setattr(line_measures, "is_starts_outcome_line", lambda *_: False)
    source = write_book(
        tmp_path / "ceased.xlsx", {"Performance": beside_starts(header, LEFT_EARLY)}
    )
    volumes = [f.part for f in proved(tmp_path, source) if f.kind == OUTCOME_VOLUME]
    assert {f"'Performance' C{r}" for r in range(6, 11)} == set(volumes)


CAPITALS = ["JOS", "JOPS", "SPS"]


@pytest.mark.parametrize("header", CAPITALS)
def test_outcomes_abbreviated_in_capitals_are_shown_as_percentages(tmp_path, header):
    """'JOS' beside the starts (a header row typed in capitals) went out rounded: only 'JOs',
    'JO's' and 'SUSTS' were read in capitals."""
    assert shown_as_shares(tmp_path, header, OUTCOME_COUNTS)


@pytest.mark.parametrize("header", CAPITALS)
def test_the_proof_alone_refuses_outcomes_abbreviated_in_capitals_carried(tmp_path, header):
    source = write_book(tmp_path / "caps.xlsx", {"Performance": beside_starts(header, STARTS)})
    volumes = [
        f.part
        for f in proved(tmp_path, source, carried_rounded(STARTS))
        if f.kind == OUTCOME_VOLUME
    ]
    assert {f"'Performance' C{r}" for r in range(6, 11)} <= set(volumes)
