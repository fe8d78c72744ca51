"""Holes a second hunt (session 23) found in the proof alone, on copies a plan made and a
misreading altered.

Job outcomes beside the job starts headed by an abbreviation with stops or a space ('J.Os',
'J.O', 'J Os', "J.O's", 'S.Os'), carried as rounded counts, passed: the proof read only 'JO',
'JOs', 'J.O.' and 'J.O.s' (verify/measure_words).

A row label quoting its line's outcomes in square, curly or angle brackets ('Leeds [41]')
passed: only round brackets stated a figure to the proof (verify/stated_figures).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.builders import write_book
from tests.e2e.beside_starts import beside_starts
from tests.misread import proved
from wpxl.model import Plan

PUNCTUATED = ["J.Os", "J.O", "J Os", "J.O's", "J.O.'s", "No. of J.Os", "S.Os", "S.O.", "S Os"]
PUNCTUATED += ["PbR", "PBR"]  # payment by results: paid only for outcomes and sustainments


@pytest.mark.parametrize("header", PUNCTUATED)
def test_the_proof_alone_refuses_outcomes_under_a_punctuated_abbreviation_carried_as_counts(
    tmp_path, unabbreviated, header
):
    source = write_book(tmp_path / "jo.xlsx", {"Performance": beside_starts(header, [41] * 5)})
    found = proved(tmp_path, source)
    volumes = {f.part for f in found if f.kind == "an outcome or sustainment volume"}
    assert volumes == {f"'Performance' C{r}" for r in range(6, 11)}


@pytest.mark.parametrize("header", ["Jo Smith", "SOC code", "Job starts (JS)"])
def test_the_proof_alone_passes_a_name_or_a_code_beside_the_starts(tmp_path, header):
    """'Jo', 'SOC' and 'JS' are no outcome: counts under them rounded pass."""
    source = write_book(tmp_path / "jo.xlsx", {"Performance": beside_starts(header, [41] * 5)})
    volumes = [f for f in proved(tmp_path, source) if f.kind == "an outcome or sustainment volume"]
    assert volumes == []


@pytest.mark.parametrize("mark", ["[41]", "{41}", "<41>"])
def test_the_proof_alone_refuses_a_row_label_quoting_outcomes_in_brackets(tmp_path, mark):
    rows = beside_starts("Job outcomes", [41, 37, 29, 33, 17])
    source = write_book(tmp_path / "mark.xlsx", {"Performance": rows})

    def relabelled(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Performance")
        sheet.cells[(5, 0)] = replace(sheet.cells[(5, 0)], value=f"Leeds {mark}")

    found = proved(tmp_path, source, relabelled)
    assert "'Performance' A6" in {f.part for f in found}


@pytest.mark.parametrize("label", ["Leeds - 41", "Leeds, 41"])
def test_the_proof_alone_refuses_a_row_label_holding_its_lines_outcomes_bare(tmp_path, label):
    rows = beside_starts("Job outcomes", [41, 37, 29, 33, 17])
    source = write_book(tmp_path / "bare.xlsx", {"Performance": rows})

    def relabelled(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Performance")
        sheet.cells[(5, 0)] = replace(sheet.cells[(5, 0)], value=label)

    found = proved(tmp_path, source, relabelled)
    assert "'Performance' A6" in {f.part for f in found}
