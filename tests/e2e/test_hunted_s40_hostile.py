"""What a hunt through hostile but plausible packs found (session 40).

Packs were built as an analyst who wants the figures to reach the council, or a careless one,
would make them: row-level extracts (a line a participant, flags 'Y'/'N', 1/0 or TRUE/FALSE
under 'Outcome achieved', or an outcome date), numbers hidden where the eye does not read (a
table's (ListObject's) name, a defined name's value, a custom document property, a
hyperlink's address, a header or footer, a data validation's input and error messages, a
comment), outcome volumes under other measures' words ('Job starts that reached a job
outcome', 'Paid outcomes', 'Outcome fees (£)', 'Jobs sustained', 'Off benefit', 'Completers'
and some forty more), and odd figures in an outcome table (an adjustment of -3, 'Outcomes
reversed', a decimal count, a cumulative total since 2011). wpxl held those: every part but
the cells was left out and named on the cover, the outcome columns went as shares or were
removed, a measure it could not name was refused, and a negative outcome was refused as no
share.

What passed: an extract of participants held by their dates, one word on a line or none
('Office | Start date | Job outcome date' over 'Leeds | 01/04/2013 | 18/10/2013', 'Start date
| Job outcome date' alone, 'Office | Job outcome date', or 'Office | Start date | Outcome
achieved' with TRUE or FALSE on each line), as a case-management system or pandas exports
one. No line held two words, so neither reading of records (analyse/record_lines,
verify/record_lines) saw a line of one, and there was no figure to round: every line went out,
and the copy passed its proof. How many outcome dates there are is the outcome volume, how
many lines the job starts unrounded. A run of five lines or more under a header line, each
holding one word at most and otherwise only dates and flags, where the header over the dates
names a measure ('Job outcome date', 'Referral date') or says it holds dates beside a header
naming one ('Start date' beside 'Outcome achieved'), lists records now: the plan refuses the
sheet with the records' advice (analyse/dated_extracts), and the proof alone refuses such a
copy (verify/dated_extracts, asked by verify/record_lines). The weeks of a template ('Week
commencing' over dates, no figures yet) name no measure over their dates and go through, as
does a log of notes by date ('Date | Comment on job starts': the measure's name is over words,
not flags). With
1 and 0 under 'Outcome achieved' the plan had made a 'Job outcomes %' sheet of lines 'Leeds'
repeated, which the proof refused with a message asking the user to report it; the sheet is
refused with the records' advice now.

A table of job outcomes by office with a rate beside them ('Job starts | Job outcomes | Rate',
=C5/B5) where one office had no starts, its rate #DIV/0!, was refused: the plan removed the
other rates as rates of outcome figures but carried the error (an error was no figure to it),
and the proof read the '0' of '#DIV/0!' in an outcome table as an outcome volume, telling the
user to put outcome words in the title the table already had. The error of a rate over an
outcome table's figures goes with the rates now (analyse/cells): it says the figure it divides
by is 0, and the cover names its cell with theirs.

A log of outcomes by office and payment group flagged TRUE or FALSE ('Office | Payment group |
Outcome achieved' over 'Leeds | JSA 18-24 | TRUE', no column telling the lines apart) went out
as it stood, verified, where the same log flagged 'Y' or 'N', or 1 or 0, was refused: both
readings of records took a line holding TRUE or FALSE for a line holding a figure. TRUE and
FALSE are flags as 1 and 0 are now, in the plan (analyse/record_lines) and the proof
(verify/record_lines).

A note with a count glued to its measure's abbreviation in capitals ('Note: Leeds JO37',
'Wakefield JOs37', 'Leeds JS412', 'Leeds job outcomes JOC137', 'Bradford SP61') went out,
verified: codes are capitals ('PG1', 'CPA12', 'E08000035'), so neither reading parted a number
from capitals before it, and 'JO37' read as a payment point's name at most. A measure's
abbreviation glued to a number past a payment point's own (over 20) is that measure's count
now, in the plan (read/quoted_figures, read by plan/quoting) and the proof (verify/values):
the note goes, named on the cover, and the proof alone refuses it carried; 'SP12' stays a name.

A list of participants by their initials ('Initials | Office | Job outcome' over 'JS | Leeds |
Yes', 'MK | Bradford | No'), each line told apart by its first column and holding no figure, went
out as a table of words, verified: how many lines say 'Yes' under 'Job outcome' is the outcome
volume (and a 'No' on an office's line says its outcomes are none, an exact count). Five lines
or more under a header naming an outcome over a column of flags alone (Y or N, Yes or No, a
tick or a cross, TRUE or FALSE), one at least saying yes, are records now, in the plan
(analyse/flagged_lines, asked by analyse/record_lines) and the proof (verify/flagged_lines,
asked by verify/record_lines): the sheet is refused with the records' advice. Lines naming a
measure ('Job outcomes | Yes' under 'Paid as an outcome?') define the measures and go through.
Flagged by a mark beside blanks ('X' on the lines it marks) the list went out too, and flagged
by a 1 beside blanks the plan made it a percentage sheet showing 'base too small to show' on
each participant's line that had an outcome and nothing on the rest, verified: a 1 or 0, and a
lone mark beside blanks, are flags to both readings now, and the proof reads its percentage
sheet's 'base too small to show' beside blanks as such a mark.

A table or a log written by pandas' ``DataFrame.to_excel`` with its default index (0, 1, 2 ...
down column A under a blank corner) was misread both ways. 'Office | Job starts | Job
outcomes' so written was refused: the proof read the index beside the outcomes as outcome
volumes and asked the user to report it. The proof reads such a column as the lines' own
numbers now (verify/label_figures). And the same list of participants flagged 'Y' or 'N' with
the index beside it was carried by the plan (each line held a figure, the index) and passed
the proof once it read the index so: both readings of records read pandas' index as each
line's reference now (analyse/frame_index, verify/frame_index), and the sheet is refused.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

import wpxl.analyse
from tests.builders import script_book, write_book
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_s26_leaks import _notes, _refused_carried, _starts_with
from tests.misread import proved
from wpxl.cli import app

OFFICES = ("Leeds", "Bradford", "Wakefield")
STARTED = dt.datetime(2013, 4, 1)


def _line(head: str, n: int) -> object:
    """Participant ``n``'s entry under ``head``: an outcome for every other one."""
    achieved = n % 2 == 0
    return {
        "Office": OFFICES[n % 3],
        "Start date": STARTED + dt.timedelta(days=n),
        "Job outcome date": STARTED + dt.timedelta(days=200 + n) if achieved else None,
        "Outcome achieved": achieved,
        "Outcome (1 = yes)": int(achieved),
    }[head]


EXTRACTS = {
    "office and dates": ["Office", "Start date", "Job outcome date"],
    "dates alone": ["Start date", "Job outcome date"],
    "outcome dates by office": ["Office", "Job outcome date"],
    "true or false": ["Office", "Start date", "Outcome achieved"],
    "one or nought": ["Office", "Start date", "Outcome (1 = yes)"],
}


def _extract(path: Path, heads: list[str], lines: int = 23) -> Path:
    """A line a participant under ``heads``, as openpyxl (pandas' writer) saves dates."""
    rows = [heads, *([_line(h, n) for h in heads] for n in range(lines))]
    if heads == ["Office", "Job outcome date"]:  # a line each outcome, none left blank
        rows = [heads, *([_line(h, n * 2) for h in heads] for n in range(12))]
    return script_book(path, {"Extract": rows})


@pytest.mark.parametrize("kind", EXTRACTS)
def test_an_extract_of_participants_held_by_their_dates_is_refused(tmp_path, kind):
    source = _extract(tmp_path / "extract.xlsx", EXTRACTS[kind])
    result = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert "sheet 'Extract': this sheet lists records one by one (lines 2 to" in result.stderr
    assert not (tmp_path / "extract-sanitised.xlsx").exists()


@pytest.mark.parametrize("kind", EXTRACTS)
def test_the_proof_alone_refuses_an_extract_held_by_dates(tmp_path, monkeypatch, kind):
    monkeypatch.setattr(wpxl.analyse, "listing_dated_records", lambda *_: [])  # carried
    found = proved(tmp_path, _extract(tmp_path / "extract.xlsx", EXTRACTS[kind]))
    listed = [f.part for f in found if "records listed one by one" in f.kind]
    # with 1 and 0 under 'Outcome (1 = yes)' the plan makes the flags a percentage sheet of
    # the offices' lines, each 'Leeds' again: refused there
    assert listed == ["'Job outcomes %' A10" if kind == "one or nought" else "'Extract' A4"]


def test_a_log_of_notes_by_date_goes_through(tmp_path):
    notes = ["New office opened", "Bank holiday week", "Staff training", "Jobs fair", "Outage"]
    lines = [[STARTED + dt.timedelta(weeks=n), note] for n, note in enumerate(notes)]
    source = script_book(
        tmp_path / "notes.xlsx", {"Commentary": [["Date", "Comment on job starts"], *lines]}
    )
    copy, _ = sanitised_beside(source)
    assert openpyxl.load_workbook(copy)["Commentary"].cell(8, 2).value == "Outage"


def test_the_weeks_of_a_template_naming_no_measure_over_them_go_through(tmp_path):
    """'Week commencing | Referrals | Job starts', the weeks typed in, no figure yet: no
    record, the dates are the lines' keys."""
    weeks = [[STARTED + dt.timedelta(weeks=n)] for n in range(8)]
    source = script_book(
        tmp_path / "template.xlsx",
        {"Referrals": [["Week commencing", "Referrals", "Job starts"], *weeks]},
    )
    copy, _ = sanitised_beside(source)
    shown = openpyxl.load_workbook(copy)["Referrals"]
    assert shown.cell(4, 1).value == STARTED


def test_a_rate_of_outcomes_dividing_by_nought_goes_with_the_other_rates(tmp_path):
    rows = [
        ["Job outcomes by office"],
        [],
        ["Office", "Job starts", "Job outcomes", "Rate"],
        ["Leeds", 412, 97, "=C4/B4"],
        ["Bradford", 0, 0, "=C5/B5"],
        ["Wakefield", 201, 37, "=C6/B6"],
    ]
    cached = {("Performance", "D4"): 97 / 412, ("Performance", "D5"): "#DIV/0!"}
    cached[("Performance", "D6")] = 37 / 201
    source = write_book(tmp_path / "rates.xlsx", {"Performance": rows}, cached=cached)
    copy, printed = sanitised_beside(source)
    shown = openpyxl.load_workbook(copy)["Performance"]
    assert [shown.cell(r, 4).value for r in (6, 7, 8)] == [None, None, None]
    assert "removed: 'Performance' D4:D6: a rate that uses outcome figures" in printed


GROUPS = ("JSA 18-24", "JSA 25+", "ESA Flow", "ESA Ex-IB", "JSA Early Access", "IB/IS")


def _flagged_log(path: Path) -> Path:
    """'Office | Payment group | Outcome achieved', a line a participant, flagged TRUE/FALSE."""
    lines = [[OFFICES[n % 3], GROUPS[n % 6], n % 2 == 0] for n in range(23)]
    heads = ["Office", "Payment group", "Outcome achieved"]
    return script_book(path, {"Extract": [heads, *lines]})


def test_a_log_flagging_outcomes_true_or_false_is_refused(tmp_path):
    source = _flagged_log(tmp_path / "flagged.xlsx")
    result = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert (
        "sheet 'Extract': this sheet lists records one by one (line 8 repeats line 2"
        in result.stderr
    )


def test_the_proof_alone_refuses_a_log_flagging_outcomes_true_or_false(tmp_path, monkeypatch):
    monkeypatch.setattr(wpxl.analyse, "listing_records", lambda *_: [])  # the plan carries it
    found = proved(tmp_path, _flagged_log(tmp_path / "flagged.xlsx"))
    assert [f.part for f in found if "records listed" in f.kind] == ["'Extract' A10"]


GLUED = [
    "Leeds JO37",
    "Wakefield JOs37",
    "Leeds JS412",
    "Leeds job outcomes JOC137",
    "Bradford SP61",
]


@pytest.mark.parametrize("note", GLUED)
def test_a_count_glued_to_its_measures_abbreviation_goes(tmp_path, note):
    copy, printed = sanitised_beside(_starts_with(tmp_path, note))
    assert _notes(copy) == []
    assert "removed: 'Performance' A10:" in printed


@pytest.mark.parametrize("note", GLUED)
def test_the_proof_alone_refuses_a_count_glued_to_its_measures_abbreviation(tmp_path, note):
    assert _refused_carried(tmp_path, f"Note: {note}")


INITIALS = ["JS", "MK", "PL", "RT", "AB", "CD", "EF", "GH", "IJ", "KL", "MN", "OP"]


def _initialled(path: Path, yes: object = "Yes", no: object = "No") -> Path:
    """'Initials | Office | Job outcome', a line a participant, ``yes`` on every other."""
    lines = [[who, OFFICES[n % 3], yes if n % 2 else no] for n, who in enumerate(INITIALS)]
    return script_book(path, {"Extract": [["Initials", "Office", "Job outcome"], *lines]})


@pytest.mark.parametrize(("yes", "no"), [("Yes", "No"), ("X", None), (1, None), (True, False)])
def test_participants_flagged_yes_or_no_under_an_outcome_are_refused(tmp_path, yes, no):
    source = _initialled(tmp_path / "initialled.xlsx", yes, no)
    result = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert "(lines 2 to 13, each flagged yes or no, under a measure's name)" in result.stderr


def test_the_proof_alone_refuses_participants_flagged_yes_or_no(tmp_path, monkeypatch):
    monkeypatch.setattr(wpxl.analyse, "listing_records", lambda *_: [])  # the plan carries it
    found = proved(tmp_path, _initialled(tmp_path / "initialled.xlsx"))
    assert [f.part for f in found if "records listed" in f.kind] == ["'Extract' C4"]


def test_a_table_defining_the_measures_yes_or_no_goes_through(tmp_path):
    lines = [["Referrals", "No"], ["Attachments", "No"], ["Job starts", "No"]]
    lines += [["Job outcomes", "Yes"], ["Sustainments", "Yes"]]
    source = script_book(
        tmp_path / "defined.xlsx", {"Definitions": [["Measure", "Paid as an outcome?"], *lines]}
    )
    copy, _ = sanitised_beside(source)
    shown = openpyxl.load_workbook(copy)["Definitions"]
    assert [shown.cell(r, 2).value for r in range(4, 9)] == ["No", "No", "No", "Yes", "Yes"]


def test_the_proof_alone_refuses_participants_marked_too_small_to_show(tmp_path, monkeypatch):
    """Flagged 1 beside blanks, the plan's percentage sheet marks each line that had one."""
    monkeypatch.setattr(wpxl.analyse, "listing_records", lambda *_: [])  # the plan carries it
    found = proved(tmp_path, _initialled(tmp_path / "initialled.xlsx", 1, None))
    assert [f.part for f in found if "records listed" in f.kind] == ["'Job outcomes %' C7"]


def _indexed(path: Path, heads: list[str], lines: list[list]) -> Path:
    """``heads`` over ``lines`` as pandas' ``to_excel`` writes a frame: its index, 0, 1, 2 ...,
    down column A under a blank corner."""
    rows = [[None, *heads], *([n, *line] for n, line in enumerate(lines))]
    return script_book(path, {"Extract": rows})


def test_a_pandas_table_with_its_index_goes_through(tmp_path):
    offices = [("Leeds", 412, 97), ("Bradford", 329, 61), ("Wakefield", 201, 37)]
    offices += [("Halifax", 150, 23), ("Keighley", 99, 11)]
    heads = ["Office", "Job starts", "Job outcomes"]
    copy, _ = sanitised_beside(_indexed(tmp_path / "frame.xlsx", heads, offices))
    shown = openpyxl.load_workbook(copy)["Extract"]
    assert [[c.value for c in row[:3]] for row in shown.iter_rows(min_row=4, max_row=5)] == [
        [0, "Leeds", 420],
        [1, "Bradford", 320],
    ]


def _indexed_log(path: Path) -> Path:
    lines = [[who, OFFICES[n % 3], "Y" if n % 2 else "N"] for n, who in enumerate(INITIALS)]
    return _indexed(path, ["Initials", "Office", "Job outcome"], lines)


def test_a_pandas_log_of_participants_with_its_index_is_refused(tmp_path):
    source = _indexed_log(tmp_path / "frame.xlsx")
    result = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert "(lines 2 to 13, each flagged yes or no, under a measure's name)" in result.stderr


def test_the_proof_alone_refuses_a_pandas_log_with_its_index(tmp_path, monkeypatch):
    monkeypatch.setattr(wpxl.analyse, "listing_records", lambda *_: [])  # the plan carries it
    found = proved(tmp_path, _indexed_log(tmp_path / "frame.xlsx"))
    assert [f.part for f in found if "records listed" in f.kind] == ["'Extract' D4"]
