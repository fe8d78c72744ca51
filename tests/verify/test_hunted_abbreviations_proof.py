"""The proof's own reading of the abbreviations a short hunt found ('Sus.', 'Sustd', 'JOB O/C',
'O/Cs', and an outcome payment's 'OP' from session 17): with the plan made as if it read none
of them, the outcomes beside the job starts are carried as rounded counts, and the proof, with
its own abbreviations, refuses each."""

from __future__ import annotations

import pytest

from tests.builders import write_book
from tests.conftest import PRODUCED
from tests.e2e.test_hunted_abbreviations import starts_beside
from wpxl.analyse import abbreviations, analyse_workbook, words
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import verify_output
from wpxl.write import write_plan

VOLUME = "an outcome or sustainment volume"


def _volumes(tmp_path, head: str) -> list[str]:
    book = read_workbook(write_book(tmp_path / "abbr.xlsx", {"Job starts": starts_beside(head)}))
    plan = make_plan(book, analyse_workbook(book, Policy()), Policy(), Audience(produced=PRODUCED))
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, Policy().title, PRODUCED)
    return sorted(f.part for f in verify_output(output, plan, 20) if f.kind == VOLUME)


@pytest.mark.parametrize(
    "head", ["Sus.", "Sustd", "SUSTD", "JOB O/C", "Job O/C", "O/Cs", "O/C's", "OP", "OPs"]
)
def test_the_proof_alone_refuses_outcomes_so_abbreviated_carried_as_counts(
    tmp_path, monkeypatch, head
):
    monkeypatch.setattr(abbreviations, "_NUMBERED", {})
    monkeypatch.setattr(abbreviations, "_ABBREVIATION", {})
    words._measure_in.cache_clear()
    try:
        volumes = _volumes(tmp_path, head)
    finally:
        words._measure_in.cache_clear()
    assert volumes == [f"'Job starts' C{r}" for r in range(6, 10)]  # under the banner


@pytest.mark.parametrize("head", ["Sustainable jobs", "Jo Smith", "OC", "Sus", "Opening"])
def test_the_proof_passes_words_like_them(tmp_path, head):
    assert _volumes(tmp_path, head) == []
