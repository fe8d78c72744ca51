"""What a hunt through hostile but plausible packs found in copies that passed their proof
(session 27).

A log of job outcomes claimed, a line each, keyed by when each was claimed in words ('Week 1 |
Leeds | JSA 18-24', 'April 2013 | Bradford | JSA 25+', or a date typed as text, '01/04/2013')
went out as it stood, verified, where no line repeated another (left open by session 26): a
date cell made a line an event, a period's words did not. How many lines there are is the
outcome volume. A cell naming a time alone makes its line dated, in the analysis
(analyse/record_lines) and the proof (verify/time_words, read by verify/record_lines) alike;
the log is refused under a measure's name, carried under none (a change log by month).

A figure with a footnote's call raised as Word writes it ('412ᵃ', '377ᵇ', '412ª') went out as
written, in a note or a column of counts, verified: only raised digits ('412¹') marked a
figure. Any character Unicode decomposes as a superscript or a subscript marks it now, in the
plan's readings (read/quoted_figures, analyse/values.is_marked_figure) and the proof's
(verify/values), but a raised ordinal's ('25ᵗʰ').

A note quoting the unrounded total of job starts where it is shaped like a year ('job starts
came to 2031', 'rose to 2031') went out, verified: 'to' reads a year ('2012 to 2031'), in the
plan (plan/quoting.bare_years) and the proof (verify/stated_figures) alike. After a count's
change ('came', 'rose', 'fell', 'amounted', 'added up' ...) it reads the amount reached, so the
number is judged as any figure of the workbook's quoted in words.

A log of job outcomes claimed with the participants' references taken out ('Local authority |
Payment group' over 'Leeds | JSA 18-24', 'Bradford | JSA 25+' ...), no line repeating
another, went out as a table of words, verified; numbered ('No.' or '#' over 1, 2, 3 ...) the
numbers were read as the lines' names and the proof alone refused them; with its claims typed
as numbers ('Claim ID' over 100231) the numbers were removed and the lines carried. How many
lines there are is the outcome volume. Where no column's words all differ (read past a
column of numbers or references under a header naming one), the lines are records, in the
analysis (analyse/record_lines.unkeyed) and the proof (verify/unkeyed_lines, read by
verify/record_lines); a table of words names each line once (an area's package, a group's
benefit, numbered notes) and is carried.

Lines left so only once the plan removed a figure they held (a table of outcome payments or
of earnings by area and payment group, its money removed: a line to each group) are a table's,
not a log's, and go through: the proof reads the input's lines, which held figures.

A number spelt with hyphens ('Leeds four-hundred-and-twelve') passed the proof carried: only
'and' between spaces joined a number's words (verify/spelt); the plan already removed it.

A note naming a participant with no role word before the name ('Excludes John Brown
(deceased)', 'A. Patel - in custody') went out, verified: a person was named only after
'customer', 'participant' and the like, or with a title. A name beside what befell its
bearer (a death, custody) names a person, in the plan (analyse/people.NAMED_PARTICIPANT, read
by plan/contacts) and the proof (verify/named_author.NAMED_PARTICIPANT) alike.

Beside the job starts, a column of starts claimed for ('Claims', 'Claimed') or retained
('Retained') was read as their outcomes; named in the singular ('Claim approved', 'Claim
submitted') or as 'Retention' it went out rounded, verified: the plan's reading of a line of
job starts (analyse/words) and the proof's (verify/lasted) read 'retention' so now, and one
claim by what befell it ('approved', 'submitted'); 'Claim duration' is the benefit's.

A file named with its outcome total between underscores ('WY_outcomes_149_Q1.xlsx', 149 the
sum of its outcomes) went out, its name on the cover, verified: the digits were read as part
of one word. A file's name is read with its underscores as spaces (but for the number it
opens with, its place in a folder: '29_outcome_counts.xlsx'), by the run's check of names
(sanitise, read/quoted_figures.file_words) and by the proof of the cover's line naming it
(verify/texts.file_words, read by verify/amounts).

A log keyed by period numbers ('Month' over 201304, 201305 ...; 'Week' over 1, 2, 3 ...), no
line repeated, went out with its codes removed as figures and its lines carried, verified (week
numbers were kept as the lines' names, and only the proof refused them). A number under a
period's header is when the line happened, in the analysis (analyse/record_lines) and the
proof (verify/unkeyed_lines, which reads a month's code as no figure of the input's lines).
"""

from __future__ import annotations

import re

import openpyxl
import pytest
from typer.testing import CliRunner

import wpxl.analyse
import wpxl.plan.contacts
from tests.builders import write_book
from tests.e2e.beside_starts import (
    AREAS,
    ROUNDED_STARTS,
    STARTS,
    TITLE,
    beside_starts,
    shown_as_shares,
)
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_s26_leaks import (
    _claims,
    _notes,
    _referrals,
    _refused_carried,
    _starts_with,
)
from tests.e2e.test_hunted_staff_notes import referrals_noted, shown_with_note
from tests.misread import misread_findings, proved
from wpxl.analyse import line_measures
from wpxl.cli import app
from wpxl.model import OutputCell, Plan

TIMED = {
    "weeks": [f"Week {n}" for n in range(1, 14)],
    "short weeks": [f"Wk {n}" for n in range(1, 14)],
    "months": [f"{m} 2013" for m in ["April", "May", "June", "July", "August", "September"]],
    "short months": ["Apr-13", "May-13", "Jun-13", "Jul-13", "Aug-13", "Sep-13"],
    "quarters": ["Q1 2013/14", "Q2 2013/14", "Q3 2013/14", "Q4 2013/14", "Q1 2014/15"],
    "dates typed": [f"{d:02d}/04/2013" for d in range(1, 14)],
}


@pytest.mark.parametrize("keys", TIMED.values(), ids=TIMED.keys())
def test_a_log_of_outcomes_keyed_by_when_is_refused(tmp_path, keys):
    source = _claims(tmp_path / "log.xlsx", keys, head="Claimed")
    run = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert run.exit_code == 1
    assert "sheet 'Log': this sheet lists records one by one" in run.stderr
    assert not list(tmp_path.glob("*-sanitised.xlsx"))


@pytest.mark.parametrize("keys", TIMED.values(), ids=TIMED.keys())
def test_the_proof_alone_refuses_a_log_keyed_by_when_carried(tmp_path, monkeypatch, keys):
    monkeypatch.setattr(wpxl.analyse, "listing_records", lambda *_: [])  # the plan carries it
    found = proved(tmp_path, _claims(tmp_path / "log.xlsx", keys, head="Claimed"))
    assert [f.part for f in found if f.part.startswith("'Log'")] == ["'Log' A6"]


def test_a_log_of_changes_by_month_naming_no_measure_is_carried(tmp_path):
    """'April 2013 | Leeds | JSA 18-24' under 'Changes to this workbook': no measure named."""
    source = _claims(tmp_path / "changes.xlsx", TIMED["months"], "Changes to this workbook", "When")
    copy, _ = sanitised_beside(source)
    assert openpyxl.load_workbook(copy)["Log"].cell(6, 1).value == "April 2013"


RAISED_NOTES = [
    "Job starts: Leeds 412\u1d43, Bradford 377\u1d47",  # '412ᵃ', '377ᵇ': Word's superscript
    "Leeds 412\u00aa",  # '412ª', the ordinal indicator typed for a raised 'a'
    "Job starts 1,501\u1d9c in the year",  # '1,501ᶜ'
    "Leeds 412\u2090",  # '412ₐ', lowered
    "Leeds 412\u1d2c",  # '412ᴬ'
]


@pytest.mark.parametrize("note", RAISED_NOTES)
def test_a_note_quoting_a_figure_with_a_raised_letter_goes(tmp_path, note):
    copy, _ = sanitised_beside(_starts_with(tmp_path, note))
    assert _notes(copy) == []


@pytest.mark.parametrize("note", RAISED_NOTES)
def test_the_proof_alone_refuses_a_note_quoting_a_figure_with_a_raised_letter(tmp_path, note):
    assert _refused_carried(tmp_path, f"Note: {note}")


def test_a_raised_ordinal_stays(tmp_path):
    """'25ᵗʰ' is an ordinal written raised, as '25th' is one."""
    note = "Our 25\u1d57\u02b0 year in the area"
    copy, _ = sanitised_beside(_starts_with(tmp_path, note))
    assert _notes(copy) == [f"Note: {note}"]


RAISED_CELLS = ["412\u1d43", "1,234\u1d43", "388\u1d47", "307\u00aa"]


@pytest.mark.parametrize("marked", [RAISED_CELLS, [RAISED_CELLS[0], "1,234", "388", "307"]])
def test_counts_with_a_raised_letter_are_removed(tmp_path, marked):
    """'412ᵃ' in a column of referrals went out as written, a column of them all verified."""
    copy, _ = sanitised_beside(write_book(tmp_path / "sup.xlsx", {"Referrals": _referrals(marked)}))
    sheet = openpyxl.load_workbook(copy)["Referrals"]
    texts = {c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    assert not texts & set(RAISED_CELLS)


@pytest.mark.parametrize("marked", RAISED_CELLS)
def test_the_proof_alone_refuses_a_count_with_a_raised_letter(tmp_path, marked):
    found = misread_findings(tmp_path, _referrals(RAISED_CELLS), {(3, 1): marked}, "kept")
    assert "'Referrals' B6" in [f.part for f in found]


YEAR_SHAPED_STARTS = [512, 477, 351, 398, 293]  # their total, 2031, is shaped like a year


def _year_shaped_total(tmp_path, note: str):
    """Job starts by local authority whose total (cached as Excel would) is 2031, ``note``
    under them."""
    rows: list[list] = [[TITLE], [], ["Local authority", "Job starts"]]
    rows += [[a, s] for a, s in zip(AREAS, YEAR_SHAPED_STARTS, strict=True)]
    rows += [["Total", "=SUM(B4:B8)"], [], [note]]
    cached = {("Performance", "B9"): sum(YEAR_SHAPED_STARTS)}
    return write_book(tmp_path / "reached.xlsx", {"Performance": rows}, cached=cached)


REACHED = [
    "Note: job starts in the year came to 2031",
    "Note: job starts rose to 2031",
    "Note: job starts amounted to 2031 in all",
]


@pytest.mark.parametrize("note", REACHED)
def test_a_note_quoting_a_year_shaped_total_after_came_to_goes(tmp_path, note):
    """'came to 2031' read as a year ('to 2031', as in '2012 to 2031'): the unrounded total."""
    copy, _ = sanitised_beside(_year_shaped_total(tmp_path, note))
    assert _notes(copy) == []


@pytest.mark.parametrize("note", REACHED)
def test_the_proof_alone_refuses_a_year_shaped_total_after_came_to(tmp_path, note):
    def carried(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Performance")
        sheet.cells[(12, 0)] = OutputCell(note, kind="kept")

    found = proved(tmp_path, _year_shaped_total(tmp_path, note), carried)
    assert "'Performance' A13" in {f.part for f in found}


@pytest.mark.parametrize("note", ["Note: the contract runs from 2012 to 2031", "Note: up to 2031"])
def test_a_year_after_to_stays(tmp_path, note):
    copy, _ = sanitised_beside(_year_shaped_total(tmp_path, note))
    assert _notes(copy) == [note]


def _log(tmp_path, head: list[str], lines: list[list], title: str = "Job outcomes claimed, 2013"):
    """Job starts by local authority, and under ``title`` the lines of a log under ``head``."""
    starts: list[list] = [[TITLE], [], ["Local authority", "Job starts"]]
    starts += [[a, s] for a, s in zip(AREAS, YEAR_SHAPED_STARTS, strict=True)]
    rows: list[list] = [[title], [], head, *lines]
    return write_book(tmp_path / "log.xlsx", {"Job starts": starts, "Log": rows})


PAYMENT_GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow"]
UNKEYED = [[AREAS[n % 5], PAYMENT_GROUPS[n % 3]] for n in range(13)]  # no line repeats
LOGS = {
    "references taken out": (["Local authority", "Payment group"], UNKEYED),
    "numbered": (
        ["No.", "Local authority", "Payment group"],
        [[n + 1, *w] for n, w in enumerate(UNKEYED)],
    ),
    "numbered under #": (
        ["#", "Local authority", "Payment group"],
        [[n + 1, *w] for n, w in enumerate(UNKEYED)],
    ),
    "claims typed as numbers": (
        ["Claim ID", "Local authority", "Payment group"],
        [[100231 + 7 * n, *w] for n, w in enumerate(UNKEYED)],
    ),
}


@pytest.mark.parametrize(("head", "lines"), LOGS.values(), ids=LOGS.keys())
def test_a_log_whose_lines_no_column_tells_apart_is_refused(tmp_path, head, lines):
    """Thirteen job outcomes claimed, a line each, no line repeating another: carried as a
    table of words (or its numbers removed and its lines carried), how many lines there are
    the outcome volume."""
    source = _log(tmp_path, head, lines)
    run = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert run.exit_code == 1
    assert "sheet 'Log': this sheet lists records one by one" in run.stderr
    assert not list(tmp_path.glob("*-sanitised.xlsx"))


@pytest.mark.parametrize(
    "kind", ["references taken out", "claims typed as numbers"], ids=["words", "claim numbers"]
)
def test_the_proof_alone_refuses_a_log_whose_lines_no_column_tells_apart(
    tmp_path, monkeypatch, kind
):
    monkeypatch.setattr(wpxl.analyse, "listing_records", lambda *_: [])  # the plan carries it
    found = proved(tmp_path, _log(tmp_path, *LOGS[kind]))
    assert [f.part for f in found if f.part.startswith("'Log'")] == ["'Log' A6"]


@pytest.mark.parametrize(
    ("title", "head"),
    [
        ("Job outcome payments by area and payment group", "Outcome payments (£)"),
        ("Job starts by area and payment group", "Average weekly earnings (£)"),
    ],
)
def test_a_table_of_money_by_area_and_group_goes_through(tmp_path, title, head):
    """'Leeds | JSA 18-24 | £3,600', a line to each group: its money goes, and the lines left,
    no column telling them apart, were a table's (they held figures), not a log's."""
    pairs = [(a, g) for a in AREAS for g in PAYMENT_GROUPS]
    lines = [[a, g, 1200 * (3 + n)] for n, (a, g) in enumerate(pairs)]
    copy, _ = sanitised_beside(
        _log(tmp_path, ["Local authority", "Payment group", head], lines, title)
    )
    assert openpyxl.load_workbook(copy)["Log"].cell(6, 2).value == "JSA 18-24"


TABLES_OF_WORDS = {
    "areas and their package": (
        ["Local authority", "Contract package area"],
        [[a, "West Yorkshire"] for a in [*AREAS, "Barnsley", "Doncaster"]],
    ),
    "numbered notes": (
        ["No.", "Note"],
        [[n, f"Figures for {a} are provisional"] for n, a in enumerate([*AREAS, "CPA"], 1)],
    ),
    "groups and their benefit": (
        ["Payment group", "Benefit"],
        [
            [g, b]
            for g, b in zip(
                [*PAYMENT_GROUPS, "ESA Ex-IB", "IB/IS Volunteers", "JSA Early Access"],
                ["JSA", "JSA", "ESA", "ESA", "IB", "JSA"],
                strict=True,
            )
        ],
    ),
}


@pytest.mark.parametrize(("head", "lines"), TABLES_OF_WORDS.values(), ids=TABLES_OF_WORDS.keys())
def test_a_table_of_words_naming_each_line_once_is_carried(tmp_path, head, lines):
    """A column whose words never repeat names each line: a table of words, not a log."""
    copy, _ = sanitised_beside(_log(tmp_path, head, lines, "Job starts: definitions"))
    sheet = openpyxl.load_workbook(copy)["Log"]
    assert sheet.cell(6, 2).value == lines[0][1]


def test_the_proof_alone_refuses_a_figure_spelt_with_hyphens(tmp_path):
    """'four-hundred-and-twelve' went through the proof, carried: only 'and' between spaces
    joined a number's words, though the plan removed the note (it reads hyphens as spaces)."""
    assert _refused_carried(tmp_path, "Note: Leeds four-hundred-and-twelve")
    copy, _ = sanitised_beside(_starts_with(tmp_path, "Leeds four-hundred-and-twelve"))
    assert _notes(copy) == []


BEFELL = [
    ("Excludes John Brown (deceased)", "Brown"),
    ("Excludes John Brown, deceased", "Brown"),
    ("A. Patel - in custody, so not counted", "Patel"),
    ("Mary Ann Jones passed away in May", "Jones"),
]


@pytest.mark.parametrize(("note", "surname"), BEFELL)
def test_a_note_naming_a_person_by_what_befell_them_goes(tmp_path, note, surname):
    """A participant named with no role word before the name ('customer Jane Smith' went):
    what befell them (a death, custody) is said of a person only."""
    _, text = shown_with_note(tmp_path, note)
    assert surname not in text


@pytest.mark.parametrize(("note", "surname"), BEFELL)
def test_the_proof_alone_refuses_a_note_naming_a_person_by_what_befell_them(
    tmp_path, monkeypatch, note, surname
):
    monkeypatch.setattr(wpxl.plan.contacts, "NAMED_PARTICIPANT", re.compile(r"(?!)"))
    source = write_book(tmp_path / "noted.xlsx", {"Referrals": referrals_noted(note)})
    assert "what looks like a participant named" in {f.kind for f in proved(tmp_path, source)}


@pytest.mark.parametrize(
    "note", ["Figures exclude participants who died", "Leeds City Council (deceased estates team)"]
)
def test_a_note_naming_no_one_beside_a_death_stays(tmp_path, note):
    _, text = shown_with_note(tmp_path, note)
    assert note in text


CLAIMED = ["Claim approved", "Claim submitted", "Retention", "Job retention"]
STILL_IN_WORK = [137, 121, 88, 102, 49]
OUTCOME_VOLUME = "an outcome or sustainment volume"


@pytest.mark.parametrize("header", CLAIMED)
def test_starts_claimed_or_retained_named_in_the_singular_are_shown_as_percentages(
    tmp_path, header
):
    """'Claims' beside the starts were their outcomes, 'Claim approved' went out rounded: a
    provider claims only for an outcome; 'Retention' is the starts kept in work."""
    assert shown_as_shares(tmp_path, header, STILL_IN_WORK)


@pytest.mark.parametrize("header", CLAIMED)
def test_the_proof_alone_refuses_starts_claimed_or_retained_carried_as_counts(
    tmp_path, monkeypatch, header
):
    monkeypatch.setattr(line_measures, "is_starts_outcome_line", lambda *_: False)
    rows = beside_starts(header, STILL_IN_WORK)
    source = write_book(tmp_path / "claimed.xlsx", {"Performance": rows})
    volumes = [f.part for f in proved(tmp_path, source) if f.kind == OUTCOME_VOLUME]
    assert {f"'Performance' C{r}" for r in range(6, 11)} == set(volumes)


def test_claimants_beside_the_starts_keep_their_counts(tmp_path):
    """A claimant is a person on benefit, not a claim for an outcome."""
    source = write_book(tmp_path / "kept.xlsx", {"Performance": beside_starts("Claimants", STARTS)})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == ROUNDED_STARTS


OUTCOMES = [41, 37, 25, 30, 16]  # 149 in all, a figure no cell holds


def _outcomes_named(tmp_path, stem: str):
    rows: list[list] = [["Job outcomes by local authority, 2013-14"], []]
    rows += [["Local authority", "Job outcomes"], *map(list, zip(AREAS, OUTCOMES, strict=True))]
    return write_book(tmp_path / f"{stem}.xlsx", {"Outcomes": rows})


def test_a_file_named_with_its_outcome_total_between_underscores_is_refused(tmp_path):
    """'WY_outcomes_149_Q1.xlsx' went out on the cover ('Prepared ... from ...'): digits
    between underscores were read as part of one word, a name's."""
    source = _outcomes_named(tmp_path, "WY_outcomes_149_Q1")
    run = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert run.exit_code == 1
    assert "the file's name quotes one of its unrounded or outcome figures" in run.stderr


def test_the_proof_alone_refuses_a_file_name_quoting_the_outcome_total_between_underscores(
    tmp_path,
):
    found = proved(tmp_path, _outcomes_named(tmp_path, "WY_outcomes_149_Q1"))
    assert "'About this workbook' A4" in {f.part for f in found}  # the line naming the file


@pytest.mark.parametrize("stem", ["29_outcome_counts", "WY_outcomes_2013_Q1"])
def test_the_proof_lets_a_file_name_by_its_place_or_its_year_be(tmp_path, stem):
    """'29_' is the file's place among its folder's; '2013' a year: no figure of the book."""
    assert proved(tmp_path, _outcomes_named(tmp_path, stem)) == []


def test_a_file_named_with_a_figure_it_does_not_hold_between_underscores_goes_through(tmp_path):
    copy, _ = sanitised_beside(_outcomes_named(tmp_path, "WY_outcomes_2013_Q1"))
    assert copy.exists()


def test_a_file_named_with_an_unrounded_count_between_underscores_is_refused(tmp_path):
    """'Leeds_412_job_starts.xlsx': Leeds' job starts, 412 unrounded, named on the cover."""
    rows: list[list] = [[TITLE], [], ["Local authority", "Job starts"]]
    rows += [[a, s] for a, s in zip(AREAS, STARTS, strict=True)]
    source = write_book(tmp_path / "Leeds_412_job_starts.xlsx", {"Performance": rows})
    run = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert run.exit_code == 1
    assert "the file's name quotes one of its unrounded or outcome figures" in run.stderr
    found = proved(tmp_path, source)
    assert any(f.kind.endswith("in the file's name, which the cover names") for f in found)


MONTH_CODES = [201304 + n for n in range(9)] + [201401, 201402, 201403, 201404]
PERIOD_NUMBERS = {
    "month codes": ("Month", MONTH_CODES),
    "week numbers": ("Week", list(range(1, 14))),
}


@pytest.mark.parametrize(("head", "keys"), PERIOD_NUMBERS.values(), ids=PERIOD_NUMBERS.keys())
def test_a_log_keyed_by_period_numbers_is_refused(tmp_path, head, keys):
    """'201304 | Leeds | JSA 18-24': the month codes were removed as figures and the thirteen
    lines carried (week numbers were kept as the lines' names, and only the proof refused)."""
    source = _claims(tmp_path / "log.xlsx", [str(k) for k in keys], head=head)
    numbered = openpyxl.load_workbook(source)
    for row, key in enumerate(keys, 4):
        numbered["Log"].cell(row, 1).value = key
    numbered.save(source)
    run = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert run.exit_code == 1
    assert "sheet 'Log': this sheet lists records one by one" in run.stderr


def test_the_proof_alone_refuses_a_log_keyed_by_month_codes_carried(tmp_path, monkeypatch):
    """The plan removes the codes as figures and carries the lines: the input's lines held no
    figure but when each happened, so they are a log's."""
    monkeypatch.setattr(wpxl.analyse, "listing_records", lambda *_: [])  # the plan carries it
    source = _claims(tmp_path / "log.xlsx", [str(k) for k in MONTH_CODES], head="Month")
    numbered = openpyxl.load_workbook(source)
    for row, key in enumerate(MONTH_CODES, 4):
        numbered["Log"].cell(row, 1).value = key
    numbered.save(source)
    found = proved(tmp_path, source)
    assert [f.part for f in found if f.part.startswith("'Log'")] == ["'Log' A6"]
