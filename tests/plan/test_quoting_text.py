"""A carried note, title, header or label that quotes an unrounded figure is removed and listed,
even when no cell of the workbook holds that figure (issue 14, invariant 2); numbers whose
shape says they are no count stay."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import referrals_table, write_book
from tests.leaks import package_text
from wpxl.plan.carried_words import OUTCOME_AMOUNT
from wpxl.plan.contacts import holds_contact_details
from wpxl.plan.quoting import judged_alone, states_an_amount, states_an_outcome_amount
from wpxl.policy import DEFAULT_MEASURE_WORDS
from wpxl.sanitise import sanitise_file

COUNTS = [[1234, 1517, 1388], [2213, 2451, 2379], [687, 713, 659]]


@pytest.mark.parametrize(
    ("text", "label", "quotes"),
    [
        ("Unrounded total checked: 4349", False, True),
        ("Data from 37 offices", False, True),
        ("Payment group (n=47)", True, True),
        ("Group 4103", True, True),
        ("Checked against 4360 referrals", False, False),  # rounded: a multiple of the base
        ("45% of referrals were ESA", False, False),
        ("Payments of £125.50 or more", False, False),
        ("People aged 50 or over", False, False),
        ("Site code 01234", False, False),
        ("See Table 31 for the 1971 Census groups", False, False),
        ("Figures for April 2013 to March 2014", False, False),
        ("JSA 25+", True, False),
        ("Top 50 employers", True, False),
        ("Mothers 30 to 34, women aged 15 to 44", False, False),  # bands of ages
        ("Birthweight 2,500 to 2,999 grams", True, False),  # a band's ends name it
        ("Referrals 300 to 347", False, True),  # 347 ends no band: it could be a figure
        ("Live births of 37 weeks or more, 45 and over", False, False),
        ("Gestation groups: 24 to 27 weeks, 28 to 31 weeks", False, False),
        ("Registered within 42 days", False, False),
        ("England and Wales, 1938 to 2021; strike in 1981", False, False),  # named years
        ("Records from 1838 onwards", False, False),
        ("Area N92000002", True, False),  # a code, not "n = 92000002"
        ("Base: N = 47", False, True),
        ("Job outcomes to date 1816/14602 (12.4%)", False, True),  # figures joined, not a date
        ("ESA flow outcomes Apr-Jun: 113-127-119", False, True),
        ("JSA 18-24 April outcomes 137:1234", False, True),
        ("Cross-check: 1.816E3", False, True),
        ("Published 03/04/2024 at 09:30, for 2013/14", False, False),  # a date, a time, a year
    ],
)
def test_a_text_quotes_a_figure_when_rounding_would_change_a_number_it_holds(text, label, quotes):
    assert judged_alone(text, label, 20).quotes(frozenset()) is quotes


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("JSA 18-24: 10.9% of referrals got a job outcome", True),  # times the rounded base
        ("Only seven job outcomes in June", True),
        ("One hundred and thirty-seven job outcomes", True),
        ("Job outcomes passed 1.8k this quarter", True),
        ("Job outcomes are shown as percentages of all outcomes", False),
        ("Outcomes paid at 13 weeks, and sustainments at 26 wks, in 2013/14", False),
        ("Job outcomes by payment group (PG1 to PG9), see Table 3", False),
        ("4. Job outcomes are shown as counts here; share them only as percentages", False),
        ("Job outcomes, 1 April to 30 June, the 2nd quarter", False),
        ("Job outcomes Oct-14 to Dec-14", False),
    ],
)
def test_an_amount_is_any_number_or_number_word_but_a_year_date_time_or_reference(text, amount):
    assert states_an_amount(text) is amount


def test_a_note_stating_an_amount_about_outcomes_is_removed_and_listed(tmp_path: Path, job):
    rows = referrals_table(COUNTS)
    notes = ["JSA 18-24: 10.9% of referrals got a job outcome", "Only seven job outcomes in June",
             "Job outcomes are shown as percentages", "45% of referrals were ESA"]  # fmt: skip
    rows += [[note] for note in notes]
    source = write_book(tmp_path / "referrals.xlsx", {"Referrals": rows})
    output = Path(sanitise_file(source, job).output)
    text = package_text(output)
    assert "10.9%" not in text and "seven" not in text
    assert notes[2] in text and notes[3] in text  # no amount, or no outcome named
    book = openpyxl.load_workbook(output)
    cover = [c.value for row in book["About this workbook"].iter_rows() for c in row]
    assert sum(isinstance(v, str) and OUTCOME_AMOUNT in v for v in cover) == 2


def test_a_forbidden_figure_is_quoted_whatever_its_shape():
    assert judged_alone("Paid £1,816 in all", False, 20).quotes(frozenset({1816.0}))


def test_a_reference_or_band_names_something_even_when_a_figure_shares_its_number():
    forbidden = frozenset({25.0, 34.0})
    assert not judged_alone("See note 25", False, 20).quotes(forbidden)
    assert not judged_alone("Mothers 30 to 34", False, 20).quotes(forbidden)


@pytest.mark.parametrize(
    "text",
    [
        "Email: Health.Data@ons.gov.uk",
        "telephone: +44 (0)1329 444110",
        "or write to The National Archives, Kew, Richmond, Surrey, TW9 4DU",
        "Call 01632 960123",
        "NI number QQ 12 34 56 C",
    ],
)
def test_contact_details_in_a_text_are_found(text):
    assert holds_contact_details(text)


@pytest.mark.parametrize(
    "text", ["Referrals by payment group", "JSA 18-24", "Table 31, 2013/14", "E12000001"]
)
def test_ordinary_words_hold_no_contact_details(text):
    assert not holds_contact_details(text)


def test_a_note_far_from_its_table_quoting_a_figure_no_cell_holds_is_removed_and_listed(
    tmp_path: Path, job
):
    rows = referrals_table(COUNTS)
    rows += [["Figures for April to June 2013"]] + [[] for _ in range(12)]
    rows.append([*[None] * 10, "Unrounded total checked: 4349"])
    source = write_book(tmp_path / "referrals.xlsx", {"Referrals": rows})
    output = Path(sanitise_file(source, job).output)
    assert "4349" not in package_text(output)
    book = openpyxl.load_workbook(output)
    kept = [c.value for row in book["Referrals"].iter_rows() for c in row]
    assert "Figures for April to June 2013" in kept
    cover = [c.value for row in book["About this workbook"].iter_rows() for c in row]
    assert any(
        isinstance(v, str) and v.startswith("- text, 'Referrals' K") and "quotes an unrounded" in v
        for v in cover
    )
    # the banner is as wide as what is left: no empty banner cell stands over the note's column
    assert [str(r) for r in book["Referrals"].merged_cells.ranges] == ["A1:J1"]


def test_a_removed_note_is_named_by_its_cell_in_the_input_even_below_hidden_rows(
    tmp_path: Path, job
):
    import openpyxl as xl

    rows = [*referrals_table(COUNTS), [], ["Unrounded total checked: 4349"]]
    source = write_book(tmp_path / "referrals.xlsx", {"Referrals": rows})
    book = xl.load_workbook(source)
    book["Referrals"].row_dimensions[2].hidden = True  # the blank row under the title
    book.save(source)
    result = sanitise_file(source, job)
    (removal,) = [r for r in result.removed if r.kind == "text"]
    assert removal.where == f"'Referrals' A{len(rows)}"  # where the analyst typed it


RATE_NOTES = [
    "JSA 18-24 performance: 10.9% against an MPL of 5.5%.",  # x 4,140 referrals = 451 outcomes
    "JSA 18-24 job starts conversion rate 36%",  # x 1,260 job starts
    "Outcomes as a share of referrals: a ninth",
    "Half of job starts became job outcomes",
    "Job outcomes were two-thirds of the MPL",
    "Converted starts: twice the MPL",
]
RATE_WORDS_KEPT = [
    "Performance is shown as percentages on the outcome sheets",  # no amount
    "Job outcomes for the first half of 2013 are shown as percentages",  # a part of a year
    "Referrals made since 2013 by a third party",
]


@pytest.mark.parametrize("text", RATE_NOTES)
def test_an_outcome_rate_in_the_programmes_words_or_a_share_in_words_is_an_amount(text):
    assert states_an_outcome_amount(text, DEFAULT_MEASURE_WORDS)


@pytest.mark.parametrize("text", RATE_WORDS_KEPT)
def test_a_rate_word_or_a_part_of_a_year_without_an_amount_is_no_outcome_amount(text):
    assert not states_an_outcome_amount(text, DEFAULT_MEASURE_WORDS)


def test_notes_stating_an_outcome_rate_in_the_programmes_words_are_removed_and_listed(
    tmp_path: Path, job
):
    rows = referrals_table(COUNTS) + [[note] for note in [*RATE_NOTES, *RATE_WORDS_KEPT]]
    source = write_book(tmp_path / "referrals.xlsx", {"Referrals": rows})
    output = Path(sanitise_file(source, job).output)
    text = package_text(output)
    assert [note for note in RATE_NOTES if note in text] == []
    assert all(note in text for note in RATE_WORDS_KEPT)
    book = openpyxl.load_workbook(output)
    cover = [c.value for row in book["About this workbook"].iter_rows() for c in row]
    assert sum(isinstance(v, str) and OUTCOME_AMOUNT in v for v in cover) == len(RATE_NOTES)


def test_a_small_figure_spelt_in_words_in_brackets_is_removed(tmp_path: Path, job):
    rows = [["Referrals by payment group"], [], ["Payment group", "Apr 2013", "May 2013"],
            ["JSA 18-24", 1998, 121], ["ESA Flow (three)", 3, 17], ["JSA 25+", 340, 260],
            ["ESA Volunteers (four)", 40, 60]]  # fmt: skip
    output = Path(sanitise_file(write_book(tmp_path / "p.xlsx", {"R": rows}), job).output)
    text = package_text(output)
    assert "ESA Flow (three)" not in text  # 3 is one of its figures, not rounded
    assert "ESA Volunteers (four)" in text  # no figure of the workbook


RANGE_NOTES = [
    "Note: outcomes were 38 to 61 a month.",
    "Note: job outcomes ranged 38\u201361 per month.",
    "Note: sustainments were 12 to 19 a month.",
    "Job outcomes 38\u201361 a month across the quarter",
    "Job outcomes by month (38-61)",
    "Job outcomes were 38\u201461 a month",
    "JSA 18-24 job outcomes: 38 to 61 a month",  # the age band goes, the range stays
    "Job outcomes for JSA 18-24, 38-61 a month",  # 38 does not go on from 24
]
AGE_BANDS = [
    "JSA 18-24 job outcomes",
    "JSA 18\u201424 and JSA 25+ job outcomes",
    "Job outcomes for people aged 18 to 24",
    "Job outcomes of 18 to 24 year olds",
    "Job outcomes, ages 50-64",
    "Job outcomes by age group 50\u201364",
    "ESA/IB 25-49 job outcomes",
    "Job outcomes for JSA 18-24, 25-49 and 50-64",  # a list of bands going on from the first
    "Job outcomes 2013-14, 2013/14 and 2013 to 2014",
    "Job outcomes paid at 13 to 26 weeks, or 13\u201326 weeks",
]


@pytest.mark.parametrize("text", RANGE_NOTES)
def test_two_numbers_joined_in_a_text_about_outcomes_are_a_range_of_volumes(text):
    assert states_an_outcome_amount(text, DEFAULT_MEASURE_WORDS)


@pytest.mark.parametrize("text", AGE_BANDS)
def test_two_numbers_joined_that_the_words_name_an_age_band_or_a_time_are_no_amount(text):
    assert not states_an_outcome_amount(text, DEFAULT_MEASURE_WORDS)


@pytest.mark.parametrize("label", ["16-24", "25 to 49", "18\u201424"])
def test_a_label_that_is_only_a_band_names_its_row(label):
    assert not states_an_amount(label)
