"""The proof on its own against job outcomes by a category named by another measure's word
(tests/e2e/test_hunted_s18_real.py): with the analysis reading the lines' own words first
again ('JCP referral' under 'Job outcomes by referral source' a line of referrals), the plan
writes them as counts rounded to 20, and the proof refuses each figure as an outcome volume; a
title naming referrals too, or a rate, leaves such lines their own measure in the proof."""

from __future__ import annotations

import pytest

import wpxl.analyse.line_measures
from tests.builders import write_book
from tests.e2e.test_hunted_s18_real import CATEGORIES, categories
from tests.misread import proved

OUTCOME = "an outcome or sustainment volume"
BOTH = ["Referrals and job outcomes by referral source", "Job outcome rate by referral source"]


@pytest.fixture
def lines_first(monkeypatch):
    """The analysis as it was: no title makes a line's measure word name a kind."""
    monkeypatch.setattr(wpxl.analyse.line_measures, "outcomes_by", lambda *_: False)


@pytest.mark.parametrize(("title", "corner", "labels"), CATEGORIES)
def test_outcomes_by_a_category_written_as_counts_are_found(
    tmp_path, lines_first, title, corner, labels
):
    book = write_book(tmp_path / "o.xlsx", {"Outcomes": categories(title, corner, labels)})
    assert [f.kind for f in proved(tmp_path, book)].count(OUTCOME) == 6


@pytest.mark.parametrize("title", BOTH)
def test_lines_under_a_title_naming_more_than_outcomes_keep_their_words(
    tmp_path, lines_first, title
):
    rows = categories(title, "Referral source", ["JCP referral", "Self-referral"])
    book = write_book(tmp_path / "o.xlsx", {"Outcomes": rows})
    assert OUTCOME not in {f.kind for f in proved(tmp_path, book)}
