"""The proof's own reading of what a hunt found (session 15), whatever the plan decided: a
column or row whose header names no measure ("Achieved", "Cumulative*") and which a key under
its table defines as job outcomes counts outcome volumes; a ratio typed as text ("3.0:1",
"1 in 3") under outcome words is an outcome rate, as "33%" is."""

from __future__ import annotations

from pathlib import Path

import pytest

import wpxl.analyse
from tests.builders import write_book
from tests.conftest import PRODUCED
from tests.e2e.test_hunted_s15_outcomes import (
    KEYS,
    OUTCOMES,
    commented,
    keyed,
    ratio_beside_starts,
)
from tests.misread import proved
from wpxl.analyse import analyse_workbook, cells
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import Finding, verify_output
from wpxl.verify.keyed_lines import keys_of
from wpxl.write import write_plan

VOLUME = "an outcome or sustainment volume"


def _unkeyed(monkeypatch) -> None:
    """The plan made without reading keys, nor reading 'Achieved' beside the starts as their
    outcomes (session 30): it carries the column as job starts, rounded."""
    monkeypatch.setattr(wpxl.analyse, "_read_keys", lambda *_: None)
    monkeypatch.setattr(wpxl.analyse.line_measures, "achieved_beside_starts", lambda *_: False)


def _proved(tmp_path: Path, rows: list[list], sheet: str = "Performance") -> list[Finding]:
    return proved(tmp_path, write_book(tmp_path / "pack.xlsx", {sheet: rows}))


@pytest.mark.parametrize(("header", "values", "note"), KEYS)
def test_the_proof_alone_refuses_a_column_a_key_calls_outcomes(
    tmp_path, monkeypatch, header, values, note
):
    """The plan made without reading keys carries the column as job starts, rounded; the
    proof, reading the key itself, refuses each of its figures."""
    _unkeyed(monkeypatch)
    findings = _proved(tmp_path, keyed(header, values, note))
    volumes = {f.part for f in findings if f.kind == VOLUME}
    assert volumes >= {f"'Performance' C{row}" for row in range(6, 11)}
    assert Finding("'Performance' B6", VOLUME) not in findings  # the job starts beside them


def test_the_proof_passes_a_column_keyed_as_another_measure(tmp_path):
    rows = keyed("Achieved", OUTCOMES, "Achieved = job starts in the month")
    assert _proved(tmp_path, rows) == []


def test_the_proof_passes_the_copy_that_shows_keyed_outcomes_as_percentages(tmp_path):
    rows = keyed("Achieved", OUTCOMES, "Achieved = job outcomes achieved in the month")
    assert _proved(tmp_path, rows) == []


@pytest.mark.parametrize(
    ("note", "keys"),
    [
        ("Achieved = job outcomes in the month", [("achieved", "job outcomes in the month")]),
        ("* Job outcomes to date", [("*", "Job outcomes to date")]),
        ("(1) Job outcomes to date", [("(1)", "Job outcomes to date")]),
        ("'Achieved' counts job outcomes.", [("achieved", "job outcomes."),
                                             ("achieved", "counts job outcomes.")]),
        ("The 'Achieved' column: job outcomes", [("the 'achieved", "job outcomes"),
                                                 ("achieved", "The column: job outcomes")]),
        ("Job starts by month", []),
    ],
)  # fmt: skip
def test_a_key_is_read_as_the_names_it_defines_and_what_it_says(note, keys):
    assert keys_of(note) == keys


RATE = "an outcome rate typed as text (with the counts beside it, it gives outcomes back)"


@pytest.mark.parametrize("header", ["Conversion ratio", "Starts per job outcome", "Job outcomes"])
@pytest.mark.parametrize("written", ["{}:1", "1 in {}"])
def test_the_proof_alone_refuses_an_outcome_ratio_typed_as_text(
    tmp_path, monkeypatch, header, written
):
    """The plan made without reading ratios as typed rates carries them beside the starts."""
    monkeypatch.setattr(cells, "is_percent_text", lambda _: False)
    monkeypatch.setattr(wpxl.analyse, "drop_stated_outcomes", lambda *_: None)  # nor as text
    findings = _proved(tmp_path, ratio_beside_starts(header, written), "Starts")
    rates = {f.part for f in findings if f.kind == RATE}
    assert rates == {f"'Starts' C{row}" for row in range(6, 11)}


def test_the_proof_passes_a_ratio_of_referrals_to_starts(tmp_path, monkeypatch):
    """Not an outcome's: the plan removes it as any typed rate, the proof need not."""
    monkeypatch.setattr(cells, "is_percent_text", lambda _: False)
    assert _proved(tmp_path, ratio_beside_starts("Referrals per start", "{}:1"), "Starts") == []


def _proved_commented(tmp_path: Path, comment: str) -> list[Finding]:
    source = tmp_path / "commented.xlsx"
    commented(comment).save(source)
    book = read_workbook(source)
    plan = make_plan(book, analyse_workbook(book, Policy()), Policy(), Audience(produced=PRODUCED))
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, Policy().title, PRODUCED)
    return verify_output(output, plan, 20)


def test_the_proof_alone_refuses_a_column_its_header_s_comment_calls_outcomes(
    tmp_path, monkeypatch
):
    _unkeyed(monkeypatch)
    findings = _proved_commented(tmp_path, "Job outcomes claimed in the month")
    volumes = {f.part for f in findings if f.kind == VOLUME}
    assert volumes == {f"'Performance' C{row}" for row in range(6, 11)}


def test_the_proof_passes_a_column_its_header_s_comment_calls_job_starts(tmp_path):
    assert _proved_commented(tmp_path, "Job starts in the month") == []


def test_the_proof_alone_refuses_a_column_a_key_beside_the_table_calls_outcomes(
    tmp_path, monkeypatch
):
    """The key stands on a row of figures, right of them: words that head and label none."""
    _unkeyed(monkeypatch)
    rows = keyed("Achieved", OUTCOMES, "")[:-2]
    rows[2] += [None, "Key"]
    rows[3] += [None, "Achieved = job outcomes claimed in the month"]
    volumes = {f.part for f in _proved(tmp_path, rows) if f.kind == VOLUME}
    assert volumes == {f"'Performance' C{row}" for row in range(6, 11)}


@pytest.mark.parametrize("key", ["PG 9 job outcomes", "payment group 9 job outcomes"])
def test_the_proof_alone_keys_a_line_whose_key_opens_with_a_named_group(tmp_path, monkeypatch, key):
    """Session 18: a remark counting a line's outcomes ('2 JOs') keys nothing; the plan that
    reads any number before outcome words as such a count ('PG 9 job outcomes') rounds the
    keyed line as job starts. The proof reads a remark only where the count opens what is
    said, so it refuses that line's figures on its own."""
    monkeypatch.setattr(wpxl.analyse.keyed_lines, "_leads_a_count", lambda _: True)
    rows = [
        ["Job starts by payment group"],
        [],
        ["Payment group", "Apr 2013", "May 2013", "Jun 2013", "Total"],
        ["JSA 18-24", 37, 41, 52, "=SUM(B4:D4)"],
        ["JSA Prison Leavers", 13, 9, 17, "=SUM(B5:D5)"],
        ["Total", "=SUM(B4:B5)", "=SUM(C4:C5)", "=SUM(D4:D5)", "=SUM(E4:E5)"],
        [],
        [f"JSA Prison Leavers: {key}"],
    ]
    volumes = {f.part for f in _proved(tmp_path, rows, "Starts") if f.kind == VOLUME}
    assert {"'Starts' B7", "'Starts' C7", "'Starts' D7"} <= volumes
    assert "'Starts' B6" not in volumes
