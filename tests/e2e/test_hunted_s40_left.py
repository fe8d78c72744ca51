"""Session 40 (left): session 39's leftovers, each confirmed on main first.

Job outcomes broken down twice in one column ('All participants', 'Gender' over 'Male' and
'Female', 'Age' over '18-24', '25-49' and '50+'): session 39 made the plan show each breakdown
as shares of the total, but the proof would pass a copy with every share halved (both
breakdowns taken into one base: 'All participants' 50%, Male 30% where he has 60%) or a third
(the total taken in too): its reading of a line (verify/percent_recovery) takes every line not
named a total for a part of one base, and found either no input explaining the shares or the
wrong base and nothing wrong with it. The proof has its own reading now (verify/twice_broken):
a row naming the whole ('Total', 'All participants') whose count two or more runs of the line's
other parts each add up to, to the last digit, is a total broken down that many ways, and each
share must be its count over the total's; anything else is refused. With the right shares
found, the proof searched them as a reader would, which it had never done (no input explained
them as one base): each breakdown is a whole of the same base, and the ages' shares read with
the genders' gave a base of 27 outcomes back, a copy main verified (LEAK). The plan searches
each other breakdown alone and with the line's own as breakdowns of one base (plan/coarsen
``again``, the runs analyse/other_breakdowns finds), and shows such a line coarser.

A one-column table of referrals by gender, then by age, no heading lines ('Male 33 | Female 20
| 18-24 13 | 25-49 25 | 50+ 15'): one column asks a line to add up in one place alone, so
'Male', the sum of 'Female' and '18-24' by chance, was read as their total and written
=SUM(B7:B8), 40 (its own 33 rounds to 40 too: invariant 1 passed it). Words win, as for payment
groups: a line named a value of a characteristic (a gender, an age band, 'Disabled') over a line
naming another value of it outside its own is no total (analyse/sibling_values, asked by
analyse/payment_groups ``words_over_arithmetic``); 'Male' over its own age bands, '16-64' over
'16-24' and '25-49' are read by their figures as before. The proof reads the words itself
(verify/sibling_sums, in invariant 10) and refuses such a SUM alone.

Job starts by office and how long the job lasted ('Under 13 weeks | 13 to 25 weeks | 26 weeks
or more') under a title naming claimants ('Job starts of claimants by office and how long the
job lasted', or a line 'Long-term unemployed claimants on benefits only' over it): the proof
(verify/short_bands) read any of 'claimant', 'unemployed', 'benefit', 'aged' within five rows
above a band as its being a time before the job, so a copy showing every band's shares passed.
The plan was weaker still under the line over the title: 'unemployed' in a title made every
band a time before the job (analyse/starts_lines), so the bands were rounded as starts and
'26 weeks or more', the outcomes, went out as volumes, verified (LEAK). A title naming a time
in work ('how long the job lasted') wins over such words in the plan now. In the proof, words
count as a time before the job only where they name one ('duration of claim', 'time
unemployed', 'time from attachment to job outcome', 'unemployment duration': a time word bound
to what it is spent on or counted from), and words of a time in work beside them ('how long the
job lasted', 'in work', 'job duration') win. The title stays a place both read: published
tables name what their bands measure there alone ('Job outcomes by office and duration of
claim' over 'Under 26 weeks ...', session 39's pins), which a reading of the bands' own header
alone would lose.

A typed 'Start rate' (0.25 beside 412 referrals and 103 job starts, no formula) was removed as
'a rate wpxl cannot work out from shared figures', though session 39 rebuilt the same column
headed 'Conversion rate'. A header naming a shared measure's rate alone ('Start rate', 'Job
start rate', 'Attachment rate') is read as a conversion's is (analyse/shared_rates): rebuilt
over the rounded cells where one pair of shared columns gives every figure as typed.

A tidy extract 'Office | Measure | Month | Amount' (referrals, job starts and job outcomes in
its rows) lost the whole column as 'an amount of money', where the same column headed 'Value'
went out right: 'Amount' alone over a line naming its measure is that measure's count, as
'Value' is (analyse/value_columns; the proof's verify/money_words the same). A line naming
money ('Attachment fee', 'Job outcome payment') keeps it money.

'Office | Job outcomes | Sanctions | Left' under 'Job starts by office and status' (the starts
by office on another sheet): 'Sanctions' was removed with 'Left' as 'a count of those who
reached no outcome', which it is not; with 'Left' alone beside the outcomes, or 'Sanctions'
alone, the copy was refused, the user asked to put outcome words in the title: the plan read
one line beside the outcomes as no status (it asked two) and kept it rounded, and the proof
read any line right of 'Job outcomes' naming no measure as the outcomes'. A line counting
events of its own ('Sanctions', 'Appointments', 'Complaints') is no status of a job start in
the plan (analyse/rest_statuses) or the proof (verify/achieved ``counts_its_own``, and
verify/outcomes reads no header left of such a band as its measure): kept rounded. One status
alone beside the outcomes ('Left') is the rest as surely as two: removed and listed.

Job outcomes by office in one row ('Leeds | 57 | 61 | 70' under 'Q1 | Q2 | Q3'): the
percentage sheet showed Leeds at 100% in every column, a sheet that says nothing. Every
breakdown of one figure is withheld as one figure alone was, the cover saying a line alone
(each share 100%) has no percentage breakdown to show (plan/percentages).

Wording. 'Office | Referrals | Job starts | Job outcomes | Total', the Total each office's sum
of all three, was refused as 'wpxl cannot tell whether these counts are referrals, ...: name
the measure in the title', which no words can do: the refusal says the total adds up
referrals, job starts and job outcomes together and counts no one measure, and to remove it or
total each measure on its own (analyse/mixed_totals). Referrals by postcode district ('LS1',
'LS2') were advised to 'show the whole contract package area instead of each council': the
advice names what the rows are ('each postcode district', 'each district', 'each borough';
plan/proposals). The report gave a date heading a column as '2010-06-30 00:00:00' (str() of
the cell's datetime): a date at midnight is its ISO date, '2010-06-30'.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from tests.builders import script_book, write_book
from tests.e2e.runs import copy_formulas, copy_lines, sanitised_beside
from tests.misread import misread_findings, proved
from wpxl.cli import app
from wpxl.model import OutputCell, Plan
from wpxl.plan import percentages
from wpxl.verify.rest_shares import BESIDE_THE_REST
from wpxl.verify.sibling_sums import SIBLING_SUM
from wpxl.verify.twice_broken import TWICE_COUNTED


def _by_gender_then_age(path: Path, lines: dict[str, tuple[int, int]]) -> Path:
    """Job outcomes in two quarters by gender, then by age, under 'All participants'."""
    body: list[list] = [["All participants", *lines["All participants"]], ["Gender"]]
    body += [[k, *lines[k]] for k in ("Male", "Female")] + [["Age"]]
    body += [[k, *lines[k]] for k in ("18-24", "25-49", "50+")]
    rows = [["Job outcomes by characteristic, 2013/14"], [], ["Characteristic", "Q1", "Q2"], *body]
    return script_book(path, {"Table 2": rows})


_LARGE = {
    "All participants": (1011, 957),
    "Male": (611, 557),
    "Female": (400, 400),
    "18-24": (301, 257),
    "25-49": (510, 500),
    "50+": (200, 200),
}


def _one_base(base_of: str) -> object:
    """A change showing every share of 'Job outcomes %' as its count over the sum of every
    line's count (``base_of`` 'all') or of every line's but the total's ('parts'), as a plan
    taking both breakdowns into one base would."""

    def change(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Job outcomes %")
        labels = {r: c.value for (r, col), c in sheet.cells.items() if col == 0}
        for (row, col), cell in list(sheet.cells.items()):
            if cell.kind == "percent":
                counts = {k: v[col - 1] for k, v in _LARGE.items()}
                base = sum(counts.values())
                if base_of == "parts":
                    base -= counts["All participants"]
                share = round(counts[labels[row]] / base, 2)
                sheet.cells[(row, col)] = replace(cell, value=share)

    return change


def test_the_proof_alone_refuses_two_breakdowns_taken_into_one_base(tmp_path):
    source = _by_gender_then_age(tmp_path / "twice.xlsx", _LARGE)
    assert proved(tmp_path, source) == []  # the plan's own copy: each a share of the total
    for base_of in ("parts", "all"):
        findings = proved(tmp_path, source, _one_base(base_of))
        assert {f.kind for f in findings} == {TWICE_COUNTED}, base_of
        assert [f.part for f in findings] == ["'Job outcomes %' B7:B14", "'Job outcomes %' C7:C14"]


def test_two_breakdowns_of_few_outcomes_are_searched_together(tmp_path):
    lines = {
        "All participants": (27, 57),
        "Male": (16, 30),
        "Female": (11, 27),
        "18-24": (7, 20),
        "25-49": (13, 27),
        "50+": (7, 10),
    }
    output, said = sanitised_beside(_by_gender_then_age(tmp_path / "few.xlsx", lines))
    shares = {line[0]: line[1:] for line in copy_lines(output, "Job outcomes %", 3)[6:]}
    assert [shares[k][0] for k in ("Male", "Female", "18-24", "25-49", "50+")] == [
        0.6,
        0.4,
        0.25,
        0.5,
        0.25,
    ]  # to the nearest 5 %: 59/41 and 26/48/26 % fit no smaller base than 27 together
    assert shares["Male"][1] == 0.53  # 57 outcomes: no base given back, shown as they are
    assert "'Job outcomes %' B7:B14: these percentages of job outcomes are of so few" in said
    cover = openpyxl.load_workbook(output)["About this workbook"]
    assert any("B7:B14" in str(c.value) for row in cover.iter_rows() for c in row)


_GENDER_THEN_AGE: list[list] = [
    ["Referrals by characteristic, 2013/14"],
    [],
    ["Characteristic", "Referrals"],
    ["Male", 33],
    ["Female", 20],
    ["18-24", 13],
    ["25-49", 25],
    ["50+", 15],
]


def test_a_gender_equal_to_the_next_gender_and_an_age_band_is_a_count(tmp_path):
    source = script_book(tmp_path / "coincidence.xlsx", {"Table 2": _GENDER_THEN_AGE})
    output, _ = sanitised_beside(source)
    assert copy_lines(output, "Table 2", 2)[5:10] == [
        ("Male", 40), ("Female", 20), ("18-24", 20), ("25-49", 20), ("50+", 20),
    ]  # fmt: skip
    assert copy_formulas(output, "Table 2") == {}


def test_the_proof_alone_refuses_a_gender_summing_the_other_gender(tmp_path):
    summed = OutputCell(40.0, formula="SUM(B7:B8)", kind="total")
    findings = misread_findings(tmp_path, _GENDER_THEN_AGE, {(3, 1): summed}, "rounded")
    assert [(f.part, f.kind) for f in findings] == [("'Referrals' B6", SIBLING_SUM)]


_OFFICES = [["Leeds", 140, 41, 52, 47], ["Bradford", 100, 22, 18, 60], ["York", 88, 30, 38, 20]]
_CLAIMANTS = {
    "in the title": [["Job starts of claimants by office and how long the job lasted"]],
    "on a line over the title": [
        ["Long-term unemployed claimants on benefits only"],
        ["Job starts by office and how long the job lasted"],
    ],
}


@pytest.mark.parametrize("above", _CLAIMANTS.values(), ids=_CLAIMANTS)
def test_claimants_named_over_bands_of_time_in_work_leave_them_bands_in_work(
    tmp_path, monkeypatch, above
):
    heads = ["Office", "Job starts", "Under 13 weeks", "13 to 25 weeks", "26 weeks or more"]
    source = write_book(tmp_path / "lasted.xlsx", {"Starts": [*above, heads, *_OFFICES]})
    output, _ = sanitised_beside(source)
    lines = {line[0]: line[1:] for line in copy_lines(output, "Starts", 5)}
    assert [lines[office[0]] for office in _OFFICES] == [
        (140, None, None, None), (100, None, None, None), (80, None, None, None),
    ]  # fmt: skip
    assert proved(tmp_path, source) == []  # the plan's copy: the band from none in no share
    monkeypatch.setattr(percentages, "rest_cells", lambda *_: frozenset())  # every band shown
    findings = proved(tmp_path, source)
    assert findings and {f.kind for f in findings} == {BESIDE_THE_REST}


def test_a_typed_start_rate_of_the_referrals_is_rebuilt(tmp_path):
    rows: list[list] = [
        ["Referrals and job starts by office, 2013/14"],
        [],
        ["Office", "Referrals", "Job starts", "Start rate"],
        ["Leeds", 412, 103, 0.25],
        ["Bradford", 300, 61, 0.2033],
        ["York", 188, 40, 0.2128],
        ["Total", 900, 204, 0.2267],
    ]
    output, said = sanitised_beside(write_book(tmp_path / "rates.xlsx", {"Summary": rows}))
    formulas = copy_formulas(output, "Summary")
    assert [formulas[f"D{row}"] for row in range(6, 10)] == ["=C6/B6", "=C7/B7", "=C8/B8", "=C9/B9"]
    assert "removed" not in said


def _tidy(path: Path, head: str, lines: list[tuple[str, int]]) -> Path:
    """An extract of one line a measure (or payment) and office, its figures under ``head``."""
    rows: list[list] = [["Office", "Measure", head]]
    rows += [[office, measure, figure + at] for at, office in enumerate(("Leeds", "York"))
             for measure, figure in lines]  # fmt: skip
    return script_book(path, {"Extract": rows})


def test_amount_over_lines_naming_their_measures_counts_them(tmp_path):
    lines = [("Referrals", 123), ("Job starts", 41), ("Job outcomes", 13)]
    output, said = sanitised_beside(_tidy(tmp_path / "tidy.xlsx", "Amount", lines))
    shown = copy_lines(output, "Extract", 3)[3:]
    assert shown[:2] == [("Leeds", "Referrals", 120), ("Leeds", "Job starts", 40)]
    assert "'Extract' C4, C7: outcome volumes are never shared" in " ".join(said.split())
    payments = [("Attachment fee", 48000), ("Job outcome payment", 120000)]
    _, said = sanitised_beside(_tidy(tmp_path / "paid.xlsx", "Amount", payments))
    assert "an amount of money" in said


_STARTS_BY_OFFICE = [["Job starts by office"], ["Office", "Job starts"], *(o[:2] for o in _OFFICES)]
_BESIDE = {  # the other lines' heads, what the copy shows of Leeds's, the rest's cells
    "sanctions alone": (["Sanctions"], (20,), ""),
    "sanctions and left": (["Sanctions", "Left"], (20, None), "D3:D5"),
    "left alone": (["Left"], None, "C3:C5"),  # the sheet wholly of outcomes and the rest: gone
}


@pytest.mark.parametrize("case", _BESIDE.values(), ids=_BESIDE)
def test_sanctions_beside_the_outcomes_are_no_status_of_the_starts(tmp_path, case):
    heads, leeds, rest = case
    figures = {"Leeds": [12, 30], "Bradford": [9, 20], "York": [7, 25]}
    rows: list[list] = [["Job starts by office and status"], ["Office", "Job outcomes", *heads]]
    rows += [[name, outcomes, *figures[name][: len(heads)]] for name, _, outcomes, *_ in _OFFICES]
    book = {"Starts": _STARTS_BY_OFFICE, "Status": rows}
    output, said = sanitised_beside(write_book(tmp_path / "status.xlsx", book))
    sheets = openpyxl.load_workbook(output).sheetnames
    if leeds is not None:
        lines = {line[0]: line[2:] for line in copy_lines(output, "Status", 2 + len(heads))}
        assert lines["Leeds"] == leeds
    else:
        assert "Status" not in sheets
    said = " ".join(said.split())
    assert ("a count of those who reached no outcome" in said) == bool(rest)
    assert not rest or f"removed: 'Status' {rest}: a count of those who reached no outcome" in said


def test_outcomes_of_one_line_are_withheld_as_a_line_alone(tmp_path):
    rows = [
        ["Job outcomes by office, 2013/14"],
        ["Office", "Q1", "Q2", "Q3"],
        ["Leeds", 57, 61, 70],
    ]
    output, said = sanitised_beside(write_book(tmp_path / "lone.xlsx", {"Outcomes": rows}))
    assert not [name for name in openpyxl.load_workbook(output).sheetnames if "%" in name]
    assert (
        "removed: 'Outcomes' B3:D3: outcome volumes are never shared; a line alone (each share "
        "100%) has no percentage breakdown to show"
    ) in " ".join(said.split())


def test_a_total_of_referrals_starts_and_outcomes_is_refused_as_one(tmp_path):
    rows: list[list] = [["Performance by office"], [], ["Office", "Referrals", "Job starts",
                        "Job outcomes", "Total"]]  # fmt: skip
    rows += [["Leeds", 412, 100, 41, 553], ["York", 188, 60, 30, 278]]
    source = write_book(tmp_path / "mixed.xlsx", {"Summary": rows})
    result = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert result.exit_code != 0
    assert " ".join(result.stderr.split()) == (
        "wpxl: mixed.xlsx: sheet 'Summary', table 1 (cell E4): a total adding up referrals, "
        "job starts and job outcomes together counts no one measure. Remove it, or total each "
        "measure on its own, and try again."
    )


def test_the_advice_for_postcode_districts_names_them(tmp_path):
    rows: list[list] = [["Referrals by postcode district, 2013/14"], [], ["Postcode district",
                        "Q1", "Q2"], ["LS1", 3, 5], ["LS2", 7, 2], ["LS3", 4, 6]]  # fmt: skip
    _, said = sanitised_beside(script_book(tmp_path / "postcodes.xlsx", {"Referrals": rows}))
    said = " ".join(said.split())
    assert "show the whole contract package area instead of each postcode district" in said
    assert "each council" not in said


def test_the_report_gives_a_dated_column_its_date(tmp_path):
    months = [dt.datetime(2010, 4, 30), dt.datetime(2010, 5, 31), dt.datetime(2010, 6, 30)]
    rows: list[list] = [["Referrals by office and month"], [], ["Office", *months]]
    rows += [["Leeds", 3, 7, 4], ["York", 5, 2, 9], ["Total", 8, 9, 13]]
    source = script_book(tmp_path / "dated.xlsx", {"Referrals": rows})
    report = tmp_path / "report.json"
    args = ["sanitise", str(source), "--out-dir", str(tmp_path), "--report", str(report)]
    assert CliRunner().invoke(app, args).exit_code == 0
    text = report.read_text()
    assert "00:00:00" not in text
    labels = {
        e["label"]
        for f in json.loads(text)["files"]
        for t in f["quality"]
        for e in t["total_errors"]
    }
    assert labels == {"Total / 2010-04-30", "Total / 2010-05-31", "Total / 2010-06-30"}
