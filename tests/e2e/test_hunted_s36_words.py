"""Wording a user reads as wrong (session 36, the words hunt).

A percentage sheet over an outcome table with several label columns ('CPA | Contract package
area | Provider', as the Work Programme statistics set out providers) said its rows were 'by
cpa contract package area provider': the label columns' heads glued with spaces and the whole
lowered by the intro's template, 'CPA' with it. The heads are now a list ('by CPA, contract
package area and provider'), each written as a sentence writes it: a word capitalised only at
its start is lowered, an abbreviation keeps its capitals, a head shouted in capitals is lowered
but for its short words (wpxl/plan/head_words).
"""

from __future__ import annotations

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

_PROVIDERS = [
    (3, "East of England", "Ingeus", 52, 92),
    (3, "East of England", "Seetec", 48, 79),
    (7, "North East", "Avanta", 106, 140),
]


def _intro(copy, sheet: str = "Job outcomes %") -> str:
    shares = openpyxl.load_workbook(copy)[sheet]
    return next(str(c.value) for c in shares["A"] if str(c.value).startswith("Percentage"))


def test_a_percentage_sheet_over_several_label_columns_names_them_as_a_list(tmp_path):
    rows: list[list] = [
        ["Job outcomes by contract package area and provider"],
        [],
        ["CPA", "Contract package area", "Provider", "Apr 2013", "May 2013"],
        *[list(line) for line in _PROVIDERS],
    ]
    copy, _ = sanitised_beside(write_book(tmp_path / "providers.xlsx", {"Outcomes": rows}))
    assert "by CPA, contract package area and provider, within each column" in _intro(copy)


def test_a_head_shouted_in_capitals_is_lowered_in_the_intro(tmp_path):
    rows: list[list] = [
        ["Job outcomes by payment group"],
        [],
        ["JSA PAYMENT GROUP", "Apr 2013", "May 2013"],
        ["JSA 18-24", 52, 92],
        ["JSA 25+", 48, 79],
        ["JSA Early Access", 106, 140],
    ]
    copy, _ = sanitised_beside(write_book(tmp_path / "groups.xlsx", {"Outcomes": rows}))
    assert "by JSA payment group, within each column" in _intro(copy)
