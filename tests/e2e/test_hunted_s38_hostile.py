"""What a hunt through hostile but plausible packs found (session 38).

Packs were built as an analyst who wants the outcome figures to reach the council would make
them, or a careless one: figures where they do not look to be (digits typed full-width, a
non-breaking space after a count, '1,137' and '1.37E+02' typed as text, =137/1, =B5*0+137,
=VALUE("1"&"37"), =N("31"), a formula whose cached value is not what it computes, notes built
by ="..."&C4, =TEXT(..) and =CHAR(..), Arabic-Indic digits), outcome volumes under words a
WP analyst uses ('Job starts reaching 26 weeks', 'Reached trigger point', '26wk', 'Met earnings
threshold', 'Payable', 'Outc.'), and arithmetic across what is shown (a share of the starts to
full precision, a conversion rate, an outcome rate to 2 or 4 places, outcomes per 100 starts,
an index with April = 100, a % change on last month, a share of outcomes to 3 places, a
customer journey with '% of referrals' or '% of previous stage'). wpxl held all of them.

What passed: the job starts broken down by whether they reached an outcome. 'Office | Job starts
| Job outcome | No outcome' (session 35 left its shares shown, asserting only that the header
'No outcome' states no amount), 'Result' down 'Job outcome paid', 'No job outcome' and 'Total
job starts', 'Area | Achieved | Not yet achieved' beside a table of the starts, or a customer
journey's 'Stage | Number | Drop-off' ('Lost at this stage'). Both lines are outcome volumes
(the starts less the rest are the outcomes) and both left the volume sheet, but the percentage
sheet showed them side by side, and the copy passed its proof:

- a line holding both ('Job outcome paid 22 %, No job outcome 78 %', a journey's outcome row
  'Number 23 % | Drop-off 77 %') is the starts' conversion rate: with the starts the copy
  shows rounded (140), 23 % of them is Leeds' 31 job outcomes to within 3;
- each office's share of the outcomes (p) and of the rest (q), with its rounded starts (S = pA
  + qN), is a set of equations a reader solves by least squares: the offices' 37, 52 and 11
  job outcomes came back as 36, 50.5 and 10.7. So did 'Achieved | In progress | Left' by
  office (three unknowns, four offices), and the outcomes and 'Job starts without a job
  outcome' by office as tables on sheets of their own, each its own percentage sheet.

R3 allows a breakdown of the outcomes, never one of the starts by whether they reached one.
The plan leaves the lines counting the rest ('No (job) outcome', 'Not (yet) achieved',
'Without a job outcome', 'Unconverted', 'Drop-off', 'Lost at this stage'), and totals adding
them up, out of every share and its base, and lists them on the cover with their cells
(plan/rest_lines, asked by plan/percentages and plan/percent_lines); the outcomes are shown as
shares of the outcomes alone, or, one figure left, removed as one; a table of the rest alone
goes whole ('Not yet achieved' alone beside the starts, shown as shares since session 30).
'Fell out of work' or 'Dropped out of work' beside the starts (session 21: a job that ended)
is still shown as its breakdown, and groups of the outcomes ('No', 'Not known', 'No qualifications')
are still shares. The proof reads the copy's words alone (verify/rest_shares, asked by
verify/percent_recovery): a percentage whose row's labels or column's headers name the rest,
or that stands beside a bare 'Achieved', in a copy also showing percentages of lines that do
not (on its sheet or another), is refused.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.beside_starts import beside_starts
from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from wpxl.plan import percentages
from wpxl.verify.rest_shares import BESIDE_THE_REST

OFFICES = [["Leeds", 131, 37, 94], ["Bradford", 97, 52, 45], ["Wakefield", 41, 11, 30]]


def _by_office(path: Path, rest: str) -> Path:
    """Job starts by office, split into those that reached a job outcome and ``rest``."""
    rows: list[list] = [["Job starts by office"], ["Office", "Job starts", "Job outcome", rest]]
    rows += [list(line) for line in OFFICES]
    rows.append(["Total", "=SUM(B3:B5)", "=SUM(C3:C5)", "=SUM(D3:D5)"])
    cached = {("Starts", "B6"): 269, ("Starts", "C6"): 100, ("Starts", "D6"): 169}
    return write_book(path, {"Starts": rows}, cached=cached)


def _by_result(path: Path) -> Path:
    """The month's job starts down one column: those paid a job outcome, the rest, the total."""
    rows = [
        ["Job starts in April 2013 by what happened next"],
        [],
        ["Result", "Number"],
        ["Job outcome paid", 98],
        ["No job outcome", 346],
        ["Total job starts", "=B4+B5"],
    ]
    return write_book(path, {"Performance": rows}, cached={("Performance", "B6"): 444})


def _journey(path: Path) -> Path:
    """A customer journey: each stage's number and those lost since the stage before."""
    rows = [
        ["Customer journey, Leeds, April 2013"],
        [],
        ["Stage", "Number", "Drop-off"],
        ["Referrals", 512, None],
        ["Attachments", 480, 32],
        ["Job starts", 137, 343],
        ["Job outcomes", 31, 106],
        ["Sustainments", 12, 19],
    ]
    return write_book(path, {"Performance": rows})


def _statuses(path: Path) -> Path:
    """Job starts by office beside their statuses: achieved, in progress, left."""
    rows: list[list] = [["Job starts by office"]]
    rows.append(["Office", "Job starts", "Achieved", "In progress", "Left"])
    rows += [
        ["Leeds", 131, 37, 60, 34],
        ["Bradford", 97, 52, 30, 15],
        ["Wakefield", 41, 11, 20, 10],
        ["York", 88, 20, 50, 18],
    ]
    return write_book(path, {"Starts": rows})


def _apart(path: Path) -> Path:
    """The starts, their outcomes and the rest by office, each a table on a sheet of its own."""
    tables = {
        "Starts": ("Job starts by office", "Job starts", 1),
        "Outcomes": ("Job outcomes by office", "Job outcomes", 2),
        "Rest": ("Job starts without a job outcome, by office", "No job outcome", 3),
    }
    sheets = {
        sheet: [[title], ["Office", head], *([line[0], line[at]] for line in OFFICES)]
        for sheet, (title, head, at) in tables.items()
    }
    return write_book(path, sheets)


SHAPES = {
    "no outcome by office": (lambda p: _by_office(p, "No outcome"), "'Starts' D3:D6"),
    "not yet achieved by office": (lambda p: _by_office(p, "Not yet achieved"), "'Starts' D3:D6"),
    "no job outcome down a column": (_by_result, "'Performance' B5"),
    "a journey's drop-off": (_journey, "'Performance' C7:C8"),
    "in progress and left beside achieved": (_statuses, "'Starts' D3:D6, E3:E6"),
    "the rest on a sheet of its own": (_apart, "'Rest' B3:B5"),
}


def _shares(output: Path) -> dict[str, list]:
    """Each percentage sheet's texts and numbers, by sheet."""
    book = openpyxl.load_workbook(output)
    return {
        ws.title: [c.value for row in ws.iter_rows() for c in row if c.value is not None]
        for ws in book
        if ws.title.endswith("%")
    }


@pytest.mark.parametrize("shape", SHAPES)
def test_those_who_reached_no_outcome_are_in_no_share_beside_the_outcomes(tmp_path, shape):
    build, where = SHAPES[shape]
    output, said = sanitised_beside(build(tmp_path / "journey.xlsx"))
    words = [v for values in _shares(output).values() for v in values if isinstance(v, str)]
    rest = {"No outcome", "Not yet achieved", "No job outcome", "Drop-off", "In progress", "Left"}
    assert not rest & set(words)
    assert f"removed: {where}: a count of those who reached no outcome" in " ".join(said.split())


def test_the_outcomes_beside_the_rest_are_shares_of_the_outcomes_alone(tmp_path):
    output, _ = sanitised_beside(_by_office(tmp_path / "offices.xlsx", "No outcome"))
    sheet = openpyxl.load_workbook(output)["Job outcomes %"]
    shares = {sheet.cell(r, 1).value: sheet.cell(r, 2).value for r in range(7, 11)}
    assert shares == {"Leeds": 0.37, "Bradford": 0.52, "Wakefield": 0.11, "Total": 1}
    assert all(sheet.cell(r, 3).value is None for r in range(6, 11))


@pytest.mark.parametrize("shape", SHAPES)
def test_the_proof_alone_refuses_shares_of_the_rest_beside_the_outcomes(
    tmp_path, monkeypatch, shape
):
    """The plan made as before, the rest's shares shown beside the outcomes'."""
    monkeypatch.setattr(percentages, "rest_cells", lambda *_: frozenset())
    build, _ = SHAPES[shape]
    findings = proved(tmp_path, build(tmp_path / "journey.xlsx"))
    assert any(f.kind == BESIDE_THE_REST for f in findings)


def test_groups_of_the_outcomes_saying_no_stay_shares(tmp_path):
    rows = [
        ["Job outcomes by disability, April 2013"],
        [],
        ["Disability", "No. of job outcomes"],
        ["Yes", 31],
        ["No", 45],
        ["Not known", 22],
        ["No qualifications", 13],
    ]
    output, _ = sanitised_beside(write_book(tmp_path / "groups.xlsx", {"Outcomes": rows}))
    (values,) = _shares(output).values()
    assert {"Yes", "No", "Not known", "No qualifications"} <= set(values)
    assert "reached no outcome" not in str(values)


def test_the_rest_alone_beside_the_starts_goes_listed(tmp_path):
    """'Not yet achieved' alone beside the starts (session 30 showed its shares): a table of
    the rest alone goes whole, beside another's outcome shares or not; 'Dropped out of work'
    (a job that ended, session 21) names no outcome the starts missed and stays shares."""
    rows = beside_starts("Not yet achieved", [97, 88, 61, 73, 39])
    output, said = sanitised_beside(write_book(tmp_path / "rest.xlsx", {"Performance": rows}))
    assert not _shares(output)
    assert "a count of those who reached no outcome" in " ".join(said.split())
