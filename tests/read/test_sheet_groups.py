"""Sheets are read together only when their formulas refer to one another."""

from __future__ import annotations

import zipfile

from tests.builders import referrals_table, write_book
from wpxl.read import survey_workbook
from wpxl.read.sheetgroups import sheet_groups


def _table() -> list[list[object]]:
    return referrals_table([[121, 93], [307, 111]])


def test_independent_sheets_are_each_their_own_group(tmp_path):
    source = write_book(
        tmp_path / "b.xlsx", {"North": _table(), "South": _table(), "East": _table()}
    )
    assert survey_workbook(source).groups == [[0], [1], [2]]


def test_a_summary_adding_up_later_sheets_joins_them_and_every_sheet_between(tmp_path):
    sheets = {
        "Intro": [["Referrals by area"], [], ["Area", "Apr 2013"], ["North", 20]],
        "Summary": [["Area", "Referrals"], ["North and East", "='North area'!B4+East!B4"]],
        "North area": _table(),
        "South": _table(),
        "East": _table(),
        "Notes": [["Figures are provisional"]],
    }
    source = write_book(tmp_path / "b.xlsx", sheets)
    assert survey_workbook(source).groups == [[0], [1, 2, 3, 4], [5]]


def test_a_reference_back_to_an_earlier_sheet_joins_the_run(tmp_path):
    sheets = {"A": _table(), "B": _table(), "C": [["Check"], ["=A!B4"]], "D": _table()}
    source = write_book(tmp_path / "b.xlsx", sheets)
    assert survey_workbook(source).groups == [[0, 1, 2], [3]]


def test_a_reference_wpxl_cannot_place_keeps_the_whole_workbook_together(tmp_path):
    sheets = {"A": _table(), "B": [["From elsewhere"], ["=[1]Other!B4"]], "C": _table()}
    source = write_book(tmp_path / "b.xlsx", sheets)
    with zipfile.ZipFile(source) as package:
        parts = [f"xl/worksheets/sheet{i}.xml" for i in (1, 2, 3)]
        assert sheet_groups(package, parts, ["A", "B", "C"]) == [[0, 1, 2]]


def test_quoted_names_with_apostrophes_and_hidden_sheets_are_placed(tmp_path):
    sheets = {
        "Totals": [["All"], ["='Provider''s workings'!A2"]],
        "Middle": _table(),
        "Provider's workings": [["Workings"], [5]],
    }
    source = write_book(tmp_path / "b.xlsx", sheets, hidden=("Provider's workings",))
    assert survey_workbook(source).groups == [[0, 1, 2]]


def test_a_span_of_sheets_joins_both_ends_and_every_sheet_between(tmp_path):
    """``SUM(North:East!B4)`` adds up North, South and East: read apart from North (the first
    end, before the colon), the summary's totals would lose its cells."""
    sheets = {
        "Intro": [["Referrals by area"]],
        "North": _table(),
        "South": _table(),
        "East": _table(),
        "Summary": [["Area", "Referrals"], ["All areas", "=SUM(North:East!B4)"]],
        "Quoted": [["All areas", "=SUM('North:South'!B4)"]],
        "Notes": [["Figures are provisional"]],
    }
    source = write_book(tmp_path / "b.xlsx", sheets)
    assert survey_workbook(source).groups == [[0], [1, 2, 3, 4, 5], [6]]
