"""Session 35 (arith): outcome volumes a reader works back with a calculator from what the copy
shows, no cell of it an outcome count.

Most of what was tried was already held: a rate of outcomes beside the counts it divides or on
another sheet ('Job outcome rate', 'Sustainment rate', 'Success rate', '13 week retention %',
'Off-flow %', 'Per 100 referrals', 'Ratio: 1 in 11'), a share typed with no counts, a base in a
footnote ('Base: all job outcomes (100)'), a count beside the starts that leaves the outcomes
as their difference ('Left work before 13 weeks', 'Returned to benefit', 'Dropped out',
'Pending | Ended | Achieved'), a target of outcomes and '% of target', a total adding outcomes
to the other measures, records listed one a line, and notes stating a number or a number word
about outcomes ('up 12 on last month', 'a dozen', 'one in four job starts', 'twice those in
Bradford', 'its 43rd job outcome', '100% of job starts').

What passed: a note saying how many outcomes with no number in it. Each went out as it was,
and the copy passed its proof, though its digits twin is refused:

- an ordinal in words before a job outcome ('Wakefield achieved its second job outcome',
  'Leeds reached its hundredth job outcome', 'Leeds delivered its first ever job outcome this
  month'): the outcomes to date, as 'its 2nd job outcome' states them;
- none at all ('There were no job outcomes in Wakefield this month', 'Nobody in Wakefield
  reached a job outcome', "Wakefield's outcomes fell to zero", 'nil return', a label 'Wakefield
  (no job outcomes)'): an outcome volume of 0, as '0 job outcomes' states it;
- every one, or as many as, of a count the copy shows beside it ('Every job start in Wakefield
  reached an outcome', 'All Wakefield starts converted to outcomes', 'Wakefield converted all
  its starts', 'full conversion', 'Job starts (all reached a job outcome)', "Wakefield's job
  outcomes equalled its job starts"): the rounded starts beside it (40) are then the outcomes
  to within 10, as '100% of Wakefield job starts' gives them.

Both readings take them now (wpxl/plan/worded_amounts, asked by plan/quoting
``states_an_outcome_amount``; wpxl/verify/worded_amounts, asked by verify/amounts
``OutcomeAmounts.stated``, each with its own words): such a text goes, with its reason on the
cover, and the proof alone refuses a copy carrying one. What says how many of nothing stays:
'No job outcome figures are shown in this pack' (what the copy holds), a header 'No outcome'
over a status of the starts, 'Time to first job outcome ...', 'The second sustainment payment
...' (an ordinal before a sustainment names the payment, as '2nd' does), 'Job outcomes are
matched to job starts by participant ID', '... achieved by all participants referred ...', '...
paid after 13 weeks in work for each participant'.

Such words in a table's title went out on the cover: 'Job starts by office (every Wakefield
start reached a job outcome)' over small counts was removed from its sheet, and the warning
naming the table quoted it ("table 'Job starts by office (every Wakefield ...' on 'Offices': 3
of 3 figures are shown as 20 or less"), on the cover and on stdout, and the copy passed its
proof. The plan quotes a title only where it states no amount, and now none with no number
either (plan/table_names ``figure_free``, report/results ``report_title``): the table is
'table 1 on 'Offices''. The proof had left wpxl's own sentences unread for amounts, so a title
they quote was never judged, even one stating '3 job outcomes': each title quoted so ("table
'...' on '...'", "(table '...')" in a percentage sheet's intro) is judged now as a carried text
is (verify/quoted_titles). And a percentage sheet's words saying how many outcomes with no number
('Wakefield (no job outcomes)' as a line's label) were read only for numbers there
(verify/percent_words): the proof refuses them carried (verify/amounts ``stated_amounts``).

A right copy refused: sustainments counted per person, 'Number of sustainment payments |
Participants' over 1, 2, 3, 4 (how many payments each had) and a Total line. The plan shows
the participants' shares on a percentage sheet, each line named by its number ('1' .. '4'),
which no reader can turn into a volume; but the proof vouches for a number naming a line only
under words naming what it numbers, and 'payments' named an amount to it, so it refused the
copy with "an amount stated in the words of a percentage sheet" and asked the analyst to
report it, for 'Payments received', 'No. of payments' and 'Sustainment payments received' too.
The proof reads such a first column as the lines' own numbers now where they count from 1, one
apart (verify/label_heads ``PAYMENTS_HAD``, verify/label_figures); numbers that do not count
so are judged as before.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import BANNER, proved
from wpxl.model import OutputCell, Plan

STATED = "it states an amount about outcomes (a volume, or a rate that gives one back)"
UNNUMBERED = [
    "Wakefield achieved its second job outcome.",
    "Leeds reached its hundredth job outcome.",
    "Leeds delivered its first ever job outcome this month.",
    "There were no job outcomes in Wakefield this month.",
    "Nobody in Wakefield reached a job outcome.",
    "Wakefield's outcomes fell to zero.",
    "Job outcomes: nil return for Wakefield.",
    "Wakefield (no job outcomes)",
    "Wakefield has yet to achieve a job outcome.",
    "Every job start in Wakefield reached an outcome.",
    "All Wakefield starts converted to outcomes.",
    "Job starts (all reached a job outcome)",
    "Wakefield converted all its starts.",
    "Wakefield achieved full conversion of its job starts.",
    "Wakefield's job outcomes equalled its job starts.",
    "As many job outcomes as job starts in Wakefield.",
    "Wakefield: job outcomes = job starts.",
]
SAYING_NO_AMOUNT = [
    "No job outcome figures are shown in this pack.",
    "Job outcome volumes are never shown.",
    "Time to first job outcome is measured from attachment.",
    "The second sustainment payment is paid after 8 weeks.",
    "Job outcomes are matched to job starts by participant ID.",
    "Job outcomes achieved by all participants referred in the period are shown as percentages.",
    "A job outcome is paid after 13 weeks in work for each participant.",
    "Job outcomes for March have not yet been validated.",
    "None of these figures include payments to subcontractors.",
    "Job outcome shares: none suppressed this month.",
    "Outcome figures for offices with zero referrals are not shown.",
]


def _starts_with_a_note(path: Path, note: str) -> Path:
    """Referrals and job starts by office, SUM totals cached as Excel saves them, and ``note``
    under the table (row 8)."""
    rows = [
        ["Referrals and job starts by office, April 2014"],
        ["Office", "Referrals", "Job starts"],
        ["Leeds", 412, 131],
        ["Bradford", 388, 97],
        ["Wakefield", 127, 41],
        ["Total", "=SUM(B3:B5)", "=SUM(C3:C5)"],
        [],
        [note],
    ]
    cached = {("Offices", "B6"): 927, ("Offices", "C6"): 269}
    return write_book(path, {"Offices": rows}, cached=cached)


def _texts(output: Path, sheet: str) -> set[str]:
    book = openpyxl.load_workbook(output)
    return {c.value for row in book[sheet].iter_rows() for c in row if isinstance(c.value, str)}


@pytest.mark.parametrize("note", UNNUMBERED)
def test_outcomes_counted_with_no_number_go(tmp_path, note):
    output, said = sanitised_beside(_starts_with_a_note(tmp_path / "offices.xlsx", note))
    assert note not in _texts(output, "Offices")
    cover = _texts(output, "About this workbook")
    assert f"- text, 'Offices' A8: {STATED}" in cover
    assert f"removed: 'Offices' A8: {STATED}" in said


@pytest.mark.parametrize("note", UNNUMBERED)
def test_the_proof_alone_refuses_outcomes_counted_with_no_number_carried(tmp_path, note):
    def carried(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Offices").cells
        cells[(7 + BANNER, 0)] = OutputCell(note, kind="kept")

    source = _starts_with_a_note(tmp_path / "offices.xlsx", note)
    findings = {str(f) for f in proved(tmp_path, source, carried)}
    assert "'Offices' A10: an amount stated about outcomes (it could give an outcome volume " \
        "back)" in findings  # fmt: skip


@pytest.mark.parametrize("note", SAYING_NO_AMOUNT)
def test_notes_saying_how_many_of_nothing_stay(tmp_path, note):
    output, said = sanitised_beside(_starts_with_a_note(tmp_path / "offices.xlsx", note))
    assert note in _texts(output, "Offices")
    assert "A8" not in said


def test_a_header_naming_starts_with_no_outcome_stays(tmp_path):
    rows = [
        ["Job starts by office"],
        ["Office", "Job starts", "Job outcome", "No outcome"],
        ["Leeds", 131, 37, 94],
        ["Bradford", 97, 52, 45],
        ["Wakefield", 41, 11, 30],
        ["Total", "=SUM(B3:B5)", "=SUM(C3:C5)", "=SUM(D3:D5)"],
    ]
    cached = {("Starts", "B6"): 269, ("Starts", "C6"): 100, ("Starts", "D6"): 169}
    source = write_book(tmp_path / "statuses.xlsx", {"Starts": rows}, cached=cached)
    output, said = sanitised_beside(source)
    assert "No outcome" in _texts(output, "Starts")  # its shares go (session 38, hostile)
    assert STATED not in said


QUOTED_TITLE = "Job starts by office (every Wakefield start reached a job outcome)"


def _small_starts(path: Path, title: str) -> Path:
    """Job starts by office, every count small (so a warning names the table), under
    ``title``."""
    rows = [
        [title],
        ["Office", "Job starts"],
        ["Leeds", 4],
        ["Bradford", 7],
        ["Wakefield", 3],
        ["Total", "=SUM(B3:B5)"],
    ]
    return write_book(path, {"Offices": rows}, cached={("Offices", "B6"): 14})


def test_a_title_counting_outcomes_with_no_number_is_not_quoted_in_a_warning(tmp_path):
    output, said = sanitised_beside(_small_starts(tmp_path / "offices.xlsx", QUOTED_TITLE))
    cover = _texts(output, "About this workbook")
    assert not any(QUOTED_TITLE in text for text in cover)
    assert QUOTED_TITLE not in said
    assert "warning: table 1 on 'Offices': 3 of 3 figures are shown as 20 or less" in said


@pytest.mark.parametrize(
    "title", [QUOTED_TITLE, "Job starts by office (Wakefield: 3 job outcomes)"]
)
def test_the_proof_alone_refuses_a_title_stating_outcomes_quoted_on_the_cover(tmp_path, title):
    def quoted(plan: Plan) -> None:
        cover = plan.sheets[0].cells
        for coord, cell in list(cover.items()):
            if isinstance(cell.value, str) and "table 'Job starts by office'" in cell.value:
                named = cell.value.replace("'Job starts by office'", f"'{title}'")
                cover[coord] = OutputCell(named, kind=cell.kind, style=cell.style)

    source = _small_starts(tmp_path / "offices.xlsx", "Job starts by office")
    findings = {str(f) for f in proved(tmp_path, source, quoted)}
    assert "'About this workbook' A16: an amount stated about outcomes (it could give an " \
        "outcome volume back)" in findings  # fmt: skip


def _outcomes_by_office(path: Path, wakefield: str) -> Path:
    rows = [
        ["Job outcomes by office, April 2014"],
        ["Office", "Job outcomes"],
        ["Leeds", 43],
        ["Bradford", 46],
        [wakefield, 0],
        ["Total", "=SUM(B3:B5)"],
    ]
    return write_book(path, {"Outcomes": rows}, cached={("Outcomes", "B6"): 89})


def test_a_percentage_label_counting_outcomes_with_no_number_goes(tmp_path):
    source = _outcomes_by_office(tmp_path / "outcomes.xlsx", "Wakefield (no job outcomes)")
    output, said = sanitised_beside(source)
    assert "Wakefield (no job outcomes)" not in _texts(output, "Job outcomes %")
    assert f"removed: 'Job outcomes %' A9: {STATED}" in said


def test_the_proof_alone_refuses_a_percentage_label_counting_outcomes_carried(tmp_path):
    def carried(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Job outcomes %").cells
        cells[(8, 0)] = OutputCell("Wakefield (no job outcomes)", kind="label")

    source = _outcomes_by_office(tmp_path / "outcomes.xlsx", "Wakefield")
    findings = {str(f) for f in proved(tmp_path, source, carried)}
    assert "'Job outcomes %' A9: an amount stated about outcomes (it could give an outcome " \
        "volume back)" in findings  # fmt: skip


@pytest.mark.parametrize(
    "head", ["Number of sustainment payments", "Payments received", "No. of payments"]
)
def test_participants_by_number_of_sustainment_payments_are_shared(tmp_path, head):
    rows = [
        ["Participants by number of sustainment payments, 2014-15"],
        [head, "Participants"],
        *[[number, count] for number, count in enumerate([41, 37, 29, 12], start=1)],
        ["Total", "=SUM(B3:B6)"],
    ]
    source = write_book(tmp_path / "payments.xlsx", {"Paid": rows}, cached={("Paid", "B7"): 119})
    output, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(output)["Sustainments %"]
    lines = [[c.value for c in row] for row in sheet.iter_rows(min_row=6, max_col=2)]
    assert lines == [
        [head, "Participants"],
        ["1", 0.34],
        ["2", 0.31],
        ["3", 0.24],
        ["4", 0.1],
        ["Total", 1],
    ]
