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
from wpxl.analyse.words import measure_in
from wpxl.model import Measure
from wpxl.policy import DEFAULT_MEASURE_WORDS
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
    [("JO", "Job outcomes %"), ("JOs", "Job outcomes %"), ("SP", "Sustainments %")],
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
