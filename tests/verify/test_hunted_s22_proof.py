"""Holes a hunt (session 22) found in the proof alone, on copies a plan made and a misreading
altered.

A percentage sheet whose shares were written unrounded (31/127 as 0.244094488..., not the
policy's whole 24%) passed: the proof held each share to 0-100% only, and its search for the
counts behind a line (percent_recovery) tries shares rounded on a step a reader could assume,
so shares on no step were never searched. Written so, the smallest base fitting a column's
shares is its true total, and every outcome volume follows. A share finer than the policy's
decimals is refused now (verify/share_steps).

A job outcome volume written in words on a volume sheet ('one hundred and forty' under 'Job
outcomes', rounded, as a plan carrying the input's text would write it) passed: the proof read
texts of digits as figures ('140', 'c. 140'), not numbers in words. It reads them as the number
they spell now (verify/spelt.written_number, asked by invariants' outcome check).
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.conftest import PRODUCED
from tests.misread import misread_findings, proved
from wpxl.model import Plan
from wpxl.plan import Audience
from wpxl.policy import Policy
from wpxl.sanitise import Job, sanitise_file
from wpxl.verify.share_steps import FINER_SHARE

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
OUTCOMES = [[31, 45, 52], [88, 97, 101], [7, 4, 9], [1, 0, 0]]


def outcome_pack(tmp_path: Path, outcomes: list[list[int]] = OUTCOMES) -> Path:
    rows: list[list] = [["Job outcomes by payment group"], [],
                        ["Payment group", "Apr 2013", "May 2013", "Jun 2013"]]  # fmt: skip
    rows += [[group, *line] for group, line in zip(GROUPS, outcomes, strict=True)]
    return write_book(tmp_path / "outcomes.xlsx", {"JO": rows})


def shares_written(exact: bool, decimals: int = 0):
    """A change to the plan writing each share of the percentage sheet as the exact fraction
    (``exact``) or rounded half up to ``decimals`` places of a percent."""
    totals = [sum(column) for column in zip(*OUTCOMES, strict=True)]

    def change(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name.endswith("%"))
        shares = sorted(c for c, cell in sheet.cells.items() if cell.kind == "percent")
        top, left = min(r for r, _ in shares), min(c for _, c in shares)
        for row, col in shares:
            part, column = row - top, col - left
            if part >= len(GROUPS) or column >= len(totals):
                continue  # a total line
            share = Fraction(OUTCOMES[part][column], totals[column])
            step = Fraction(1, 100 * 10**decimals)
            value = float(share) if exact else float(int(share / step + Fraction(1, 2)) * step)
            sheet.cells[(row, col)] = replace(sheet.cells[(row, col)], value=value)

    return change


def test_shares_written_unrounded_are_refused(tmp_path):
    findings = proved(tmp_path, outcome_pack(tmp_path), shares_written(exact=True))
    assert len([f for f in findings if f.kind == FINER_SHARE]) == 10  # all but the two noughts


@pytest.mark.parametrize("decimals", [1, 2])
def test_shares_written_finer_than_the_policy_are_refused(tmp_path, decimals):
    findings = proved(tmp_path, outcome_pack(tmp_path), shares_written(False, decimals))
    assert FINER_SHARE in {f.kind for f in findings}


def test_shares_to_the_policys_decimals_pass(tmp_path):
    """Rounded as the policy says (whole percentages by default, or to one place), the copy as
    planned and the same shares written again pass; so does a real run to one place."""
    assert proved(tmp_path, outcome_pack(tmp_path)) == []
    assert proved(tmp_path, outcome_pack(tmp_path), shares_written(False)) == []
    job = Job(Policy(percent_decimals=1), Audience(produced=PRODUCED), out_dir=tmp_path / "out")
    many = [[311, 452, 523], [884, 975, 1013], [71, 43, 92], [12, 5, 3]]  # shares to one place
    result = sanitise_file(outcome_pack(tmp_path, many), job)
    shares = [c.value for ws in openpyxl.load_workbook(result.output) if ws.title.endswith("%")
              for row in ws for c in row if isinstance(c.value, float)]  # fmt: skip
    assert any(round(v * 1000) % 10 for v in shares)  # shown to one place: 24.4%


AREAS = ["Leeds", "Bradford", "Wakefield", "Kirklees", "Calderdale"]
STARTS = [412, 377, 251, 298, 163]
SPELT = ["one hundred and forty", "One hundred and twenty", "eighty", "one hundred", "sixty"]


def starts_and_outcomes() -> list[list]:
    rows: list[list] = [["Job starts by local authority, 2013-14"], [],
                        ["Local authority", "Job starts", "Job outcomes"]]  # fmt: skip
    outcomes = [137, 121, 88, 102, 49]
    rows += [list(line) for line in zip(AREAS, STARTS, outcomes, strict=True)]
    return rows


def test_outcome_volumes_written_in_words_on_a_volume_sheet_are_refused(tmp_path):
    written = {(3 + i, 2): words for i, words in enumerate(SPELT)}
    found = misread_findings(tmp_path, starts_and_outcomes(), written, "kept")
    volumes = {f.part for f in found if f.kind == "an outcome or sustainment volume"}
    assert volumes == {f"'Referrals' C{r}" for r in range(6, 11)}


def test_job_starts_written_in_rounded_words_are_no_outcome_volumes(tmp_path):
    """Words spelling the rounded starts under 'Job starts' count no outcome."""
    written = {(3 + i, 1): words for i, words in enumerate(SPELT)}
    found = misread_findings(tmp_path, starts_and_outcomes(), written, "kept")
    volumes = {f.part for f in found if f.kind == "an outcome or sustainment volume"}
    assert not any(part.startswith("'Referrals' B") for part in volumes)
