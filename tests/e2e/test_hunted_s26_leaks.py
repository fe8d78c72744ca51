"""What a hunt through hostile but plausible packs found in copies that passed their proof
(session 26).

A note quoting a figure joined by a slash to the word after it ('Job starts ran at 1501/yr',
'Leeds: 412/year', '1501/annum') or glued to 'pa' ('Leeds 412pa') went out as written,
verified: digits joined to a letter were read as a code ('PG1'), and the slash as a date's or
a band's ('2013/14'). Session 25 read a figure joined to the word before it ('Total-1501'); a
figure per year or month ('1501/yr', read as '1501 per yr', not as the length of time '1501 yr')
is as plainly the figure, read so by the plan (read/quoted_figures.unglued) and, its own
reading, by the proof (verify/values.number_tokens), which alone refuses the note carried. A
dash stays a word's joiner ('13-week point', '16-year-olds'), an underscore a name's
('29_outcome_counts.xlsx'), a slash before a month a date's ('12/Mar/2014'), and numbers
joined to numbers a band or a date.

A figure with a footnote's call or a mark glued on ('Leeds 412a, Bradford 377a', 'Leeds: 412R',
'1,501b', '412x') went out in a note as written, verified; and a column of counts each written
so, no plain figure among them, passed the proof carried (left open by session 25): only one
small r, p or e read as a mark. One letter after a figure, nothing after it, marks the figure
now ('s' makes a plural: 'the 1990s'; two letters an ordinal: '3rd'), in the plan's reading of
quoted figures (read/quoted_figures) and the proof's (verify/values.number_tokens) alike. A
superscript call ('412¹', as Word and PDF tables write it) stopped the run, an unexpected
ValueError: str.isdigit() took it for a digit and int() refused it. Digits are asked with
str.isdecimal() where int() reads them, and a superscript call marks a figure as '*' does,
in the analysis (analyse/values.is_marked_figure), the plan's reading and the proof's.

A figure joined by a colon to the word naming it ('Job starts Leeds:412, Bradford:377',
'Total:1501') passed the proof carried, its digits read as a time's: the plan removed such a
note, by its reading of a line's words. A colon after a word joins it to a figure as a dash
does, in both readings; a time's colon stands between digits ('10:30').

A figure glued to whom it counts ('Leeds 412people', '412participants', '412jobs', '1501total')
or written as hundreds in words ('fifteen hundred and one') went out in a note, verified: only
the measures' own words ('412starts') were read apart, and 'hundred' after a number of ten or
more ended the number. Both readings take them now (read/quoted_figures, verify/values and
verify/spelt).

A log of job outcomes claimed, a line each, went out as it stood, verified, where no line
repeated another: dated ('01/04/2013 | Leeds | JSA 18-24'), a date cell made the line no
record at all; with each claim's own reference ('C00001 | Leeds | JSA 18-24') the reference
was read past and the rest never repeated. How many lines there are is the outcome volume. Lines
of words and no figure each holding a date or an identifier (three digits or more: 'PG1' is a
group's number), under words naming a measure (the sheet's name, the log's header line or the
title over it), are records, by the analysis (analyse/record_lines) and the proof
(verify/record_lines) alike. A dated change log names no measure and is carried. A log keyed
by period words ('Week 1 | Leeds | JSA 18-24'), no line repeated, was left open here and is
refused since session 27 (see test_hunted_s27_leaks).

A note naming who verified the figures ('Verified by Jane Smith', 'Job outcome verified by
Amir Patel', 'Validated by', "QA'd by", 'QA: Jane Smith') went out, verified, where 'Checked
by' and 'Reviewed by' named her: verifying, validating and QA are ways of checking, in the
plan's reading of a note naming staff (analyse/people) and the proof's (verify/named_author).

A figure glued to any other word of two letters or more went out as written as well ('Leeds
412heads', '412nos', '412ct', '412pp', '412JS'): the words read apart from a figure were a list.
Any word of two letters or more glued after a figure is read apart from it, but an ordinal's
('3rd', '25th'), in both readings; a time ('10am') is a number too small to be a figure. So
with '1501-ish' and '412-ytd' or '412_YTD' (a dash or an underscore before 'ish' or 'ytd' joins
a figure to its word) and 'n1501' (a count's 'n', glued as 'c1501' is). One letter after a
figure marks it but for a length of time's ('26w', '6m', '91d': a header naming how long a job
lasted, refused as a figure once read so).
"""

from __future__ import annotations

import datetime as dt
import re

import openpyxl
import pytest
import xlsxwriter
from typer.testing import CliRunner

import wpxl.plan.contacts
from tests.builders import write_book
from tests.e2e.beside_starts import AREAS, STARTS, TITLE
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_staff_notes import referrals_noted, shown_with_note
from tests.misread import misread_findings, proved
from wpxl.cli import app
from wpxl.model import OutputCell, Plan
from wpxl.read.quoted_figures import numbers_in_text
from wpxl.verify.values import number_tokens

JOINED_AFTER = [
    "Job starts ran at 1501/yr",
    "Leeds: 412/year job starts",
    "Job starts 1501/annum",
    "Leeds 412pa",
    "Job starts 1,501/yr in all",
]


def _starts_with(tmp_path, note: str):
    rows: list[list] = [[TITLE], [], ["Local authority", "Job starts"]]
    rows += [[area, starts] for area, starts in zip(AREAS, STARTS, strict=True)]
    rows += [[], [f"Note: {note}"]]
    return write_book(tmp_path / "joined.xlsx", {"Performance": rows})


def _notes(copy) -> list[str]:
    sheet = openpyxl.load_workbook(copy)["Performance"]
    return [c.value for row in sheet for c in row if str(c.value).startswith("Note")]


def _refused_carried(tmp_path, note: str) -> bool:
    """Whether the proof refuses the copy of the starts whose plan carries ``note`` under them,
    as a plan blind to its figure would."""
    source = _starts_with(tmp_path, "")

    def carried(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Performance")
        sheet.cells[(11, 0)] = OutputCell(note, kind="kept")

    return "'Performance' A12" in {f.part for f in proved(tmp_path, source, carried)}


@pytest.mark.parametrize("note", JOINED_AFTER)
def test_a_note_quoting_a_figure_joined_to_the_word_after_it_goes(tmp_path, note):
    copy, _ = sanitised_beside(_starts_with(tmp_path, note))
    assert _notes(copy) == []


@pytest.mark.parametrize("note", JOINED_AFTER)
def test_the_proof_alone_refuses_a_note_joining_a_figure_to_the_word_after_it(tmp_path, note):
    assert _refused_carried(tmp_path, f"Note: {note}")


@pytest.mark.parametrize("note", ["Paid at the 13-week point", "Referrals of 16-year-olds"])
def test_a_number_joined_by_a_dash_to_its_unit_stays(tmp_path, note):
    copy, _ = sanitised_beside(_starts_with(tmp_path, note))
    assert _notes(copy) == [f"Note: {note}"]


MARKED_NOTES = [
    "Job starts: Leeds 412a, Bradford 377a",
    "Leeds: 412R",
    "Leeds 412x",
    "Job starts 1,501b in the year",
]


@pytest.mark.parametrize("note", MARKED_NOTES)
def test_a_note_quoting_a_figure_with_a_footnote_letter_glued_on_goes(tmp_path, note):
    copy, _ = sanitised_beside(_starts_with(tmp_path, note))
    assert _notes(copy) == []


@pytest.mark.parametrize("note", MARKED_NOTES)
def test_the_proof_alone_refuses_a_note_quoting_a_figure_with_a_letter_glued_on(tmp_path, note):
    assert _refused_carried(tmp_path, f"Note: {note}")


@pytest.mark.parametrize(
    "note", ["Figures for the 1990s", "Customers in their 30s", "Office 12A", "See annex 2B"]
)
def test_a_decade_or_a_small_code_with_a_letter_stays(tmp_path, note):
    copy, _ = sanitised_beside(_starts_with(tmp_path, note))
    assert _notes(copy) == [f"Note: {note}"]


@pytest.mark.parametrize("marks", [["412a", "1,234a", "388b", "307a"], ["412R", "1,234R", "388P"]])
def test_the_proof_alone_refuses_a_column_of_counts_each_with_a_letter(tmp_path, marks):
    """Every count of the column written with its letter: no plain figure in it to show the
    proof that the column holds figures (session 25 left this open)."""
    rows: list[list] = [["Referrals by local authority, 2013-14"], []]
    rows.append(["Local authority", "Referrals", "Job starts"])
    areas = ["Leeds", "Bradford", "Wakefield", "Kirklees"]
    rows += [[a, m, 100 + i] for i, (a, m) in enumerate(zip(areas, marks, strict=False))]
    found = misread_findings(tmp_path, rows, {(3, 1): marks[0]}, "kept")
    assert "'Referrals' B6" in [f.part for f in found]


SUPERSCRIPT = ["412\u00b9", "1,234\u00b2", "388\u00b3", "307\u2074"]  # '412¹', as Word and PDFs


def _referrals(marked: list[str]) -> list[list]:
    rows: list[list] = [["Referrals by local authority, 2013-14"], []]
    rows.append(["Local authority", "Referrals", "Job starts"])
    areas = ["Leeds", "Bradford", "Wakefield", "Kirklees"]
    return rows + [[a, m, 100 + i] for i, (a, m) in enumerate(zip(areas, marked, strict=True))]


@pytest.mark.parametrize("marked", [SUPERSCRIPT, [SUPERSCRIPT[0], "1,234", "388", "307"]])
def test_counts_with_a_superscript_footnote_call_are_removed(tmp_path, marked):
    """'412¹' was taken for digits by str.isdigit and int() failed on it: the run stopped as
    'an unexpected problem (ValueError)'; read so far, the cells went out as written."""
    copy, _ = sanitised_beside(write_book(tmp_path / "sup.xlsx", {"Referrals": _referrals(marked)}))
    sheet = openpyxl.load_workbook(copy)["Referrals"]
    texts = {c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    assert not texts & set(SUPERSCRIPT)


@pytest.mark.parametrize("marked", SUPERSCRIPT)
def test_the_proof_alone_refuses_a_count_with_a_superscript_call(tmp_path, marked):
    found = misread_findings(tmp_path, _referrals(SUPERSCRIPT), {(3, 1): marked}, "kept")
    assert "'Referrals' B6" in [f.part for f in found]


def test_the_proof_alone_refuses_a_note_quoting_a_figure_with_a_superscript_call(tmp_path):
    assert _refused_carried(tmp_path, "Note: Job starts 1,501\u00b9 in the year")


@pytest.mark.parametrize("note", ["Job starts Leeds:412, Bradford:377", "Total:1501"])
def test_the_proof_alone_refuses_a_figure_joined_by_a_colon_to_its_name(tmp_path, note):
    """The plan removes such a note (its reading of a line's words finds the figure); the
    proof read digits after a colon as a time's ('10:30') and passed it carried."""
    assert _refused_carried(tmp_path, f"Note: {note}")


GLUED_TO_WHOM = [
    "Leeds 412people",
    "Leeds 412participants",
    "Leeds 412customers",
    "Leeds 412clients",
    "Leeds 412jobs",
    "Leeds 412ppl",
    "Job starts 1501total",
    "Job starts 1501tot",
    "Job starts fifteen hundred and one in the year",
    "Job starts twenty-one hundred and one in the year",
]


@pytest.mark.parametrize("note", GLUED_TO_WHOM)
def test_a_note_quoting_a_figure_glued_to_whom_it_counts_goes(tmp_path, note):
    copy, _ = sanitised_beside(_starts_with(tmp_path, note))
    assert _notes(copy) == []


@pytest.mark.parametrize("note", GLUED_TO_WHOM)
def test_the_proof_alone_refuses_a_figure_glued_to_whom_it_counts(tmp_path, note):
    assert _refused_carried(tmp_path, f"Note: {note}")


GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow"]


def _dated_log(path, title: str = "Job outcomes claimed, April 2013"):
    """Job starts by local authority, and a log of job outcomes a line each, dated: no two
    lines alike ('01/04/2013 | Leeds | JSA 18-24', '02/04/2013 | Bradford | JSA 25+' ...)."""
    book = xlsxwriter.Workbook(str(path))
    starts = book.add_worksheet("Job starts")
    starts.write(0, 0, TITLE)
    starts.write_row(2, 0, ["Local authority", "Job starts"])
    for row, (area, count) in enumerate(zip(AREAS, STARTS, strict=True), 3):
        starts.write_row(row, 0, [area, count])
    log = book.add_worksheet("Log")
    log.write(0, 0, title)
    log.write_row(2, 0, ["Date claimed", "Local authority", "Payment group"])
    dated = book.add_format({"num_format": "dd/mm/yyyy"})
    for n in range(13):
        log.write_datetime(3 + n, 0, dt.datetime(2013, 4, 1 + n), dated)
        log.write_row(3 + n, 1, [AREAS[n % 5], GROUPS[n % 3]])
    book.close()
    return path


def test_a_dated_log_of_outcomes_a_line_each_is_refused(tmp_path):
    """Thirteen dated lines, each a job outcome claimed, went out as they stood: how many lines
    there are is the outcome volume, by area and payment group, though no two lines repeat."""
    source = _dated_log(tmp_path / "log.xlsx")
    run = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert run.exit_code == 1
    assert "sheet 'Log': this sheet lists records one by one" in run.stderr
    assert not list(tmp_path.glob("*-sanitised.xlsx"))


def test_the_proof_alone_refuses_a_dated_log_carried(tmp_path, monkeypatch):
    import wpxl.analyse

    monkeypatch.setattr(wpxl.analyse, "listing_records", lambda *_: [])  # the plan carries it
    found = proved(tmp_path, _dated_log(tmp_path / "log.xlsx"))
    assert [f.part for f in found if f.part.startswith("'Log'")] == ["'Log' A6"]


def test_a_dated_table_of_words_naming_no_measure_is_carried(tmp_path):
    """A change log ('Date | Change | Checked'): dated lines of words under no measure's name."""
    source = _dated_log(tmp_path / "changes.xlsx", title="Changes to this workbook")
    copy, _ = sanitised_beside(source)
    assert openpyxl.load_workbook(copy)["Log"].cell(6, 2).value == "Leeds"


def _claims(
    path, codes: list[str], title: str = "Job outcomes claimed, April 2013", head: str = "Claim ID"
):
    """Job starts by local authority, and under ``title`` a line each of ``codes`` (under
    ``head``) beside an area and a payment group, no two lines alike."""
    rows: list[list] = [[title], [], [head, "Local authority", "Payment group"]]
    rows += [[code, AREAS[n % 5], GROUPS[n % 3]] for n, code in enumerate(codes)]
    starts: list[list] = [[TITLE], [], ["Local authority", "Job starts"]]
    starts += [[area, s] for area, s in zip(AREAS, STARTS, strict=True)]
    return write_book(path, {"Job starts": starts, "Log": rows})


CLAIMS = [f"C{n:05d}" for n in range(1, 14)]


def test_a_log_of_claims_each_with_its_own_reference_is_refused(tmp_path):
    source = _claims(tmp_path / "claims.xlsx", CLAIMS)
    run = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert run.exit_code == 1
    assert "sheet 'Log': this sheet lists records one by one" in run.stderr


def test_the_proof_alone_refuses_a_log_of_claims_carried(tmp_path, monkeypatch):
    import wpxl.analyse

    monkeypatch.setattr(wpxl.analyse, "listing_records", lambda *_: [])  # the plan carries it
    found = proved(tmp_path, _claims(tmp_path / "claims.xlsx", CLAIMS))
    assert [f.part for f in found if f.part.startswith("'Log'")] == ["'Log' A6"]


def test_a_list_of_payment_groups_by_their_numbers_is_carried(tmp_path):
    """'PG1 | Leeds | JSA 18-24': a group's number is no claim's reference."""
    codes = [f"PG{n}" for n in range(1, 10)]
    source = _claims(tmp_path / "groups.xlsx", codes, "Job outcome groups", "Group")
    copy, _ = sanitised_beside(source)
    assert openpyxl.load_workbook(copy)["Log"].cell(6, 1).value == "PG1"


CHECKED = [
    ("Verified by Jane Smith", "Smith"),
    ("Job outcome verified by Amir Patel", "Patel"),
    ("Validated by Jane Smith", "Smith"),
    ("QA'd by Jane Smith", "Smith"),
    ("QA: Jane Smith", "Smith"),
]


@pytest.mark.parametrize(("note", "surname"), CHECKED)
def test_a_note_naming_who_verified_the_figures_goes(tmp_path, note, surname):
    """'Checked by Jane Smith' went; 'Verified by', 'Validated by' and 'QA' named her as well."""
    _, text = shown_with_note(tmp_path, note)
    assert surname not in text


@pytest.mark.parametrize(("note", "surname"), CHECKED)
def test_the_proof_alone_refuses_a_note_naming_who_verified_the_figures(
    tmp_path, monkeypatch, note, surname
):
    monkeypatch.setattr(wpxl.plan.contacts, "NAMED_AS_AUTHOR", re.compile(r"(?!)"))
    source = write_book(tmp_path / "noted.xlsx", {"Referrals": referrals_noted(note)})
    kinds = {f.kind for f in proved(tmp_path, source)}
    assert "what looks like a person named as the workbook's author or contact" in kinds


@pytest.mark.parametrize("note", ["Verified by the MI team", "Validated by Jobcentre Plus"])
def test_a_note_naming_a_team_that_verified_the_figures_stays(tmp_path, note):
    _, text = shown_with_note(tmp_path, note)
    assert note in text


def test_a_log_of_outcomes_by_week_no_line_repeated_is_refused(tmp_path):
    codes = [f"Week {n}" for n in range(1, 14)]
    source = _claims(tmp_path / "weeks.xlsx", codes, head="Week")
    run = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert run.exit_code == 1


GLUED_TO_ANY_WORD = [
    "Leeds 412heads",
    "Leeds 412nos",
    "Leeds 412ct",
    "Leeds 412pp",
    "Leeds 412JS",
    "Job starts 1501-ish in the year",
    "Job starts n1501 in the year",
    "Leeds 412-ytd",
    "Leeds 412_YTD",
]


@pytest.mark.parametrize("note", GLUED_TO_ANY_WORD)
def test_a_note_quoting_a_figure_glued_to_any_word_goes(tmp_path, note):
    copy, _ = sanitised_beside(_starts_with(tmp_path, note))
    assert _notes(copy) == []


@pytest.mark.parametrize("note", GLUED_TO_ANY_WORD)
def test_the_proof_alone_refuses_a_figure_glued_to_any_word(tmp_path, note):
    assert _refused_carried(tmp_path, f"Note: {note}")


@pytest.mark.parametrize("note", ["Data as at 10am on the 25th", "Our 3rd year in the area"])
def test_a_time_or_an_ordinal_glued_to_letters_stays(tmp_path, note):
    copy, _ = sanitised_beside(_starts_with(tmp_path, note))
    assert _notes(copy) == [f"Note: {note}"]


def test_a_list_of_area_codes_under_a_measures_title_is_carried(tmp_path):
    """'E08000035 | Leeds | JSA 18-24': a place's code, headed so, is no claim's reference."""
    codes = [f"E0800{n:04d}" for n in range(30, 43)]
    source = _claims(tmp_path / "areas.xlsx", codes, "Referrals: areas covered", "Area code")
    copy, _ = sanitised_beside(source)
    assert openpyxl.load_workbook(copy)["Log"].cell(6, 1).value == "E08000030"


def test_a_length_of_time_glued_to_its_unit_heads_its_shares(tmp_path):
    """Reading a figure glued to any word ('412heads') took 'Sustained 26wks', a column of
    sustainments at 26 weeks, for a header quoting the figure 26, a count of the book, and
    the shares sheet showed the column with no header (COSMETIC, session 26's review): a
    length of time glued to its unit ('26wks', '52weeks', '182days') is no figure."""
    outcomes = [["Job outcomes and sustainments by area, 2014-15"], [],
                ["Area", "Job outcomes", "Sustained 26wks", "Sustained 52weeks"],
                ["Leeds", 41, 26, 13], ["Bradford", 37, 22, 11], ["York", 52, 30, 18]]  # fmt: skip
    referrals = [["Referrals by area"], [], ["Area", "Referrals"],
                 ["Leeds", 26], ["Bradford", 52], ["York", 30]]  # fmt: skip
    source = write_book(tmp_path / "weeks.xlsx", {"Outcomes": outcomes, "Referrals": referrals})
    copy, _ = sanitised_beside(source)
    shares = openpyxl.load_workbook(copy).worksheets[1]
    heads = next(line for line in shares.values if line[0] == "Area")
    assert heads[:4] == ("Area", "Job outcomes", "Sustained 26wks", "Sustained 52weeks")


@pytest.mark.parametrize(("text", "figures"), [("Sustained 26wks", []), ("Attached 512kb", []),
                         ("Meeting at 10am", []), ("Leeds 412heads", [412.0])])  # fmt: skip
def test_the_plan_and_the_proof_read_a_unit_glued_to_a_number_alike(text, figures):
    assert numbers_in_text(text) == figures
    assert [value for value, *_ in number_tokens(text)] == figures
