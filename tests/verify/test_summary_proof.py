"""The proof holds a typed summary rebuilt over the office sheets (wpxl.plan.summaries) to the
input as it holds any total over other sheets: its formula must give its value, and that value
must be within rounding of what the input's summary showed there."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from tests.builders import write_book
from tests.conftest import PRODUCED
from tests.robustness.conftest import rewrite_package
from wpxl.analyse import analyse_workbook
from wpxl.model import Plan
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import verify_output
from wpxl.write import write_plan

OFFICES = {
    "Derby": [[14, 52], [9, 9]],
    "Chesterfield": [[14, 18], [9, 9]],
    "Buxton": [[14, 40], [9, 9]],
}
SUMMARY_PART = "xl/worksheets/sheet5.xml"  # after the cover and the three offices
REBUILT = re.compile(rb"<f>SUM\((?:\w+!B6,?){3}\)</f><v>60</v>")  # 14 * 3 = 42, over 20 * 3


def _table(figures: list[list[int]]) -> list[list[object]]:
    rows: list[list[object]] = [["Referrals by payment group"], [], ["Payment group", "Apr", "May"]]
    return [*rows, ["JSA 18 to 24", *figures[0]], ["ESA flow", *figures[1]]]


@pytest.fixture
def written(tmp_path) -> tuple[Path, Plan]:
    sheets = {n: _table(f) for n, f in OFFICES.items()}
    summed = [[sum(f[r][c] for f in OFFICES.values()) for c in (0, 1)] for r in (0, 1)]
    sheets["Summary"] = _table(summed)
    book = read_workbook(write_book(tmp_path / "offices.xlsx", sheets))
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    output = tmp_path / "out.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    return output, plan


def _kinds(output: Path, plan: Plan, change: bytes) -> set[str]:
    with zipfile.ZipFile(output) as package:
        xml = package.read(SUMMARY_PART)
    assert REBUILT.search(xml)
    tampered = rewrite_package(
        output, output.with_name("tampered.xlsx"), {SUMMARY_PART: REBUILT.sub(change, xml)}
    )
    return {f.kind for f in verify_output(tampered, plan, 20)}


def test_the_rebuilt_summary_passes_the_proof(written):
    output, plan = written
    assert verify_output(output, plan, 20) == []


def test_a_summary_total_over_one_office_only_is_found(written):
    kinds = _kinds(*written, b"<f>SUM(Derby!B6)</f><v>20</v>")
    assert "a total that adds up other cells than the input's total" in kinds


def test_a_summary_total_not_giving_its_value_is_found(written):
    kinds = _kinds(*written, b"<f>SUM(Buxton!B6,Chesterfield!B6,Derby!B6)</f><v>40</v>")
    assert "a total whose formula does not give its value" in kinds
