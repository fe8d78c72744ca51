"""The proof's own reading of the side roads a hunt found (session 12), whatever the plan did:
starts yet to sustain or convert counted beside the starts, an outcome rate typed as text
("33%" under "Conversion"), and a small outcome count written as a bound ("5 or fewer").

Each copy is the real copy of a real input, planned with the analyse stage's reading of that
road turned off, as a misreading there would plan it; the proof, with its own words, must
refuse it, and pass the copy the whole plan makes.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.builders import write_book
from tests.conftest import PRODUCED
from tests.e2e.test_hunted_side_roads import (
    BOUNDS,
    COMPLEMENTS,
    OUTCOMES,
    STARTS,
    beside_starts,
    written_outcomes,
)
from wpxl import analyse
from wpxl.analyse import analyse_workbook, cells, line_measures, noted_rates
from wpxl.plan import Audience, make_plan, quoting
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import Finding, verify_output
from wpxl.verify.outcome_texts import RATE, RATE_FIGURE, VOLUME
from wpxl.write import write_plan

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


RATED = ["Conversion", "Conversion rate", "Performance", "Performance v MPL", "Job outcome rate"]


@pytest.mark.parametrize("header", RATED)
def test_the_proof_alone_refuses_an_outcome_rate_typed_as_text(tmp_path, monkeypatch, header):
    monkeypatch.setattr(cells, "is_percent_text", lambda _: False)
    monkeypatch.setattr(analyse, "drop_stated_outcomes", lambda *_: None)  # nor as text
    rates = [f"{round(100 * o / s)}%" for s, o in zip(STARTS, OUTCOMES, strict=True)]
    findings = _proved(tmp_path, beside_starts(header, rates))
    assert _parts(findings, RATE) == COLUMN


def test_the_proof_alone_refuses_an_outcome_rate_named_by_its_row(tmp_path, monkeypatch):
    monkeypatch.setattr(cells, "is_percent_text", lambda _: False)
    monkeypatch.setattr(noted_rates, "is_percent_text", lambda _: False)  # nor on a note line
    rows: list[list] = [["Job starts by local authority"], [], ["Measure", "Leeds", "Bradford"]]
    rows += [["Job starts", 412, 377], ["Conversion", "33%", "32%"]]
    findings = _proved(tmp_path, rows)
    assert _parts(findings, RATE) == ["'Performance' B7", "'Performance' C7"]


def test_the_proof_passes_a_rate_of_starts_typed_as_text(tmp_path, monkeypatch):
    """Not an outcome's: the plan removes it as any typed rate, the proof need not."""
    monkeypatch.setattr(cells, "is_percent_text", lambda _: False)
    rates = ["33%", "32%", "35%", "34%", "30%"]
    assert _proved(tmp_path, beside_starts("Share of all starts", rates)) == []


@pytest.mark.parametrize("bound", BOUNDS)
def test_the_proof_alone_refuses_a_small_outcome_count_written_as_a_bound(
    tmp_path, monkeypatch, bound
):
    monkeypatch.setattr(cells, "is_bounded_figure", lambda _: False)
    monkeypatch.setattr(quoting, "is_bounded_figure", lambda _: False)  # nor judged as a note
    monkeypatch.setattr(analyse, "drop_stated_outcomes", lambda *_: None)  # nor as text
    rows = beside_starts("Job outcomes", [137, bound, 88, bound, 49], "Job starts and outcomes")
    findings = _proved(tmp_path, rows)
    assert _parts(findings, VOLUME) == ["'Performance' C7", "'Performance' C9"]


@pytest.mark.parametrize(
    "rows",
    [
        beside_starts("Yet to sustain", [275, 256, 163, 196, 114]),
        beside_starts("Conversion", ["33%", "32%", "35%", "34%", "30%"]),
        beside_starts("Job outcomes", [137, "5 or fewer", 88, "fewer than 5", 49], "Job outcomes"),
        beside_starts("Yet to start work", OUTCOMES),
    ],
    ids=["complement", "rate", "bound", "no outcome"],
)
def test_the_proof_passes_the_copy_the_whole_plan_makes(tmp_path, rows):
    assert _proved(tmp_path, rows) == []


@pytest.mark.parametrize("bound", ["5 or fewer", "fewer than 5", "up to 5"])
def test_the_proof_alone_refuses_outcomes_written_as_bounds_outside_any_table(
    tmp_path, monkeypatch, bound
):
    """Read as notes, not a table: carried by the plan without its judging of such notes (nor
    of a figure typed as text beside its label, wpxl.analyse.labelled_texts)."""
    monkeypatch.setattr(quoting, "is_bounded_figure", lambda _: False)
    monkeypatch.setattr(analyse, "labelled_count", lambda *_: None)
    source = write_book(tmp_path / "pack.xlsx", {"Outcomes": written_outcomes(bound)})
    book = read_workbook(source)
    plan = make_plan(book, analyse_workbook(book, Policy()), Policy(), Audience(produced=PRODUCED))
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, Policy().title, PRODUCED)
    findings = verify_output(output, plan, 20)
    assert _parts(findings, VOLUME) == [f"'Outcomes' B{r}" for r in range(6, 11)]


@pytest.mark.parametrize("header", ["Performance v MPL", "MPL", "Performance"])
def test_the_proof_alone_refuses_an_outcome_rate_rounded_as_a_count(tmp_path, monkeypatch, header):
    """The plan made without reading an outcome rate's words as a rate rounds 33 to 40."""
    monkeypatch.setattr(cells, "_OUTCOME_RATE", re.compile(r"(?!)"))
    rates = [round(100 * o / s) for s, o in zip(STARTS, OUTCOMES, strict=True)]
    rows = beside_starts(header, rates)
    rows[-1][2] = None
    findings = _proved(tmp_path, rows)
    assert _parts(findings, RATE_FIGURE) == COLUMN


def test_the_proof_passes_job_starts_under_a_group_header_naming_performance(tmp_path):
    rows: list[list] = [["Provider performance, 2013-14"], [], [None, "Performance", None]]
    rows += [["Local authority", "Referrals", "Job starts"]]
    rows += [[a, 1234, s] for a, s in zip(["Leeds", "York"], STARTS, strict=False)]
    assert _proved(tmp_path, rows) == []
