"""Holes a second hunt (session 23) found in the proof alone, on copies a plan made and a
misreading altered.

Job outcomes beside the job starts headed by an abbreviation with stops or a space ('J.Os',
'J.O', 'J Os', "J.O's", 'S.Os'), carried as rounded counts, passed: the proof read only 'JO',
'JOs', 'J.O.' and 'J.O.s' (verify/measure_words).
"""

from __future__ import annotations

import pytest

from tests.builders import write_book
from tests.e2e.beside_starts import beside_starts
from tests.misread import proved
from wpxl.analyse import words

PUNCTUATED = ["J.Os", "J.O", "J Os", "J.O's", "J.O.'s", "No. of J.Os", "S.Os", "S.O.", "S Os"]


@pytest.mark.parametrize("header", PUNCTUATED)
def test_the_proof_alone_refuses_outcomes_under_a_punctuated_abbreviation_carried_as_counts(
    tmp_path, monkeypatch, header
):
    monkeypatch.setattr(words, "_ABBREVIATION", {})  # the analysis reads no abbreviation
    words._measure_in.cache_clear()
    source = write_book(tmp_path / "jo.xlsx", {"Performance": beside_starts(header, [41] * 5)})
    try:
        found = proved(tmp_path, source)
    finally:
        words._measure_in.cache_clear()
    volumes = {f.part for f in found if f.kind == "an outcome or sustainment volume"}
    assert volumes == {f"'Performance' C{r}" for r in range(6, 11)}


@pytest.mark.parametrize("header", ["Jo Smith", "SOC code", "Job starts (JS)"])
def test_the_proof_alone_passes_a_name_or_a_code_beside_the_starts(tmp_path, header):
    """'Jo', 'SOC' and 'JS' are no outcome: counts under them rounded pass."""
    source = write_book(tmp_path / "jo.xlsx", {"Performance": beside_starts(header, [41] * 5)})
    volumes = [f for f in proved(tmp_path, source) if f.kind == "an outcome or sustainment volume"]
    assert volumes == []
