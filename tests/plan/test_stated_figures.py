"""A number stated as a figure ("ESA flow (3)", "...: 17 in the quarter", ": 1998", "(2059
referrals)") goes when it is one of the workbook's figures that must not appear, however small
and though shaped like a year; group numbers, references and years read as years stay
(round 3's leak hunt #5, layouts s46 and s68)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import referrals_table, write_book
from tests.leaks import package_text
from wpxl.errors import OutputError
from wpxl.plan.quoting import judged_alone, names_an_outcome_amount, states_an_amount
from wpxl.policy import DEFAULT_MEASURE_WORDS
from wpxl.sanitise import sanitise_file

FORBIDDEN = frozenset({1.0, 3.0, 4.0, 6.0, 17.0, 1998.0, 2013.0, 2059.0})


@pytest.mark.parametrize(
    ("text", "label", "quotes"),
    [
        ("Referrals, Buxton office, Q1 2024/25: 17 in the quarter", False, True),
        ("ESA flow (3)", True, True),
        ("JSA 18-24 (1998)", True, True),
        ("ESA Flow (2059 referrals)", True, True),
        ("JSA 18-24 job outcomes in the quarter: 1998", False, True),
        ("Referrals checked = 2059", False, True),
        ("Area 4 North", True, False),
        ("JSA 18-24 (PG 6)", True, False),
        ("Payment group: 1", True, False),
        ("Version: 3", False, False),
        ("Referrals, Q1 2013", False, False),
        ("Referrals, April 2013 to June 2013", False, False),
        ("Referrals in 2013, published 10:30", False, False),
        ("Data refreshed at 09:30 on 03/04/2014", False, False),
        ("Referrals 2013/14 (FY 2013)", True, False),
        ("2013", True, False),  # the header of a year's column
    ],
)
def test_a_number_stated_as_a_figure_goes_when_it_is_a_forbidden_figure(text, label, quotes):
    assert judged_alone(text, label, 20).quotes(FORBIDDEN) is quotes


def test_a_stated_figure_that_is_no_figure_of_the_workbook_stays():
    assert not judged_alone("ESA flow (3)", True, 20).quotes(frozenset({17.0}))


def test_an_outcome_text_stating_a_year_shaped_number_as_a_figure_states_an_amount():
    assert states_an_amount("Job outcomes by payment group: 1998 for JSA 18-24")
    assert states_an_amount("Job outcomes JSA 18-24 (1998)")
    assert not states_an_amount("Job outcomes by payment group, April 2013, 2013/14")


def test_an_outcome_sheet_named_with_a_year_shaped_outcome_figure_names_an_amount():
    words = DEFAULT_MEASURE_WORDS
    assert names_an_outcome_amount("JSA 18-24 JOs 1998", words, frozenset({1998.0}))
    assert not names_an_outcome_amount("Job outcomes Q1 2013", words, frozenset({2013.0}))
    assert not names_an_outcome_amount("JSA 18-24 JOs 1998", words, frozenset({1999.0}))


SMALL = [[4, 3, 1], [2, 1, 2], [1, 2, 0], [1, 0, 0]]  # ESA Flow 3; total 17


def test_small_true_figures_stated_in_a_title_and_a_label_are_removed(tmp_path: Path, job):
    rows = referrals_table(SMALL)
    rows[0] = ["Referrals, Buxton office, Q1 2013/14: 17 in the quarter"]
    rows[5][0] = "ESA Flow (3)"
    rows[4][0] = "JSA 25+ (PG 2)"
    source = write_book(tmp_path / "small.xlsx", {"Buxton": rows})
    text = package_text(Path(sanitise_file(source, job).output))
    assert "17 in the quarter" not in text and "ESA Flow (3)" not in text
    assert "JSA 25+ (PG 2)" in text  # a group's own number


def test_a_referrals_label_quoting_a_year_shaped_unrounded_total_is_removed(tmp_path: Path, job):
    counts = [[1234, 1517, 1388], [687, 713, 659]]  # ESA Flow 2059
    rows = referrals_table(counts)
    rows[5][0] = "ESA Flow (2059 referrals)"
    source = write_book(tmp_path / "big.xlsx", {"Referrals": rows})
    assert "2059" not in package_text(Path(sanitise_file(source, job).output))


def test_a_sheet_named_with_a_small_true_total_in_brackets_is_refused(tmp_path: Path, job):
    source = write_book(tmp_path / "small.xlsx", {"Buxton (17)": referrals_table(SMALL)})
    with pytest.raises(OutputError, match=r"sheet 1 \(counting the tabs\) quotes one"):
        sanitise_file(source, job)


def test_a_sheet_named_with_a_group_or_area_number_is_kept(tmp_path: Path, job):
    source = write_book(tmp_path / "small.xlsx", {"Area 4 Q1 2013": referrals_table(SMALL)})
    assert "Area 4 Q1 2013" in package_text(Path(sanitise_file(source, job).output))
