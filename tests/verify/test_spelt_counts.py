"""The proof reads counts written in words and small counts stated as counts of a measure,
whatever the plan missed: "four thousand one hundred and thirty-nine" is judged as 4139 is, and
"13 duplicate referrals removed" as the unrounded count it states. Group names, references,
lengths of time, dates and years still pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import referrals_table, write_book
from tests.conftest import PRODUCED
from wpxl.analyse import analyse_workbook
from wpxl.model import OutputCell
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import verify_output
from wpxl.verify.spelt import in_digits
from wpxl.verify.texts import COUNTED
from wpxl.write import write_plan

NOT_ROUNDED = "a number in words that is not a rounded figure"
UNROUNDED_FIGURE = "an unrounded, removed or outcome figure"
REFERRALS = {"Referrals": referrals_table([[1234, 1517, 1388], [2213, 2451, 2379]])}


def _kinds_of_a_note(tmp_path: Path, text: str) -> set[str]:
    """What the proof finds in a real copy of a real input, a note ``text`` added to its plan."""
    source = write_book(tmp_path / "pack.xlsx", REFERRALS)
    book = read_workbook(source)
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    sheet = next(s for s in plan.sheets if s.name == "Referrals")
    sheet.cells[(10, 0)] = OutputCell(text, kind="kept")
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    return {f.kind for f in verify_output(output, plan, 20) if f.part == "'Referrals' A11"}


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("four thousand one hundred and thirty-nine referrals", "4139 referrals"),
        ("ESA Flow: two thousand and fifty-nine", "ESA Flow: 2059"),
        ("one hundred and fifty job starts", "150 job starts"),
        ("Thirteen referrals", "13 referrals"),
        ("seven hundred and twelve thousand three hundred", "712300"),
        ("twenty-one, thirty forty, one two", "21, 30 40, 1 2"),  # each reads as one number
        ("hundreds of referrals and one hundred and", "hundreds of referrals and 100 and"),
    ],
)
def test_the_proof_reads_numbers_in_words_as_digits(text, digits):
    assert in_digits(text)[0] == digits


@pytest.mark.parametrize(
    "text",
    [
        "JSA 18-24 referrals in the quarter: four thousand one hundred and thirty-nine",
        "ESA Flow referrals: two thousand and fifty-nine",  # a year's number, but in words
        "Job starts in April: one hundred and fifty",  # 150: a figure no cell holds, unrounded
    ],
)
def test_an_unrounded_count_written_in_words_is_found(tmp_path, text):
    assert _kinds_of_a_note(tmp_path, text) & {NOT_ROUNDED, UNROUNDED_FIGURE}


@pytest.mark.parametrize(
    "text",
    [
        "13 duplicate referrals removed.",
        "3 ESA Flow referrals were withdrawn.",
        "Includes 17 late referrals for June.",
        "Referrals withdrawn: 13",
        "Thirteen referrals were withdrawn.",
        "2 participants asked to leave the programme",
    ],
)
def test_a_small_count_of_a_measure_in_a_note_is_found(tmp_path, text):
    assert COUNTED in _kinds_of_a_note(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        "Referrals by payment group, Q1 2013-14, Table 3",
        "Payment group 1 referrals are JSA 18-24 referrals",
        "Job starts lasting 13 weeks, and 6 months",
        "Referrals to 13 June 2013, version 2",
        "20 referrals were withdrawn",  # rounded: a multiple of the base
        "Four thousand one hundred and forty referrals",  # rounded
        "Job starts paid at twenty-six weeks",
        "4 Persons, then males, then females",  # a footnote's number
        "Share of type 1 referrals seen within 4 weeks",  # a numbered kind
        "13/14 referrals are shown on sheet 2",  # a financial year written short
    ],
)
def test_group_names_references_times_dates_and_rounded_counts_pass(tmp_path, text):
    assert _kinds_of_a_note(tmp_path, text) == set()
