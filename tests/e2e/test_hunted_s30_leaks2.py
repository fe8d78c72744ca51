"""What the second hunt of session 30 through hostile but plausible packs found in copies that
passed their proof.

A table of job starts by status ('Job starts by status' over 'Achieved', 'In progress',
'Total', the areas across or down) went out with 'Achieved' as shares and 'In progress'
rounded, verified: the starts shown elsewhere (or their total) less the rounded other statuses
give the achieved back by difference. The whole breakdown of the starts holding an 'Achieved'
line goes as outcomes now: every other status beside it naming no measure of its own and no
total ('In progress', 'Left', 'Other'), in the plan (analyse/line_measures._the_rest) and the
proof (verify/achieved.Statuses, asked by verify/outcomes), as rows or as columns. A period
is no status: the months of a table of starts by month beside an 'Achieved' line stay rounded.

An outcome table's title with an aside in brackets after its period ('Job starts and job
outcomes, 2013/14 (provisional)') gave the percentage sheet's intro 'in 2013/14 (provisional on
sheet ...': the period ran to the title's end, its bracket left open, and a first name such as
'Jane' or 'Janet' was read as January, the period starting there. The period is the title's
from its first month (whole or cut short), quarter or year, without the asides in brackets
naming no period, no bracket left open (plan/title_period, out of plan/percentages).

A note or a title naming a member of staff after their role with the name closed by a bracket
or followed by a surname ('Figures checked (adviser Jane)', '2013/14 (adviser Jane Smith)',
'Checked by adviser Jane Smith') went out, verified: the role's name ended only at a stop, a
comma or a word in lower case. It ends at a closing bracket too, and a surname may follow it,
in the plan (analyse/people.NAMED_FIRST) and the proof (verify/named_author.NAMED_BY_FIRST_NAME);
a post no one holds ('Adviser Support Officer post vacant') still names no one.

Beside the job starts, job outcomes headed 'Jobs out' ('JOBS OUT', 'Job Out', 'Job outs'),
analysts' shorthand for them, went out rounded as the table's measure, verified. They name job
outcomes now, in the plan (analyse/words, with the times in work it reads built in) and the
proof (verify/measure_words.BUILT_IN_OUTCOME_WORDS); 'Jobs outside Leeds' and 'Jobs out of area'
are left as they were.

Hunted and found closed: outcomes under 'Sust', 'Sust.', 'Sust 13w', '13w sust', 'Outcome
(13wk)', 'Outcomes to date', 'JO to date', 'Cum. JOs'; a cumulative column ('Cumulative',
'Running total', 'YTD', 'To date', 'Cum.') beside monthly outcomes; an outcome rate with its
base in the header ('Outcome rate (of 412 starts)') or a note ('n=97'); outcomes as a share
beside the starts ('Job outcomes (% of starts)', 'Share of JOs' with 'JOs total: 185' under);
sustainment payments or income in pounds; measures as rows and areas across, as a pivot table
writes them ('Sum of JOBS OUT', 'Count of Sust'); outcomes in a cell comment or a data
validation's input message (dropped); a very hidden sheet's outcomes read by a visible formula;
a phone number with +44, a postcode or a date of birth in a note; an NI number, a phone number
or a person's name in a header or footer.

Left open: the other statuses beside a status read as outcomes by its own words ('Paid',
'Claimed', '26 weeks or more' over 'In progress' and 'Total') stay rounded, as 'In progress'
beside 'Achieved' did (the whole breakdown should go the same way, on both sides, minding a
table of starts by month holding such a line); a sheet named with an NI number or a postcode
is refused by the proof's sentence on the sheet list, not the analysis's asking for a rename
(analyse/people.listing_people reads names of staff only); a two-word name alone in a cell
with a hyperlink ('Jane Smith' linked to an e-mail address: the link goes, the name stays).
"""

from __future__ import annotations

import re

import openpyxl
import pytest

import wpxl.plan.contacts
from tests.builders import write_book
from tests.e2e.beside_starts import beside_starts, shown_as_shares
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_s27_leaks import OUTCOME_VOLUME
from tests.e2e.test_hunted_staff_notes import referrals_noted, shown_with_note
from tests.leaks import cell_numbers, package_text
from tests.misread import BANNER, carried_rounded, proved
from wpxl.model import OutputCell, Plan

ACHIEVED = [97, 88]
IN_PROGRESS = [315, 289]
LEFT = [41, 33]


def _statuses_down(tmp_path):
    """Job starts by status down the table, Leeds and Bradford across."""
    rows: list[list] = [["Job starts by status, 2013/14"], [], ["Status", "Leeds", "Bradford"]]
    rows += [["Achieved", *ACHIEVED], ["In progress", *IN_PROGRESS], ["Left", *LEFT]]
    rows += [["Total", 453, 410]]
    return write_book(tmp_path / "status.xlsx", {"Performance": rows})


def _statuses_across(tmp_path):
    """The same with the statuses across, the areas down."""
    rows: list[list] = [["Job starts by status, 2013/14"], []]
    rows += [["Local authority", "Achieved", "In progress", "Left", "Total"]]
    rows += [["Leeds", 97, 315, 41, 453], ["Bradford", 88, 289, 33, 410]]
    return write_book(tmp_path / "status.xlsx", {"Performance": rows})


ROUNDED_REST = {320, 280, 300, 40}  # 'In progress' and 'Left' rounded, as they went out


@pytest.mark.parametrize("shape", [_statuses_down, _statuses_across])
def test_every_status_of_the_starts_beside_achieved_goes_and_achieved_is_shared(tmp_path, shape):
    """The other statuses are in no share beside 'Achieved' (session 38, hostile): with the
    starts, their shares and the achieved's give the outcomes back."""
    copy, _ = sanitised_beside(shape(tmp_path))
    assert not (ROUNDED_REST | {100, 80}) & cell_numbers(copy)
    book = openpyxl.load_workbook(copy)
    shares = book["Job outcomes %"]
    labels = {c.value for row in shares.iter_rows() for c in row if isinstance(c.value, str)}
    assert "Achieved" in labels
    assert not {"In progress", "Left"} & labels


def test_the_months_of_the_starts_beside_an_achieved_line_stay_rounded(tmp_path):
    rows: list[list] = [["Job starts by month, 2013/14"], [], ["Month", "Leeds", "Bradford"]]
    rows += [["Apr 2013", 41, 37], ["May 2013", 52, 44], ["Jun 2013", 38, 29], ["Achieved", 30, 25]]
    copy, _ = sanitised_beside(write_book(tmp_path / "months.xlsx", {"Performance": rows}))
    sheet = openpyxl.load_workbook(copy)["Performance"]
    shown = [[sheet.cell(r, c).value for c in (2, 3)] for r in range(6, 10)]
    assert shown == [[40, 40], [60, 40], [40, 20], [None, None]]


def _rest_carried(down: bool):
    """'In progress' and 'Left' carried rounded, as a plan reading them as starts would."""

    def carried(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Performance").cells
        for line, counts in enumerate([IN_PROGRESS, LEFT], start=4):
            for other, count in enumerate(counts, start=1):
                at = (line + BANNER, other) if down else (other + 2 + BANNER, line - 2)
                cells[at] = OutputCell(float((count + 10) // 20 * 20), kind="rounded")

    return carried


@pytest.mark.parametrize(
    ("shape", "down", "parts"),
    [
        (_statuses_down, True, {"'Performance' B7", "'Performance' C7", "'Performance' B8",
                                "'Performance' C8"}),
        (_statuses_across, False, {"'Performance' C6", "'Performance' C7", "'Performance' D6",
                                   "'Performance' D7"}),
    ],
)  # fmt: skip
def test_the_proof_alone_refuses_the_other_statuses_carried(tmp_path, shape, down, parts):
    source = shape(tmp_path)
    assert proved(tmp_path, source) == []
    found = proved(tmp_path, source, _rest_carried(down))
    assert parts <= {f.part for f in found if f.kind == OUTCOME_VOLUME}


@pytest.mark.parametrize(
    ("aside", "period"),
    [
        ("(provisional)", "in 2013/14 on sheet"),
        ("(provisional, Janet checking", "in 2013/14 on sheet"),
        ("(April to June)", "in 2013/14 (April to June) on sheet"),
    ],
)
def test_the_intro_repeats_the_titles_period_without_an_aside_or_an_open_bracket(
    tmp_path, aside, period
):
    rows: list[list] = [[f"Job starts and job outcomes, 2013/14 {aside}"], []]
    rows += [["Local authority", "Job starts", "Job outcomes"]]
    rows += [["Leeds", 412, 97], ["Bradford", 377, 88], ["Wakefield", 251, 61]]
    copy, _ = sanitised_beside(write_book(tmp_path / "titled.xlsx", {"Performance": rows}))
    intro = openpyxl.load_workbook(copy)["Job outcomes %"].cell(4, 1).value
    assert period in intro
    assert intro.count("(") == intro.count(")")


ROLE_NAMED = [
    "Figures checked (adviser Jane)",
    "Figures checked (adviser Jane Smith)",
    "Checked by adviser Jane Smith",
    "Work coach Jane Smith covered Leeds",
]


@pytest.mark.parametrize("note", ROLE_NAMED)
def test_a_note_naming_staff_after_their_role_closed_by_a_bracket_or_a_surname_goes(tmp_path, note):
    _, text = shown_with_note(tmp_path, note)
    assert "Jane" not in text


@pytest.mark.parametrize("note", ROLE_NAMED)
def test_the_proof_alone_refuses_staff_named_after_their_role_so(tmp_path, monkeypatch, note):
    monkeypatch.setattr(wpxl.plan.contacts, "NAMED_FIRST", re.compile(r"(?!)"))
    source = write_book(tmp_path / "noted.xlsx", {"Referrals": referrals_noted(note)})
    kinds = {f.kind for f in proved(tmp_path, source)}
    assert "what looks like a member of staff named by first name beside their role" in kinds


def test_a_title_naming_staff_after_their_role_in_brackets_goes(tmp_path):
    rows: list[list] = [["Job starts and job outcomes, 2013/14 (adviser Jane Smith)"], []]
    rows += [["Local authority", "Job starts", "Job outcomes"]]
    rows += [["Leeds", 412, 97], ["Bradford", 377, 88], ["Wakefield", 251, 61]]
    copy, _ = sanitised_beside(write_book(tmp_path / "titled.xlsx", {"Performance": rows}))
    assert "Jane" not in package_text(copy)


JOBS_OUT = ["JOBS OUT", "Job Out", "Jobs out", "Job outs"]
OUTCOMES = [97, 88, 61, 73, 39]


@pytest.mark.parametrize("header", JOBS_OUT)
def test_jobs_out_beside_the_starts_are_shown_as_percentages(tmp_path, header):
    assert shown_as_shares(tmp_path, header, OUTCOMES)


@pytest.mark.parametrize("header", JOBS_OUT)
def test_the_proof_alone_refuses_jobs_out_carried(tmp_path, header):
    source = write_book(tmp_path / "out.xlsx", {"Performance": beside_starts(header, OUTCOMES)})
    found = proved(tmp_path, source, carried_rounded(OUTCOMES))
    assert {f.part for f in found if f.kind == OUTCOME_VOLUME} >= {
        f"'Performance' C{r}" for r in range(6, 11)
    }
