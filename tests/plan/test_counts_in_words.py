"""A count written in words is judged as the number it spells, and a note stating a count of a
measure ("13 duplicate referrals removed") states an unrounded volume whatever its size: both
are removed from the copy and listed (guidance R4), as digits are. Group names, references,
lengths of time, dates, years and rounded counts stay."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import referrals_table, write_book
from tests.leaks import package_text
from wpxl.plan.carried_words import QUOTES
from wpxl.plan.quoting import judged_alone
from wpxl.read.quoted_figures import spelt_numbers
from wpxl.sanitise import sanitise_file

COUNTS = [[1234, 1517, 1388], [2213, 2451, 2379], [687, 713, 659]]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("four thousand one hundred and thirty-nine", [4139]),
        ("two thousand and fifty-nine", [2059]),
        ("One hundred and fifty", [150]),
        ("seven hundred and twelve thousand three hundred", [712300]),
        ("twenty-one and thirty forty, one two", [21, 30, 40, 1, 2]),  # each reads as one number
        ("hundreds of referrals, a thousand times", []),  # no number of its own
    ],
)
def test_a_number_in_words_is_read_as_the_number_it_spells(text, values):
    assert [value for *_, value in spelt_numbers(text)] == values


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("JSA 18-24 referrals in the quarter: four thousand one hundred and thirty-nine", False),
        ("ESA Flow referrals: two thousand and fifty-nine", False),  # a year's number, in words
        ("Job starts for ESA Volunteers in April: one hundred and fifty", False),
        ("Referrals (four thousand one hundred and thirty-nine)", True),
        ("13 duplicate referrals removed.", False),
        ("3 ESA Flow referrals were withdrawn.", False),
        ("Includes 17 late referrals for June.", False),
        ("Referrals withdrawn: 13", False),
        ("Duplicate job starts = 7", False),
        ("Thirteen referrals were withdrawn.", False),
        ("2 participants asked to leave the programme", False),
    ],
)
def test_a_count_in_words_or_of_a_measure_is_unrounded_whatever_its_size(text, label):
    assert judged_alone(text, label, 20).quotes(frozenset())


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Referrals by payment group, Derby, Q1 2013-14", False),
        ("Payment group 1 referrals are JSA 18-24 referrals", False),
        ("Table 3: referrals by month, version 2", False),
        ("Job starts lasting 13 weeks, and 6 months", False),
        ("Job starts paid at twenty-six weeks", False),
        ("Referrals to 13 June 2013", False),
        ("Referrals received in 2013 and 2014", False),
        ("20 referrals were withdrawn", False),  # rounded: a multiple of the base
        ("Four thousand one hundred and forty referrals", False),
        ("Referrals from more than one provider", False),
        ("Twenty-five per cent of referrals were ESA", False),
        ("2 referrals", True),  # a row label naming a group of people by their referrals
        ("4 Persons, then males, then females", False),  # a footnote's number
        ("Share of type 1 referrals seen within 4 weeks", False),  # a numbered kind
        ("13/14 referrals are shown on sheet 2", False),  # a financial year written short
    ],
)
def test_group_names_references_times_dates_and_rounded_counts_stay(text, label):
    assert not judged_alone(text, label, 20).quotes(frozenset())


def test_a_figure_of_the_workbook_in_words_is_quoted_even_when_rounding_keeps_it():
    forbidden = frozenset({4140.0})  # say a removed figure that happens to be a multiple
    assert judged_alone("Checked: four thousand one hundred and forty", False, 20).quotes(forbidden)


def test_notes_stating_counts_in_words_or_small_counts_are_removed_and_listed(tmp_path: Path, job):
    notes = [
        "JSA 18-24 referrals in the quarter: four thousand one hundred and thirty-nine",
        "ESA Flow referrals: two thousand and fifty-nine",
        "13 duplicate referrals removed.",
        "Referrals withdrawn: 13",
        "Thirteen referrals were withdrawn.",
    ]
    kept = ["Figures for April to June 2013, see Table 3", "Job starts lasting 13 weeks"]
    rows = [*referrals_table(COUNTS), [], *([n] for n in notes + kept)]
    source = write_book(tmp_path / "referrals.xlsx", {"Referrals": rows})
    result = sanitise_file(source, job)  # the proof passes: nothing else is flagged
    text = package_text(Path(result.output))
    assert not [n for n in notes if n in text]
    assert all(k in text for k in kept)
    assert sum(r.kind == "text" and r.why == QUOTES for r in result.removed) == len(notes)
    book = openpyxl.load_workbook(result.output)
    cover = [c.value for row in book["About this workbook"].iter_rows() for c in row]
    assert sum(isinstance(v, str) and QUOTES in v for v in cover) == len(notes)
