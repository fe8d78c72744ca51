"""Outcome volumes are known under the abbreviations providers use (issue 14, invariant 3).

"JO", "JOs", "SP" and "SPs" name job outcomes and sustainment payments; they match as whole
words in capitals only, so a name ("Jo Price") or "job starts" never makes counts outcomes.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.leaks import package_numbers
from wpxl.analyse import analyse_workbook
from wpxl.analyse.words import measure_in
from wpxl.model import Measure, Role
from wpxl.policy import DEFAULT_MEASURE_WORDS, Policy
from wpxl.read import read_workbook
from wpxl.sanitise import sanitise_file

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
COUNTS = [[137, 163, 151], [211, 247, 229], [113, 127, 119], [103, 109, 107]]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("JO by payment group", Measure.JOB_OUTCOMES),
        ("JOs", Measure.JOB_OUTCOMES),
        ("Referrals and JOs", Measure.JOB_OUTCOMES),
        ("SPs by payment group", Measure.SUSTAINMENTS),
        ("SP", Measure.SUSTAINMENTS),
        ("Job starts", Measure.JOB_STARTS),
        ("Jo Price's job starts", Measure.JOB_STARTS),
        ("jo", None),
        ("Spring referrals", Measure.REFERRALS),
        ("JOINT working", None),
        ("JOPs", Measure.JOB_OUTCOMES),
        ("J/O by payment group", Measure.JOB_OUTCOMES),
        ("Job outc. Apr 2013", Measure.JOB_OUTCOMES),
        ("SOs", Measure.SUSTAINMENTS),
        ("Sust.", Measure.SUSTAINMENTS),
        ("SOS referrals", Measure.REFERRALS),
    ],
)
def test_an_abbreviation_names_an_outcome_only_whole_and_in_capitals(text, measure):
    assert measure_in(text, DEFAULT_MEASURE_WORDS) == measure


def _table(title: str) -> list[list[object]]:
    rows: list[list[object]] = [[title], [], ["Payment group", "Apr 2013", "May 2013", "Jun 2013"]]
    rows += [[g, *c] for g, c in zip(GROUPS, COUNTS, strict=True)]
    return rows


@pytest.mark.parametrize(
    ("sheet", "shares"),
    [
        ("JO", "Job outcomes %"),
        ("JOs", "Job outcomes %"),
        ("SP", "Sustainments %"),
        ("JOPs", "Job outcomes %"),
        ("SOs", "Sustainments %"),
    ],
)
def test_counts_under_an_outcome_abbreviation_become_percentages(
    tmp_path: Path, job, sheet, shares
):
    source = write_book(tmp_path / "abbr.xlsx", {sheet: _table(f"{sheet} by payment group")})
    output = Path(sanitise_file(source, job).output)
    assert openpyxl.load_workbook(output).sheetnames == ["About this workbook", shares]
    assert not {float(v) for row in COUNTS for v in row} & package_numbers(output)


def test_job_starts_by_an_adviser_named_jo_stay_rounded_counts(tmp_path: Path, job):
    rows = _table("Job starts by adviser")
    rows[2][0] = "Adviser"
    for row, name in zip(rows[3:], ["Jo Price", "Sam Hale", "Jo Amis", "Ben Ray"], strict=True):
        row[0] = name
    source = write_book(tmp_path / "starts.xlsx", {"Job starts": rows})
    output = Path(sanitise_file(source, job).output)
    ws = openpyxl.load_workbook(output, data_only=True)["Job starts"]
    shown = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, int | float)]
    assert 140 in shown and 240 in shown  # 137 and 247 rounded to the nearest 20
    assert all(v % 20 == 0 for v in shown)


def test_an_outcome_column_beside_referrals_is_read_as_outcomes_and_the_referrals_as_counts(
    tmp_path: Path,
):
    """Only the column its header names is outcomes: the referrals beside it stay counts (the
    proof still reads the whole header row as the table's title, see issue 14)."""
    rows = _table("Referrals by payment group")
    rows[2].append("Job outcomes")
    for row, outcomes in zip(rows[3:], [53, 71, 37, 29], strict=True):
        row.append(outcomes)
    source = write_book(tmp_path / "referrals.xlsx", {"Referrals": rows})
    analysis = analyse_workbook(read_workbook(source), Policy())[0]
    table = analysis.tables[0]
    assert table.measure is Measure.REFERRALS
    assert {table.measure_of((r, c)) for r in range(3, 7) for c in (1, 2, 3)} == {Measure.REFERRALS}
    assert {table.measure_of((r, 4)) for r in range(3, 7)} == {Measure.JOB_OUTCOMES}
    assert {analysis.roles[(r, c)] for r in range(3, 7) for c in (1, 2, 3, 4)} == {Role.COUNT}


def test_an_outcome_named_in_the_label_header_makes_the_table_outcomes(tmp_path: Path):
    rows = _table("Referrals by payment group")
    rows[2][0] = "Payment group (all job outcomes)"
    source = write_book(tmp_path / "referrals.xlsx", {"Referrals": rows})
    table = analyse_workbook(read_workbook(source), Policy())[0].tables[0]
    assert table.measure is Measure.JOB_OUTCOMES


def test_a_label_is_read_by_the_words_of_the_policy_asking_not_the_last_one_remembered():
    """measure_in remembers answers by text: the policy's words are part of what it remembers
    them by, and words given as lists (from Python) are read as the file's tuples are."""
    text = "Placements by office"
    assert measure_in(text, DEFAULT_MEASURE_WORDS) is None
    words = {**DEFAULT_MEASURE_WORDS, Measure.JOB_STARTS: ["placement"]}
    assert measure_in(text, words) is Measure.JOB_STARTS  # type: ignore[arg-type]
    assert measure_in(text, DEFAULT_MEASURE_WORDS) is None
