"""The proof's own reading of the side roads a hunt found (session 12), whatever the plan did:
starts yet to sustain or convert counted beside the starts, an outcome rate typed as text
("33%" under "Conversion"), and a small outcome count written as a bound ("5 or fewer").

Each copy is the real copy of a real input, planned with the analyse stage's reading of that
road turned off, as a misreading there would plan it; the proof, with its own words, must
refuse it, and pass the copy the whole plan makes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import write_book
from tests.conftest import PRODUCED
from tests.e2e.test_hunted_side_roads import COMPLEMENTS, OUTCOMES, STARTS, beside_starts
from wpxl.analyse import analyse_workbook, line_measures
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import Finding, verify_output
from wpxl.write import write_plan

VOLUME = "an outcome or sustainment volume"
COLUMN = [f"'Performance' C{r}" for r in range(6, 11)]


def _proved(tmp_path: Path, rows: list[list]) -> list[Finding]:
    source = write_book(tmp_path / "pack.xlsx", {"Performance": rows})
    book = read_workbook(source)
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    return verify_output(output, plan, 20)


def _parts(findings: list[Finding], kind: str) -> list[str]:
    return [f.part for f in findings if f.kind == kind]


@pytest.mark.parametrize("header", COMPLEMENTS)
def test_the_proof_alone_refuses_starts_yet_to_sustain_carried_as_counts(
    tmp_path, monkeypatch, header
):
    monkeypatch.setattr(line_measures, "is_starts_outcome_line", lambda *_: False)
    complement = [s - o for s, o in zip(STARTS, OUTCOMES, strict=True)]
    findings = _proved(tmp_path, beside_starts(header, complement))
    assert _parts(findings, VOLUME) == [*COLUMN, "'Performance' C11"]  # and their total
